/**
 * Authentication by challenge: the first request goes straight to the
 * endpoint wanted; a 401 names the scheme (Bearer realm/service/scope, or
 * Basic), we answer it and retry. A new scope in an `insufficient_scope`
 * challenge earns one more try; the same challenge twice is final.
 *
 * Credentials go only to the registry (the host of the request URL) and to
 * a realm its own challenge named, checked by `checkRealm`. A 401 from a
 * host a redirect led to is returned unanswered. A session is bound to a
 * credential, never to a repository: the scope comes with each request.
 */
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { AuthAttempts } from './auth-attempts.js'
import { checkRealm, parseChallenges, pickChallenge } from './challenge.js'
import type { Challenge } from './challenge.js'
import type { Credential } from '../credentials/credential.js'
import { basicValue } from '../credentials/credential.js'
import type { HttpTransport } from './http.js'
import type { HttpRequest, HttpResponse } from './types.js'
import type { TokenRequest, TokenService } from './tokens.js'

type Scheme =
  | { kind: 'basic' }
  | { kind: 'bearer'; realm: string; service?: string }
  /** A registry token from the docker config, sent as is. */
  | { kind: 'registry-token' }

export interface SessionResponse extends HttpResponse {
  /** How the final request was authorised. */
  readonly sentAuth: 'none' | 'basic' | 'bearer'
  /** The last challenge seen, if the registry asked for authentication. */
  readonly challenge?: Challenge
  /** host[:port] of another host (reached by a redirect) whose challenge was left unanswered. */
  readonly foreignChallenge?: string
}

/** At most: the first answer, a token for its challenge, a token for a new scope. */
const MAX_AUTH_ROUNDS = 2

/** `repository:a/b:pull`; `aws` (public.ecr.aws) and `*` (Codeberg) are not scopes we can ask for. */
function isScope(scope: string): boolean {
  return /^[a-z]+(\([^)]*\))?:.+:.+$/.test(scope)
}

export class RegistrySession {
  /** How each registry host asked to be authenticated, so later requests carry it up front. */
  private readonly schemes = new Map<string, Scheme>()
  /** Secrets already handed to onSecret (each is announced once, not per request). */
  private readonly masked = new Set<string>()

  constructor(
    private readonly http: HttpTransport,
    private readonly tokens: TokenService,
    readonly credential: Credential,
    private readonly log: Logger = silentLogger,
    /** Told each secret this session derives (the Basic value) before it is sent. */
    private readonly onSecret: (secret: string) => void = tokens.onSecret
  ) {}

  /** Sends `request` needing `scope` (e.g. `repository:library/python:pull`). */
  async send(request: HttpRequest, scope: string): Promise<SessionResponse> {
    const registry = new URL(request.url).host
    let authorization = await this.knownAuthorization(registry, scope)
    let response = await this.http.send(withAuthorization(request, authorization))
    let challenge: Challenge | undefined
    let foreign: string | undefined
    const attempts = new AuthAttempts()
    for (let round = 0; response.status === 401 && round < MAX_AUTH_ROUNDS; round++) {
      challenge = pickChallenge(parseChallenges(response.headers['www-authenticate']))
      const answeredBy = new URL(response.url).host
      if (challenge && answeredBy !== registry) {
        foreign = answeredBy
        this.log.debug(
          `${answeredBy}, reached by a redirect from ${registry}, asked for authentication; credentials go only to ${registry}, so it is not answered`
        )
        break
      }
      const next =
        challenge &&
        (await this.answer(challenge, registry, response.url, scope, authorization, attempts))
      if (!next) break
      authorization = next
      response = await this.http.send(withAuthorization(request, authorization))
    }
    const sentAuth = !authorization
      ? 'none'
      : authorization.startsWith('Basic ')
        ? 'basic'
        : 'bearer'
    return {
      ...response,
      sentAuth,
      ...(challenge && { challenge }),
      ...(foreign && { foreignChallenge: foreign })
    }
  }

  /** The Authorization for the registry's own challenge, or undefined when answering again is pointless. */
  private async answer(
    challenge: Challenge,
    registry: string,
    answeredUrl: string,
    scope: string,
    sent: string | undefined,
    attempts: AuthAttempts
  ): Promise<string | undefined> {
    if (challenge.scheme === 'basic') {
      if (this.credential.kind !== 'basic' || sent?.startsWith('Basic ')) return undefined
      this.schemes.set(registry, { kind: 'basic' })
      return this.basicAuthorization()
    }
    if (this.credential.kind === 'bearer') {
      if (!attempts.mayTryRegistryToken()) return undefined
      this.schemes.set(registry, { kind: 'registry-token' })
      return this.registryTokenAuthorization()
    }
    const request = this.tokenRequest(challenge, registry, answeredUrl, scope)
    if (!attempts.mayTry(request)) return undefined
    if (challenge.params['error'])
      this.log.debug(`registry answered error="${challenge.params['error']}"; fetching a new token`)
    // The token just refused is no good; one another session renewed meanwhile may be.
    if (sent?.startsWith('Bearer ')) this.tokens.forget(request, this.credential, sent.slice(7))
    this.schemes.set(registry, {
      kind: 'bearer',
      realm: request.realm,
      ...(request.service !== undefined && { service: request.service })
    })
    const token = await this.tokens.get(request, this.credential)
    return `Bearer ${token.value}`
  }

  /** The token a Bearer challenge asks for: its realm (checked), service and scopes plus ours. */
  private tokenRequest(
    challenge: Challenge,
    registry: string,
    answeredUrl: string,
    scope: string
  ): TokenRequest {
    const params = challenge.params
    const realm = checkRealm(params['realm'] as string, answeredUrl, {
      registry,
      withCredential: this.credential.kind === 'basic' || this.credential.kind === 'identity-token',
      allowsPlainHttp: host => this.http.allowsPlainHttp(host)
    })
    const offered = (params['scope'] ?? '').split(' ').filter(isScope)
    return {
      realm,
      ...(params['service'] !== undefined && { service: params['service'] }),
      scopes: [...new Set([...offered, scope])]
    }
  }

  /** Once a registry has challenged us, later requests carry auth up front (no extra 401). */
  private async knownAuthorization(registry: string, scope: string): Promise<string | undefined> {
    const scheme = this.schemes.get(registry)
    if (!scheme) return undefined
    if (scheme.kind === 'registry-token') return this.registryTokenAuthorization()
    if (scheme.kind === 'basic') return this.basicAuthorization()
    const request: TokenRequest = {
      realm: scheme.realm,
      ...(scheme.service !== undefined && { service: scheme.service }),
      scopes: [scope]
    }
    const token = await this.tokens.get(request, this.credential)
    return `Bearer ${token.value}`
  }

  private basicAuthorization(): string | undefined {
    if (this.credential.kind !== 'basic') return undefined
    return `Basic ${this.mask(basicValue(this.credential.username, this.credential.password))}`
  }

  private registryTokenAuthorization(): string | undefined {
    return this.credential.kind === 'bearer'
      ? `Bearer ${this.mask(this.credential.token)}`
      : undefined
  }

  private mask(secret: string): string {
    if (!this.masked.has(secret)) {
      this.masked.add(secret)
      this.onSecret(secret)
    }
    return secret
  }
}

function withAuthorization(request: HttpRequest, authorization: string | undefined): HttpRequest {
  if (!authorization) return request
  return { ...request, headers: { ...request.headers, Authorization: authorization } }
}
