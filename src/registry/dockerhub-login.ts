/**
 * The Docker Hub API session of one listing: the login (a credential
 * exchanged for a short-lived token, which is a secret), every request sent
 * through the engine's transport with that token, and the Hub's answers
 * turned into one message each. The Hub API is not a registry: it has its
 * own login endpoints, error bodies (`{"message"}`, `{"detail"}`) and rate
 * limit headers (`X-RateLimit-*`, `X-Retry-After` as a Unix time).
 */
import type { Credential } from '../credentials/credential.js'
import { describeCredential } from '../credentials/credential.js'
import { NetworkError, RetryAfterError } from '../transport/errors.js'
import type { Logger } from '../logger.js'
import type { HttpTransport } from '../transport/http.js'
import type { HttpRequest, HttpResponse } from '../transport/types.js'
import { first, retryAfterMs } from '../transport/headers.js'
import type { FailureKind, RequestContext } from './failures.js'
import { RegistryError, unreachable } from './failures.js'
import { isRecord } from './json.js'
import { errorDetail, parseJson, resetMs } from './dockerhub-answers.js'

/** How to reach the Hub API and as whom: the settings of the login and of the listing. */
export interface HubOptions {
  readonly http: HttpTransport
  readonly credential: Credential
  readonly onSecret: (secret: string) => void
  readonly log: Logger
  /** The Hub API's address: `https://hub.docker.com` unless a test says otherwise. */
  readonly baseUrl?: string
  /** A namespace with more pages than this is refused rather than listed partly. */
  readonly maxPages?: number
}

type BasicCredential = Extract<Credential, { kind: 'basic' }>

const PAT_HINT =
  "a personal access token needs read access ('Read-only', or 'Public Repo Read-only' for public repositories only)"

export class HubSession {
  readonly base: URL
  readonly registry: string
  /** `Bearer <token>` or `JWT <token>` after a login; none for anonymous. */
  private authorization: string | undefined
  /** What an error body must not be quoted with: the password and the tokens obtained. */
  private readonly secrets: string[] = []

  constructor(private readonly options: HubOptions) {
    this.base = new URL(options.baseUrl ?? 'https://hub.docker.com')
    this.registry = `Docker Hub (${this.base.host})`
    if (options.credential.kind === 'basic') this.secrets.push(options.credential.password)
  }

  get credential(): Credential {
    return this.options.credential
  }

  /** True until a login succeeded: what the Hub sees of this caller. */
  get anonymous(): boolean {
    return this.authorization === undefined
  }

  /** Logs in when the credential can: a user name with a password or personal access token. */
  async login(): Promise<void> {
    const { credential, log } = this.options
    if (credential.kind === 'anonymous') return
    if (credential.kind !== 'basic') {
      log.warning(
        `The ${describeCredential(credential)} hold a ${credential.kind === 'bearer' ? 'registry token' : 'docker identity token'}, which the Docker Hub API does not take; listing public repositories only. For private ones give 'username' and 'password' (a personal access token).`
      )
      return
    }
    log.info(`Logging in to the Docker Hub API as '${credential.username}'`)
    this.authorization = (await this.tokenLogin(credential)) ?? (await this.legacyLogin(credential))
  }

  /** `POST /v2/auth/token {identifier, secret}` → `{access_token}`; undefined when the Hub has no such endpoint. */
  private async tokenLogin(credential: BasicCredential): Promise<string | undefined> {
    const body = { identifier: credential.username, secret: credential.password }
    const response = await this.post('/v2/auth/token', body, credential)
    if (response.status === 404 || response.status === 405) {
      this.options.log.info(
        `The Docker Hub API answered ${response.status} to POST /v2/auth/token; logging in through the older /v2/users/login`
      )
      return undefined
    }
    const json = this.loginAnswer(response, credential)
    return `Bearer ${this.secret(json['access_token'], 'access_token', credential)}`
  }

  /** The deprecated `POST /v2/users/login {username, password}` → `{token}`, sent as `JWT` (as docker's own toolkit does). */
  private async legacyLogin(credential: BasicCredential): Promise<string> {
    const body = { username: credential.username, password: credential.password }
    const response = await this.post('/v2/users/login', body, credential)
    const json = this.loginAnswer(response, credential)
    return `JWT ${this.secret(json['token'], 'token', credential)}`
  }

