/**
 * What the transport refuses before an attempt leaves: credentials over plain
 * HTTP to a host that may not use it, and any start after the step's
 * deadline. Checked on every attempt, after the scheme is chosen (a fallback
 * to HTTP is checked like any other request) and before a slot is waited
 * for (a refused request never queues).
 */
import type { Deadline } from './deadline.js'
import { UnsafeRequestError } from './errors.js'
import { redactUrl } from './hosts.js'
import type { Layer } from './types.js'

/** Refuses an Authorization header over plain HTTP unless the host may use it (loopback, `insecure`). */
export function refusePlainHttpCredentials(allowsPlainHttp: (host: string) => boolean): Layer {
  return inner => async request => {
    const url = new URL(request.url)
    if (hasHeader(request.headers, 'authorization') && url.protocol === 'http:') {
      if (!allowsPlainHttp(url.host)) {
        throw new UnsafeRequestError(
          `Refusing to send credentials over plain HTTP to ${url.host}. Use HTTPS, or set 'insecure: true' if this registry really has no TLS.`
        )
      }
    }
    return inner(request)
  }
}

/** Starts nothing once the deadline has passed. */
export function startWithinDeadline(deadline: Deadline): Layer {
  return inner => async request => {
    deadline.check(`starting ${request.method} ${redactUrl(request.url)}`)
    return inner(request)
  }
}

function hasHeader(headers: Readonly<Record<string, string>> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some(k => k.toLowerCase() === name)
}
