/**
 * The one client of the GitHub REST API, for the packages listing, the
 * ghcr.io release dates, the release notes and the pull requests:
 * `@actions/github`'s Octokit (its proxy-aware fetch, the token as
 * Authorization) loaded on first use, in its own bundle chunk, so an image
 * lookup never parses it. Each request is bounded by its timeout, the
 * step's deadline and a body cap; redirects are not followed. HTTP errors
 * come back as answers, not throws; a request without an answer to read is
 * a GithubUnansweredError. Rate-limit waits and 5xx retries: client-waits.ts.
 */
import type { Logger } from '../logger.js'
import { RegistryError } from '../registry/failures.js'
import { isRecord } from '../registry/json.js'
import { formatBytes } from '../transport/body.js'
import { NO_DEADLINE, formatSeconds } from '../transport/deadline.js'
import type { Deadline } from '../transport/deadline.js'
import { redactUrl } from '../transport/hosts.js'
import { MAX_GITHUB_ANSWER_BYTES, cappedFetch, type BodyState } from './capped-fetch.js'
import { RequestWaits, spaceWrites, type WaitPolicy } from './client-waits.js'
import type { ApiAnswer } from './errors.js'
import { GithubUnansweredError, NETWORK_ADVICE } from './errors.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface ClientOptions extends WaitPolicy {
  /** GITHUB_API_URL, without a trailing slash. */
  readonly baseUrl: string
  /** '' for anonymous requests. */
  readonly token: string
  /** Each request's timeout, in ms. */
  readonly timeoutMs: number
}

type Request = (options: Record<string, unknown>) => Promise<{
  status: number
  headers: Record<string, unknown>
  data: unknown
}>

export class GithubClient {
  private constructor(
    private readonly request: Request,
    private readonly fetch: typeof globalThis.fetch,
    private readonly options: ClientOptions
  ) {}

  static async open(options: ClientOptions): Promise<GithubClient> {
    // One after the other: jest's ESM loader fails on parallel imports sharing modules.
    const { getOctokit } = await import('@actions/github')
    const { defaults, GitHub } = await import('@actions/github/lib/utils')
    const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as typeof globalThis.fetch
    const settings = { baseUrl: options.baseUrl, log: octokitLog(options.log) }
    // No token: anonymous (public release notes from github.com), no Authorization at all.
    const octokit = options.token ? getOctokit(options.token, settings) : new GitHub(settings)
    return new GithubClient(octokit.request as unknown as Request, proxyFetch, options)
  }

  /**
   * One request (`url`: a path under the base URL, or an absolute URL on
   * it), with the bounded waits and retries; any status comes back.
   */
  async send(method: Method, url: string, body?: object): Promise<ApiAnswer> {
    const waits = new RequestWaits(this.options)
    for (;;) {
      if (method !== 'GET') await spaceWrites(this.options.writeSpacingMs ?? 0)
      const answer = await this.once(method, url, body)
      if (!(await waits.again(method, url, answer))) return answer
    }
  }

  private async once(method: Method, url: string, data?: object): Promise<ApiAnswer> {
    const { deadline = NO_DEADLINE, timeoutMs, log } = this.options
    const path = shownPath(url)
    const doing = `waiting for ${method} ${path}`
    deadline.check(doing)
    const byDeadline = deadline.remainingMs() <= timeoutMs
    const signal = AbortSignal.timeout(Math.min(timeoutMs, deadline.remainingMs()))
    const state: BodyState = { tooLarge: false }
    const fetch = cappedFetch(this.fetch, state)
    const request = { signal, redirect: 'manual', fetch, log: octokitLog(log) }
    let answer: ApiAnswer | undefined
    try {
      const response = await this.request({ method, url, request, ...(data && { data }) })
      const { status, headers, data: read } = response
      answer = { method, path, status, headers: textHeaders(headers), data: read }
    } catch (error) {
      answer = httpAnswer(error, method, path)
      if (!answer && !signal.aborted) throw GithubUnansweredError.unreachable(path, error)
    }
    if (signal.aborted) {
      if (byDeadline) throw deadline.error(doing)
      throw GithubUnansweredError.timeout(path, timeoutMs)
    }
    if (state.tooLarge) throw GithubUnansweredError.tooLarge(path)
    log.debug(`GitHub API: ${method} ${path} → ${answer!.status}`)
    return answer!
  }
}

/** What a request is shown as: a path without its query, an absolute URL redacted. */
function shownPath(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? redactUrl(url) : (url.split('?')[0] ?? url)
}

/** Octokit's own words (deprecation notices) go to the debug log, never to stdout. */
function octokitLog(log: Logger) {
  const debug = (message: string) => log.debug(`GitHub API: ${message}`)
  return { debug, info: debug, warn: debug, error: debug }
}

/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error: unknown, method: string, path: string): ApiAnswer | undefined {
  if (!isRecord(error) || !isRecord(error['response'])) return undefined
  const { status, headers, data } = error['response']
  if (typeof status !== 'number' || !isRecord(headers)) return undefined
  return { method, path, status, headers: textHeaders(headers), data }
}

function textHeaders(headers: Record<string, unknown>): Record<string, string> {
  const text: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = String(value)
  }
  return text
}

/** A GET answer with the URL it answers (where a next-page link is resolved from). */
export interface Answer extends ApiAnswer {
  readonly url: string
}
export type Get = (url: string) => Promise<Answer>

export interface GetterOptions {
  readonly log: Logger
  readonly deadline: Deadline
  /** Each request's timeout, in ms. */
  readonly requestTimeoutMs: number
}

/**
 * GETs of absolute URLs on `apiUrl` with the token, for the packages API:
 * no waits or retries (a listing fails at once, with what GitHub said),
 * and a request without an answer is a RegistryError naming the URL.
 */
export async function githubGetter(
  options: GetterOptions,
  token: string,
  apiUrl: string
): Promise<Get> {
  const { log, deadline, requestTimeoutMs: timeoutMs } = options
  const client = await GithubClient.open({
    ...{ baseUrl: apiUrl, token, log, deadline, timeoutMs },
    ...{ maxLimitWaits: 0, maxServerRetries: 0 }
  })
  return async url => {
    try {
      return { url, ...(await client.send('GET', url)) }
    } catch (error) {
      throw error instanceof GithubUnansweredError ? registryError(error, url, timeoutMs) : error
    }
  }
}

function registryError(failure: GithubUnansweredError, url: string, timeoutMs: number) {
  if (failure.kind === 'too-large') {
    return new RegistryError(
      `GET ${redactUrl(url)} answered more than ${formatBytes(MAX_GITHUB_ANSWER_BYTES)}; refusing to read a response that large.`,
      { kind: 'protocol' }
    )
  }
  const reason =
    failure.kind === 'timeout'
      ? `it did not answer within ${formatSeconds(timeoutMs)}`
      : failure.reason
  return new RegistryError(
    `Could not reach the GitHub API at ${redactUrl(url)}: ${reason}. ${NETWORK_ADVICE}`,
    { kind: 'unreachable', cause: failure.cause }
  )
}
