/**
 * Why an image could not be checked, in a few words a person reads at a
 * glance (`not found`, `private or needs a login`, `rate limited`, `timed
 * out`); the full message stays beside it, folded.
 */
import type { FailureKind } from '../registry/failures.js'
import { RegistryError } from '../registry/failures.js'
import { DeadlineError } from '../transport/deadline.js'
import { NetworkError } from '../transport/errors.js'
import { TokenError } from '../transport/tokens.js'

const BY_KIND: Record<FailureKind, string> = {
  unauthorized: 'private or needs a login',
  denied: 'access denied',
  'not-found': 'not found',
  'rate-limited': 'rate limited',
  server: 'registry error',
  unexpected: 'unexpected answer',
  protocol: 'unexpected answer',
  unreachable: 'registry unreachable'
}

/** System codes of a request that got no answer in time. */
const TIMEOUT_CODES = /^(ETIMEDOUT|ESOCKETTIMEDOUT|ETIMEOUT|UND_ERR_\w*TIMEOUT)$/

/** The short reason for an error thrown while checking an image. */
export function failureReason(error: Error): string {
  if (error instanceof DeadlineError) return 'timed out'
  if (error instanceof RegistryError) {
    const cause = error.cause
    if (cause instanceof Error && !(cause instanceof RegistryError)) {
      const inner = failureReason(cause)
      if (inner === 'timed out') return inner
    }
    return BY_KIND[error.kind]
  }
  if (error instanceof NetworkError) {
    if (TIMEOUT_CODES.test(error.code)) return 'timed out'
    return error.code === 'ENOTFOUND' ? 'registry host not found' : 'registry unreachable'
  }
  if (error instanceof TokenError) {
    if (error.status === 429) return 'rate limited'
    return error.status === 401 || error.status === 403 ? 'login refused' : 'token service failed'
  }
  return reasonFromMessage(error.message)
}

/**
 * Errors that reach the summary only as text (a tag's digest that could not
 * be read is kept as a message on its row): the same words, from the message.
 */
export function reasonFromMessage(message: string): string {
  const text = message.toLowerCase()
  if (/timed? ?out|timeout/.test(text)) return 'timed out'
  if (/\b429\b|rate.?limit|toomanyrequests/.test(text)) return 'rate limited'
  if (/\b401\b|unauthori[sz]ed|credential|log ?in/.test(text)) return 'private or needs a login'
  if (/\b403\b|denied|forbidden/.test(text)) return 'access denied'
  if (/\b404\b|not found|unknown/.test(text)) return 'not found'
  return 'failed'
}
