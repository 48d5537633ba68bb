/**
 * Requests to the GitHub REST API for the pull-request step, through
 * `@actions/github`'s Octokit (its proxy-aware fetch, the token as
 * Authorization), loaded on first use. Each request is bounded by its
 * timeout, the step's deadline and a body cap; redirects are not followed.
 * GitHub's secondary rate limit is waited out a bounded number of times,
 * each wait logged; writes are spaced as GitHub asks. HTTP errors come back
 * as answers; `call` turns the unwanted ones into one clear error.
 */
import type { Logger } from '../../logger.js'
import { isRecord } from '../../registry/json.js'
import type { Deadline } from '../../transport/deadline.js'
import { NO_DEADLINE, formatSeconds } from '../../transport/deadline.js'
import { retryAfterMs } from '../../transport/headers.js'
import { backoffMs } from '../../transport/retry.js'
import { cappedFetch, type BodyState } from '../capped-fetch.js'
import type { ApiAnswer, Facts, Step } from './errors.js'
import { PullRequestError, explainAnswer, isRateLimit } from './errors.js'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface ClientOptions {
  readonly baseUrl: string
  /** '' for anonymous requests. */
  readonly token: string
  readonly log: Logger
  readonly timeoutMs: number
  readonly deadline?: Deadline
  readonly writeSpacingMs: number
  readonly facts: Facts
  /** Secondary-limit waits allowed (MAX_LIMIT_WAITS when not given; 0 for what can be left out). */
  readonly maxLimitWaits?: number
}

/** Waits for GitHub's secondary rate limit: this many at most, each no longer than the cap. */
export const MAX_LIMIT_WAITS = 2
export const MAX_LIMIT_WAIT_MS = 120_000
/** When a secondary limit names no wait, GitHub's advice is at least a minute. */
const DEFAULT_LIMIT_WAIT_MS = 60_000
/** Retries of a 5xx, for requests that are safe to repeat. */
const MAX_SERVER_RETRIES = 2

type Request = (options: Record<string, unknown>) => Promise<{
  status: number
  headers: Record<string, unknown>
  data: unknown
}>

/**
 * When the next write may go, for the whole process: every plan's client
 * shares it, so many pull requests in one run are spaced too.
 */
let nextWriteAt = 0

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

  get facts(): Facts {
    return this.options.facts
  }

  /** The answer when its status is one of `ok`; else the explained error. */
  async call(
    step: Step,
    method: Method,
    path: string,
    body?: object,
    ok: readonly number[] = [200, 201]
  ): Promise<ApiAnswer> {
    const answer = await this.send(step, method, path, body)
    if (ok.includes(answer.status)) return answer
    throw explainAnswer(answer, step, this.options.facts)
  }

  /** One request, with the bounded waits and retries; any status comes back. */
  async send(step: Step, method: Method, path: string, body?: object): Promise<ApiAnswer> {
    let limitWaits = 0
    let serverRetries = 0
    for (;;) {
      if (method !== 'GET') await this.spaceWrites()
      const answer = await this.once(step, method, path, body)
      const what = `${method} ${answer.path} answered ${answer.status}`
      if ((answer.status === 403 || answer.status === 429) && isSecondaryLimit(answer)) {
        if (limitWaits >= (this.options.maxLimitWaits ?? MAX_LIMIT_WAITS)) return answer
        const wait = retryAfterMs(answer.headers) ?? DEFAULT_LIMIT_WAIT_MS
        if (!(await this.wait(wait, `${what}: GitHub's secondary rate limit`, ++limitWaits))) {
          return answer
        }
      } else if (answer.status >= 500 && repeatable(method, path)) {
        if (serverRetries >= MAX_SERVER_RETRIES) return answer
        if (!(await this.wait(backoffMs(++serverRetries), what, serverRetries))) return answer
      } else {
        return answer
      }
    }
  }

  /** False when the wait is longer than the cap or than what is left of the step. */
  private async wait(ms: number, why: string, retry: number): Promise<boolean> {
    const deadline = this.options.deadline ?? NO_DEADLINE
    if (ms > MAX_LIMIT_WAIT_MS || ms >= deadline.remainingMs()) return false
    this.options.log.info(`${why}; retrying in ${formatSeconds(ms)} (retry ${retry})`)
    await sleep(ms)
    return true
  }

  /** Takes the next slot at once (so concurrent callers queue), then waits for it. */
  private async spaceWrites(): Promise<void> {
    const now = Date.now()
    const at = Math.max(now, nextWriteAt)
    nextWriteAt = at + this.options.writeSpacingMs
    if (at > now) await sleep(at - now)
  }

  private async once(step: Step, method: Method, url: string, data?: object): Promise<ApiAnswer> {
    const { deadline = NO_DEADLINE, timeoutMs, log } = this.options
    const path = url.split('?')[0] ?? url
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
      if (!answer && !signal.aborted) throw this.unreachable(step, path, error)
    }
    if (signal.aborted) {
      if (byDeadline) throw deadline.error(doing)
      throw this.unreachable(step, path, undefined, `no answer within ${formatSeconds(timeoutMs)}`)
    }
    if (state.tooLarge) throw this.unreachable(step, path, undefined, 'the answer was too large')
    log.debug(`GitHub API: ${method} ${path} → ${answer!.status}`)
    return answer!
  }

  private unreachable(step: Step, path: string, cause: unknown, why?: string): PullRequestError {
    const reason = why ?? (cause instanceof Error ? cause.message : String(cause))
    return new PullRequestError(
      `Could not ${step.doing} in ${this.options.facts.repository}: the GitHub API (${path}) failed: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`,
      { kind: 'unreachable', cause }
    )
  }
}

/** A secondary limit, not the hourly one (that one is not waited for: it lasts up to an hour). */
function isSecondaryLimit(answer: ApiAnswer): boolean {
  return answer.headers['x-ratelimit-remaining'] !== '0' && isRateLimit(answer)
}

/** Reads, edits and content-addressed objects may be sent twice; a ref or a pull request may not. */
function repeatable(method: Method, path: string): boolean {
  return method !== 'POST' || /\/git\/(blobs|trees|commits)$/.test(path)
}

/** Octokit's own words (deprecation notices) go to the debug log, never to stdout. */
function octokitLog(log: Logger) {
  const debug = (message: string) => log.debug(`GitHub API: ${message}`)
  return { debug, info: debug, warn: debug, error: debug }
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

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
