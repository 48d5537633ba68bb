/** Errors of the HTTP transport: what went wrong below the HTTP status line. */
import { ActionError } from '../errors.js'
import type { HttpResponse } from './types.js'

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

/** Answers no retry can fix: the name does not exist, the certificate is wrong, the URL is bad. */
const PERMANENT_CODE =
  /^(ENOTFOUND|ETRUNCATED|ETOOLARGE|ERR_INVALID_\w+|ERR_TLS_CERT_ALTNAME_INVALID|CERT_\w+|\w*_CERT\w*|UNABLE_TO_\w+)$/

/** A failed request worth another try: timeouts, resets, refusals and other passing troubles. */
export function isTemporaryCode(code: string): boolean {
  return !PERMANENT_CODE.test(code)
}

/** A failed socket, DNS or TLS step as a NetworkError; our own NetworkErrors pass unchanged. */
export function networkError(error: unknown, what: string, url: URL): NetworkError {
  if (error instanceof NetworkError) return error
  const code = (error as NodeJS.ErrnoException).code ?? 'ERROR'
  return new NetworkError(`${what} failed: ${(error as Error).message}`, {
    url: url.href,
    code,
    temporary: isTemporaryCode(code),
    cause: error
  })
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
