/** Errors of the HTTP transport: what went wrong below the HTTP status line. */
import { ActionError } from '../errors.js'
import type { HttpResponse } from './http.js'

export interface NetworkErrorOptions {
  /** The URL asked (shown redacted only). */
  readonly url: string
  /** The system or transport code: ECONNREFUSED, ETIMEDOUT, ETRUNCATED, ETOOLARGE, … */
  readonly code: string
  /** True for timeouts, resets and refusals; false for truncated or oversized answers. */
  readonly temporary: boolean
  readonly cause?: unknown
}

/** The request got no (complete) HTTP answer: DNS, refused, reset, TLS, timeout, truncated, too large. */
export class NetworkError extends ActionError {
  readonly url: string
  readonly code: string

  constructor(message: string, options: NetworkErrorOptions) {
    super(message, { cause: options.cause, temporary: options.temporary })
    this.url = options.url
    this.code = options.code
  }
}

/** A request that would leak credentials, or go to a URL that is not http(s), was stopped before it was sent. */
export class UnsafeRequestError extends ActionError {}

/**
 * A 429 or 5xx whose Retry-After is longer than we may wait (the time left
 * of the step, or `maxRetryAfterMs`). Temporary: a later run may succeed.
 */
export class RetryAfterError extends ActionError {
  constructor(
    message: string,
    /** The answer that asked for the wait, for callers that explain rate limits. */
    readonly response: HttpResponse,
    readonly waitMs: number
  ) {
    super(message, { temporary: true })
  }
}