  private post(path: string, body: object, credential: BasicCredential): Promise<HttpResponse> {
    const request: HttpRequest = {
      method: 'POST',
      url: new URL(path, this.base).href,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body)
    }
    return this.send(request, this.loginContext(credential))
  }

  /** The login's JSON answer, or the error that says why there is none. */
  private loginAnswer(response: HttpResponse, credential: BasicCredential) {
    const json = parseJson(response.body)
    const twoFactor = isRecord(json) ? json['login_2fa_token'] : undefined
    if (typeof twoFactor === 'string') {
      if (twoFactor) this.keepSecret(twoFactor)
      throw this.loginFailure(
        response,
        credential,
        'unauthorized',
        `The account '${credential.username}' has two-factor authentication, which this older login cannot complete: use a personal access token (Account settings → Personal access tokens, read access) as the password instead of the account password.`
      )
    }
    if (response.status === 200 && isRecord(json)) return json
    if (response.status === 200) {
      throw this.loginFailure(response, credential, 'protocol', 'The answer was not a JSON object.')
    }
    throw this.loginRefused(response, credential)
  }

  private loginRefused(response: HttpResponse, credential: BasicCredential): RegistryError {
    const { status } = response
    if (status === 401 || status === 403) {
      return this.loginFailure(
        response,
        credential,
        'unauthorized',
        `It refused the ${describeCredential(credential)} for user '${credential.username}': check the user name, and that the password or personal access token is right and neither expired nor revoked; ${PAT_HINT}.`
      )
    }
    if (status === 429) return this.rateLimited(response, this.loginContext(credential))
    return this.failure(response, this.loginContext(credential))
  }

  private loginFailure(
    response: HttpResponse,
    credential: BasicCredential,
    kind: FailureKind,
    advice: string
  ): RegistryError {
    const ctx = this.loginContext(credential)
    return new RegistryError(`${this.asked(ctx, response)} ${advice}`, {
      kind,
      status: response.status
    })
  }

  /** A token from the answer: passed to onSecret before anything else can see it. */
  private secret(value: unknown, field: string, credential: BasicCredential): string {
    if (typeof value !== 'string' || !/^[\x21-\x7e]+$/.test(value)) {
      throw new RegistryError(
        `Could not ${this.loginContext(credential).action} on ${this.registry}: the answer has no usable '${field}'.`,
        { kind: 'protocol' }
      )
    }
    this.keepSecret(value)
    return value
  }

  private keepSecret(secret: string): void {
    this.options.onSecret(secret)
    this.secrets.push(secret)
  }

  /** GET with the login's token, if any. */
  get(url: string, ctx: RequestContext): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (this.authorization) headers['authorization'] = this.authorization
    return this.send({ method: 'GET', url, headers }, ctx)
  }

  /** Sends through the engine's transport; transport failures become RegistryErrors naming the Hub. */
  private async send(request: HttpRequest, ctx: RequestContext): Promise<HttpResponse> {
    try {
      return await this.options.http.send(request)
    } catch (error) {
      if (error instanceof RetryAfterError) throw this.rateLimited(error.response, ctx, error)
      if (error instanceof NetworkError) throw unreachable(ctx, error)
      throw error
    }
  }

  context(action: string, repository: string): RequestContext {
    const { credential } = this.options
    return { action, registry: this.registry, repository, credential, isDockerHub: true }
  }

  private loginContext(credential: BasicCredential): RequestContext {
    return this.context(`log in to the Docker Hub API as '${credential.username}'`, '')
  }

  /** `Could not <action> on Docker Hub (hub.docker.com): the Hub API answered 404 (not found).` */
  asked(ctx: RequestContext, response: HttpResponse): string {
    const detail = errorDetail(response.body, this.secrets)
    return `Could not ${ctx.action} on ${ctx.registry}: the Hub API answered ${response.status}${detail ? ` (${detail})` : ''}.`
  }

  /** Any other answer that is not a success. */
  failure(response: HttpResponse, ctx: RequestContext): RegistryError {
    const { status } = response
    const make = (kind: FailureKind, advice: string) =>
      new RegistryError(`${this.asked(ctx, response)} ${advice}`, { kind, status })
    const who = describeCredential(this.options.credential)
    if (status === 401 && this.anonymous) {
      return make(
        'unauthorized',
        "It wants a login: give 'username' and 'password' (a personal access token with read access)."
      )
    }
    if (status === 401 || status === 403) {
      return make(
        status === 401 ? 'unauthorized' : 'denied',
        `It refused the ${who}: check that the account may see namespace '${ctx.repository}', and that ${PAT_HINT}.`
      )
    }
    if (status === 429) return this.rateLimited(response, ctx)
    if (status >= 500) {
      return make('server', 'Docker Hub kept failing after several retries; try again later.')
    }
    return make('unexpected', 'This is not an answer the Hub API defines here.')
  }

  /** 429: the Hub API's limit, and when it resets if the answer says. */
  rateLimited(response: HttpResponse, ctx: RequestContext, cause?: unknown): RegistryError {
    const wait = retryAfterMs(response.headers) ?? resetMs(response.headers)
    const reset =
      wait === undefined
        ? ' Try again later.'
        : ` It resets at ${new Date(Date.now() + wait).toISOString()}; try again after that.`
    const limit = first(response.headers['x-ratelimit-limit'])
    const quota = limit && /^\d+$/.test(limit) ? ` The limit is ${limit} requests per window.` : ''
    const login = this.anonymous ? ' Logging in raises the limit.' : ''
    return new RegistryError(
      `Could not ${ctx.action} on ${ctx.registry}: rate limited (429).${quota}${reset}${login}`,
      { kind: 'rate-limited', status: 429, cause }
    )
  }
}
