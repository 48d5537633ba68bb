/** host[:port] and URL helpers. Loopback registries may use plain HTTP. */
import { UnsafeRequestError } from './errors.js'

/** `localhost`, `*.localhost`, 127.0.0.0/8 and ::1, with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const hostname = hostnameOf(host).toLowerCase()
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    hostname === '[0:0:0:0:0:0:0:1]'
  )
}

/** Strips the port: `[::1]:5000` → `[::1]`, `host:443` → `host`. */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  const colon = host.indexOf(':')
  return colon < 0 ? host : host.slice(0, colon)
}

/**
 * What DNS and sockets need: an IPv6 literal without its brackets. WHATWG URL
 * keeps them in `hostname` (`[::1]`), and Node's resolver cannot look that up.
 */
export function bareHostname(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
}

/** host:port with the scheme's default port made explicit: the key of per-host limits. */
export function hostPortOf(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`
}

/**
 * Scheme, host and path, without user info or query (either may carry
 * secrets): what a message may show of a URL. URLs without a host
 * (`data:`, `javascript:`) show only their scheme.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (!u.host && u.protocol !== 'file:') return `${u.protocol}…`
    return `${u.protocol}//${u.host}${u.pathname}`
  } catch {
    return '<invalid url>'
  }
}

const FETCHABLE = new Set(['http:', 'https:'])

/**
 * Parses a URL the registry gave us (request, redirect Location, token realm,
 * Link) and refuses anything but http and https: `ftp:`, `ws:`, `file:` and
 * friends would bypass the plain-HTTP guard or reach what they should not.
 * `what` names the URL in the message, e.g. "redirect target" or "token realm".
 */
export function assertFetchableUrl(url: string, what: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (error) {
    throw new UnsafeRequestError(`Refusing the ${what}: it is not a valid URL.`, { cause: error })
  }
  if (!FETCHABLE.has(parsed.protocol)) {
    throw new UnsafeRequestError(
      `Refusing the ${what} ${redactUrl(url)}: the URL scheme '${parsed.protocol.slice(0, -1)}' is refused; only http and https are fetched.`
    )
  }
  return parsed
}
