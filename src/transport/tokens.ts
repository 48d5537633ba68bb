/**
 * Bearer tokens from a registry's token service (distribution
 * docs/spec/auth/token.md). One service per run, shared by every session:
 * tokens are cached per realm + service + scopes + credential, and askers
 * of a token already being fetched wait for that one request.
 */
import { ActionError } from '../errors.js'
import type { ErrorOptions } from '../errors.js'
import type { Credential } from '../credentials/credential.js'
import { basicLogin, basicValue, credentialId } from '../credentials/credential.js'
import { NetworkError, UnsafeRequestError } from './errors.js'
import { redactUrl } from './hosts.js'
import type { HttpTransport } from './http.js'
import type { HttpResponse } from './types.js'
import { parseRegistryErrorBody } from './registry-errors.js'
import { isRetryableStatus } from './retry.js'

export interface Token {
  readonly value: string
  /** Epoch ms after which the token must not be used. */
  readonly expiresAt: number
}

export interface TokenRequest {
  readonly realm: string
  readonly service?: string
  readonly scopes: readonly string[]
}

/**
 * The token service refused or failed. `status` is its HTTP status, 0 when
 * it never answered; `temporary` (429, 5xx, no answer) says a later try may work.
 */
export class TokenError extends ActionError {
  constructor(
    message: string,
    readonly status: number,
    options: ErrorOptions = {}
  ) {
    super(message, { ...options, temporary: options.temporary ?? isRetryableStatus(status) })
  }
}

/** OAuth2 requires a client_id; registries only log it. */
const CLIENT_ID = 'registry-tags'

/** Tokens live at least 60 s (spec); we renew 5 s before they expire. */
const MIN_LIFETIME_S = 60
const RENEW_EARLY_MS = 5_000

export function tokenKey(request: TokenRequest): string {
  return [request.realm, request.service ?? '', [...request.scopes].sort().join(' ')].join('|')
}

/** Reads `token` or `access_token` and `expires_in` from a token response (`issued_at` is not trusted). */
export function parseTokenResponse(body: string, now = Date.now()): Token {
  let json: Record<string, unknown>
  try {
    json = JSON.parse(body) as Record<string, unknown>
  } catch {
    throw new Error('the token service did not answer with JSON')
  }
  const value = [json['access_token'], json['token']].find(
    v => typeof v === 'string' && v.length > 0
  )
  if (typeof value !== 'string') throw new Error('the token service answered without a token')
  const expiresIn = Math.max(
    MIN_LIFETIME_S,
    typeof json['expires_in'] === 'number' ? json['expires_in'] : MIN_LIFETIME_S
  )
  // Timed from when it was received, not from `issued_at`: a registry whose clock
  // is behind or ahead of ours would otherwise hand out tokens that look stale at once.
  return { value, expiresAt: now + expiresIn * 1000 - RENEW_EARLY_MS }
}

export class TokenService {
  /** Token requests sent (each POST or GET form), for request accounting. */
  fetched = 0
  private readonly cache = new Map<string, Token>()
  private readonly inFlight = new Map<string, Promise<Token>>()
  /** Basic values already announced: each goes to onSecret once, not per token request. */
  private readonly masked = new Set<string>()

  constructor(
    private readonly http: HttpTransport,
    /** Told every secret before it is sent or kept: tokens and Basic values. */
    readonly onSecret: (secret: string) => void
  ) {}

  /** Tokens are kept per credential too: an anonymous retry must not reuse a credential's token. */
  private key(request: TokenRequest, credential: Credential): string {
    return `${tokenKey(request)}|${credentialId(credential)}`
  }

  cached(request: TokenRequest, credential: Credential, now = Date.now()): Token | undefined {
    const token = this.cache.get(this.key(request, credential))
    return token && token.expiresAt > now ? token : undefined
  }

  /**
   * Drops a cached token the registry refused. With `refused`, only when the
   * cache still holds that value: another session may already have renewed it.
   */
  forget(request: TokenRequest, credential: Credential, refused?: string): void {
    const key = this.key(request, credential)
    if (refused === undefined || this.cache.get(key)?.value === refused) this.cache.delete(key)
  }

  /** A cached token, the one being fetched, or a new one. A failure is not kept. */
  get(request: TokenRequest, credential: Credential): Promise<Token> {
    const hit = this.cached(request, credential)
    if (hit) return Promise.resolve(hit)
    const key = this.key(request, credential)
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = this.fetch(request, credential)
        .then(token => {
          this.cache.set(key, token)
          return token
        })
        .finally(() => this.inFlight.delete(key))
      this.inFlight.set(key, pending)
    }
    return pending
  }

  private async fetch(request: TokenRequest, credential: Credential): Promise<Token> {
    let response =
      credential.kind === 'identity-token' ? await this.post(request, credential.token) : undefined
    // oauth.md: a realm without the OAuth2 form answers 404; then the GET form.
    if (!response || response.status === 404) response = await this.getForm(request, credential)
    const body = response.body.toString('utf8')
    if (response.status !== 200) {
      const detail = parseRegistryErrorBody(body).summary
      throw new TokenError(
        `The token service ${redactUrl(request.realm)} answered ${response.status}${detail ? ` (${detail})` : ''}`,
        response.status
      )
    }
    let token: Token
    try {
      token = parseTokenResponse(body)
    } catch (error) {
      throw new TokenError(
        `The token service ${redactUrl(request.realm)}: ${(error as Error).message}`,
        200,
        { cause: error }
      )
    }
    this.onSecret(token.value)
    return token
  }

  /** The GET form (token.md): Basic credentials, one `scope` parameter per scope. */
  private async getForm(request: TokenRequest, credential: Credential): Promise<HttpResponse> {
    const url = new URL(request.realm)
    if (request.service) url.searchParams.set('service', request.service)
    for (const scope of request.scopes) url.searchParams.append('scope', scope)
    const headers: Record<string, string> = {}
    const login = basicLogin(credential)
    if (login) {
      const value = basicValue(...login)
      if (!this.masked.has(value)) this.onSecret(value)
      this.masked.add(value)
      url.searchParams.set('account', login[0])
      headers['Authorization'] = `Basic ${value}`
    }
    return this.exchange({ method: 'GET', url: url.href, headers }, request)
  }

  /** The OAuth2 form (oauth.md) for an identity (refresh) token: scopes joined by spaces. */
  private async post(request: TokenRequest, refreshToken: string): Promise<HttpResponse> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: CLIENT_ID,
      ...(request.service !== undefined && { service: request.service }),
      scope: request.scopes.join(' ')
    })
    // The transport guards Authorization headers; this secret travels in the body.
    const url = new URL(request.realm)
    if (url.protocol === 'http:' && !this.http.allowsPlainHttp(url.host)) {
      throw new UnsafeRequestError(
        `Refusing to send credentials over plain HTTP to ${url.host} (the token service ${redactUrl(request.realm)}). Its token service must use HTTPS.`
      )
    }
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' }
    return this.exchange(
      { method: 'POST', url: request.realm, headers, body: form.toString() },
      request
    )
  }

  /** One exchange, counted; a token service that never answers is a TokenError. */
  private async exchange(
    message: Parameters<HttpTransport['send']>[0],
    request: TokenRequest
  ): Promise<HttpResponse> {
    this.fetched++
    try {
      return await this.http.send(message)
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error
      throw new TokenError(
        `The token service ${redactUrl(request.realm)} did not answer: ${error.message}`,
        0,
        { cause: error, temporary: error.temporary }
      )
    }
  }
}
