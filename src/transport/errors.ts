import { ActionError } from '../errors.js'

/** The request never got an HTTP answer: DNS, refused, TLS, timeout. */
export class NetworkError extends ActionError {
  constructor(
    readonly url: string,
    readonly code: string,
    detail: string
  ) {
    super(detail)
  }
}

/** A request that would leak credentials was stopped before it was sent. */
export class UnsafeRequestError extends ActionError {}
