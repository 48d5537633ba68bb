/**
 * The retry policy of the transport: which failures and answers are worth
 * another try, how long to wait (backoff, Retry-After) within the step's
 * deadline, and what the log says about it; `withRetry` is its layer in the
 * transport. The pure parts are exported so they can be tested without waiting.
 */
import type { Logger } from '../logger.js'
import type { Deadline } from './deadline.js'
import { formatSeconds } from './deadline.js'
import { NetworkError, RetryAfterError } from './errors.js'
import { retryAfterMs } from './headers.js'
import { redactUrl } from './hosts.js'
import type { HttpRequest, HttpResponse, Layer } from './types.js'

export interface RetryOptions {
  readonly maxRetries: number
  readonly maxRetryAfterMs: number
  readonly deadline: Deadline
  readonly log: Logger
  readonly sleep: (ms: number) => Promise<void>
}

/**
 * Retries as `policy` says. Each retry goes through every layer under this
 * one again: it follows redirects anew, and waits for a slot again (a
 * backoff or Retry-After wait holds no connection).
 */
export function withRetry(policy: RetryPolicy): Layer {
  return inner => request => policy.run(request, () => inner(request))
}

export class RetryPolicy {
  constructor(private readonly options: RetryOptions) {}

  /**
   * Runs `attempt` until it gives an answer not worth retrying or the tries
   * run out; returns the last answer. A timeout is retried once at most.
   * No wait outlasts the deadline (the transport starts no request after it).
   */
  async run(request: HttpRequest, attempt: () => Promise<HttpResponse>): Promise<HttpResponse> {
    const { maxRetries } = this.options
    let timedOut = false
    for (let retry = 1; ; retry++) {
      const last = retry > maxRetries
      let response: HttpResponse
      try {
        response = await attempt()
      } catch (error) {
        if (last || !(error instanceof NetworkError) || !error.temporary) throw error
        if (error.code === 'ETIMEDOUT') {
          if (timedOut) throw error
          timedOut = true
          this.options.log.info(`${error.message}; retrying once`)
        } else if (!(await this.backOff(retry, error.message))) throw error
        continue
      }
      if (last || !isRetryableStatus(response.status)) return response
      const what = `${request.method} ${redactUrl(response.url)} answered ${response.status}`
      const asked = retryAfterMs(response.headers)
      if (asked !== undefined) await this.waitAsked(response, what, asked, retry)
      else if (!(await this.backOff(retry, what))) return response
    }
  }

  /** Waits before retry number `retry`; false when the wait would outlast the deadline. */
  private async backOff(retry: number, what: string): Promise<boolean> {
    const wait = backoffMs(retry)
    if (wait >= this.options.deadline.remainingMs()) return false
    this.options.log.info(
      `${what}; retry ${retry} of ${this.options.maxRetries} in ${formatSeconds(wait)}`
    )
    await this.options.sleep(wait)
    return true
  }

  /** Waits as the server asked, or fails at once naming the wait when it is longer than we may. */
  private async waitAsked(response: HttpResponse, what: string, asked: number, retry: number) {
    const { maxRetryAfterMs, maxRetries, deadline, log } = this.options
    const left = deadline.remainingMs()
    const wait = `${what} and asked to wait ${formatSeconds(asked)} (Retry-After)`
    if (asked >= left && left <= maxRetryAfterMs) {
      throw new RetryAfterError(
        `${wait}; only ${formatSeconds(left)} left of the step's timeout. Try again later, or raise 'timeout'.`,
        response,
        asked
      )
    }
    if (asked > maxRetryAfterMs) {
      throw new RetryAfterError(
        `${wait}; that is longer than the ${formatSeconds(maxRetryAfterMs)} this action waits. Try again later.`,
        response,
        asked
      )
    }
    log.info(`${wait}; waiting (retry ${retry} of ${maxRetries})`)
    await this.options.sleep(asked)
  }
}

/** Statuses worth another try: rate limited, or the registry (or its CDN) failed. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
}

/** Exponential backoff with jitter: attempt 1 → ~0.5 s, 2 → ~1 s, 3 → ~2 s, capped. */
export function backoffMs(
  attempt: number,
  baseMs = 500,
  capMs = 8000,
  random = Math.random
): number {
  const exp = Math.min(capMs, baseMs * 2 ** (attempt - 1))
  return Math.round(exp / 2 + (random() * exp) / 2)
}
