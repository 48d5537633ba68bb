/**
 * Authentication by challenge: the first request goes straight to the
 * endpoint wanted; a 401 names the scheme (Bearer realm/service/scope, or
 * Basic), we answer it and retry. A new scope in an `insufficient_scope`
 * challenge earns one more try; the same challenge twice is final.
 */
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { parseChallenges, pickChallenge } from './challenge.js'
import type { Challenge } from './challenge.js'
import type { Credential } from '../credentials/credential.js'
import { basicHeader } from '../credentials/credential.js'
import type { HttpRequest, HttpResponse, HttpTransport } from './http.js'
import type { TokenRequest, TokenService } from './tokens.js'
import { tokenKey } from './tokens.js'

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
}

/** At most: the first answer, a token for its challenge, a token for a new scope. */
const MAX_AUTH_ROUNDS = 2

/** `repository:a/b:pull`; `aws` (public.ecr.aws) and `*` (Codeberg) are not scopes we can ask for. */
function isScope(scope: string): boolean {
  return /^[a-z]+(\([^)]*\))?:.+:.+$/.test(scope)
}

export class RegistrySession {
  private scheme: Scheme | undefined

  constructor(
    private readonly http: HttpTransport,
    private readonly tokens: TokenService,
    readonly credential: Credential,
    private readonly log: Logger = silentLogger
  ) {}

  /** Sends `request` needing `scope` (e.g. `repository:library/python:pull`). */
  async send(request: HttpRequest, scope: string): Promise<SessionResponse> {
    let authorization = await this.knownAuthorization(scope)
    let response = await this.http.send(withAuthorization(request, authorization))
    let challenge: Challenge | undefined
    const tried = new Set<string>()
    for (let round = 0; response.status === 401 && round < MAX_AUTH_ROUNDS; round++) {
      challenge = pickChallenge(parseChallenges(response.headers['www-authenticate']))
      const next =
        challenge && (await this.answer(challenge, response.url, scope, authorization, tried))
      if (!next) break
      authorization = next
      response = await this.http.send(withAuthorization(request, authorization))
    }
    const sentAuth = !authorization
      ? 'none'
      : authorization.startsWith('Basic ')
        ? 'basic'
        : 'bearer'
    return { ...response, sentAuth, ...(challenge && { challenge }) }
  }

  /** The Authorization for a challenge, or undefined when answering again is pointless. */
  private async answer(
    challenge: Challenge,
    requestUrl: string,
    scope: string,
    sent: string | undefined,
    tried: Set<string>
  ): Promise<string | undefined> {
    if (challenge.scheme === 'basic') {
      if (this.credential.kind !== 'basic' || sent?.startsWith('Basic ')) return undefined
      this.scheme = { kind: 'basic' }
      return basicHeader(this.credential.username, this.credential.password)
    }
    if (this.credential.kind === 'bearer') {
      if (tried.has('registry-token')) return undefined
      tried.add('registry-token')
      this.scheme = { kind: 'registry-token' }
      return `Bearer ${this.credential.token}`
    }
    const params = challenge.params
    const realm = new URL(params['realm'] as string, requestUrl).href
    const offered = (params['scope'] ?? '').split(' ').filter(isScope)
    const request: TokenRequest = {
      realm,
      ...(params['service'] !== undefined && { service: params['service'] }),
      scopes: [...new Set([...offered, scope])]
    }
    const key = tokenKey(request)
    if (tried.has(key)) return undefined
    tried.add(key)
    if (params['error'])
      this.log.debug(`registry answered error="${params['error']}"; fetching a new token`)
    // Whatever we sent for this key was just refused, so a cached copy is no good.
    this.tokens.forget(request, this.credential)
    this.scheme = {
      kind: 'bearer',
      realm,
      ...(request.service !== undefined && { service: request.service })
    }
    const token = await this.tokens.get(request, this.credential)
    return `Bearer ${token.value}`
  }

  /** Once a registry has challenged us, later requests carry auth up front (no extra 401). */
  private async knownAuthorization(scope: string): Promise<string | undefined> {
    const scheme = this.scheme
    if (!scheme) return undefined
    if (scheme.kind === 'registry-token') {
      return this.credential.kind === 'bearer' ? `Bearer ${this.credential.token}` : undefined
    }
    if (scheme.kind === 'basic') {
      return this.credential.kind === 'basic'
        ? basicHeader(this.credential.username, this.credential.password)
        : undefined
    }
    const request: TokenRequest = {
      realm: scheme.realm,
      ...(scheme.service !== undefined && { service: scheme.service }),
      scopes: [scope]
    }
    const token = await this.tokens.get(request, this.credential)
    return `Bearer ${token.value}`
  }
}

function withAuthorization(request: HttpRequest, authorization: string | undefined): HttpRequest {
  if (!authorization) return request
  return { ...request, headers: { ...request.headers, Authorization: authorization } }
}
