/**
 * The waits of the GitHub client: GitHub's secondary rate limit waited out
 * a bounded number of times, a 5xx retried when the request is safe to
 * repeat, writes spaced as GitHub asks. Each wait is logged at info level;
 * none outlasts its cap or the step's deadline.
 */
import type { Logger } from '../logger.js'
import type { Deadline } from '../transport/deadline.js'
import { NO_DEADLINE, formatSeconds } from '../transport/deadline.js'
import { retryAfterMs } from '../transport/headers.js'
import { backoffMs } from '../transport/retry.js'
import type { ApiAnswer } from './errors.js'
import { isSecondaryLimit } from './errors.js'

/** How long a caller lets the client wait and retry. */
export interface WaitPolicy {
  readonly log: Logger
  readonly deadline?: Deadline
  /** The least time between two writes of the whole process (0: none). */
  readonly writeSpacingMs?: number
  /** Secondary-limit waits allowed (MAX_LIMIT_WAITS when not given; 0 for what can be left out). */
  readonly maxLimitWaits?: number
  /** Retries of a 5xx of a repeatable request (MAX_SERVER_RETRIES when not given). */
  readonly maxServerRetries?: number
}

/** Waits for GitHub's secondary rate limit: this many at most, each no longer than the cap. */
export const MAX_LIMIT_WAITS = 2
export const MAX_LIMIT_WAIT_MS = 120_000
/** When a secondary limit names no wait, GitHub's advice is at least a minute. */
const DEFAULT_LIMIT_WAIT_MS = 60_000
/** Retries of a 5xx, for requests that are safe to repeat. */
const MAX_SERVER_RETRIES = 2

/** The waits and retries one request has left. */
export class RequestWaits {
  private limitWaits = 0
  private serverRetries = 0

  constructor(private readonly policy: WaitPolicy) {}

  /** True when the request is to be sent again (after the wait); false to keep this answer. */
  async again(method: string, url: string, answer: ApiAnswer): Promise<boolean> {
    const { maxLimitWaits = MAX_LIMIT_WAITS, maxServerRetries = MAX_SERVER_RETRIES } = this.policy
    const what = `${method} ${answer.path} answered ${answer.status}`
    if (isSecondaryLimit(answer)) {
      if (this.limitWaits >= maxLimitWaits) return false
      const ms = retryAfterMs(answer.headers) ?? DEFAULT_LIMIT_WAIT_MS
      return this.wait(ms, `${what}: GitHub's secondary rate limit`, ++this.limitWaits)
    }
    if (answer.status >= 500 && repeatable(method, url)) {
      if (this.serverRetries >= maxServerRetries) return false
      return this.wait(backoffMs(++this.serverRetries), what, this.serverRetries)
    }
    return false
  }

  /** False when the wait is longer than the cap or than what is left of the step. */
  private async wait(ms: number, why: string, retry: number): Promise<boolean> {
    const deadline = this.policy.deadline ?? NO_DEADLINE
    if (ms > MAX_LIMIT_WAIT_MS || ms >= deadline.remainingMs()) return false
    this.policy.log.info(`${why}; retrying in ${formatSeconds(ms)} (retry ${retry})`)
    await sleep(ms)
    return true
  }
}

/**
 * When the next write may go, for the whole process: every client shares
 * it, so many pull requests in one run are spaced too.
 */
let nextWriteAt = 0

/** Takes the next slot at once (so concurrent callers queue), then waits for it. */
export async function spaceWrites(spacingMs: number): Promise<void> {
  const now = Date.now()
  const at = Math.max(now, nextWriteAt)
  nextWriteAt = at + spacingMs
  if (at > now) await sleep(at - now)
}

/** Reads, edits and content-addressed objects may be sent twice; a ref or a pull request may not. */
function repeatable(method: string, url: string): boolean {
  return method !== 'POST' || /\/git\/(blobs|trees|commits)$/.test(url)
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))
