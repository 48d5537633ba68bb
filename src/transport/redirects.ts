/**
 * Redirects, followed by the transport itself (http-client's own following
 * is off): at most five hops, each to an http(s) URL only, never from HTTPS
 * down to plain HTTP unless the target may use it, and never carrying the
 * Authorization header to another host. After the last hop the redirect
 * itself is the answer.
 */
import { UnsafeRequestError } from './errors.js'
import { assertFetchableUrl, redactUrl } from './hosts.js'
import type { HttpRequest, Layer } from './types.js'

const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Follows each redirect through `inner`, which sees every hop as a request of its own. */
export function followRedirects(allowsPlainHttp: (host: string) => boolean): Layer {
  return inner => async request => {
    let current = request
    for (let hop = 0; ; hop++) {
      const response = await inner(current)
      const location = response.headers.location
      if (!REDIRECTS.has(response.status) || !location || hop >= MAX_REDIRECTS) return response
      current = redirected(current, response.status, response.url, location, allowsPlainHttp)
    }
  }
}

/**
 * The request a redirect leads to: only to an http(s) URL, never from HTTPS
 * down to plain HTTP unless the target may use it, and without the
 * Authorization header when it leaves the host that was asked.
 */
export function redirected(
  request: HttpRequest,
  status: number,
  from: string,
  location: string,
  allowsPlainHttp: (host: string) => boolean
): HttpRequest {
  const source = new URL(from)
  const to = assertFetchableUrl(resolve(location, source), `redirect from ${redactUrl(from)} to`)
  if (to.protocol === 'http:' && source.protocol === 'https:' && !allowsPlainHttp(to.host)) {
    throw new UnsafeRequestError(
      `${redactUrl(from)} redirected to plain HTTP (${redactUrl(to.href)}); refusing the downgrade.`
    )
  }
  const headers = { ...request.headers }
  if (to.host !== source.host) {
    for (const key of Object.keys(headers))
      if (key.toLowerCase() === 'authorization') delete headers[key]
  }
  const method = status === 303 ? 'GET' : request.method
  const cap = request.maxBodyBytes
  return { method, url: to.href, headers, ...(cap !== undefined && { maxBodyBytes: cap }) }
}

/** The Location resolved against the URL that sent it; left as is when it is no URL at all. */
function resolve(location: string, base: URL): string {
  try {
    return new URL(location, base).href
  } catch {
    return location
  }
}
