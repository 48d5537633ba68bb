/**
 * The HTTPS→HTTP fallback for hosts that may use plain HTTP (loopback, or
 * `insecure`): HTTPS first, plain HTTP on a TLS or connection failure, and
 * the scheme that answered kept for the rest of the run. While the first
 * request to a host learns it, the others to that host wait (many images on
 * one registry cost one failed TLS handshake, not one each).
 * `withSchemeFallback` is its layer in the transport.
 */
import type { Logger } from '../logger.js'
import { NetworkError } from './errors.js'
import type { Layer } from './types.js'

/**
 * Sends each request at the scheme its host answers on (learnt by `schemes`
 * on the first request to a host that may use plain HTTP); the layers under
 * this one see the URL actually tried.
 */
export function withSchemeFallback(schemes: HostSchemes): Layer {
  return inner => request => schemes.send(request.url, url => inner({ ...request, url: url.href }))
}

export class HostSchemes {
  private readonly known = new Map<string, 'http:' | 'https:'>()
  private readonly probes = new Map<string, Promise<unknown>>()

  constructor(
    /** Whether a host may fall back to plain HTTP at all. */
    private readonly mayUsePlainHttp: (host: string) => boolean,
    private readonly log: Logger
  ) {}

  /** `exchange` at `href` with the scheme this host answers on, learning it first if need be. */
  async send<T>(href: string, exchange: (url: URL) => Promise<T>): Promise<T> {
    const url = new URL(href)
    const probe = this.probes.get(url.host)
    if (probe) await probe.catch(() => undefined)
    const known = this.known.get(url.host)
    if (known) url.protocol = known
    if (url.protocol !== 'https:' || known || !this.mayUsePlainHttp(url.host)) return exchange(url)
    const probing = this.learn(url, exchange)
    this.probes.set(url.host, probing)
    try {
      return await probing
    } finally {
      if (this.probes.get(url.host) === probing) this.probes.delete(url.host)
    }
  }

  private async learn<T>(url: URL, exchange: (url: URL) => Promise<T>): Promise<T> {
    try {
      const answer = await exchange(url)
      this.known.set(url.host, 'https:')
      return answer
    } catch (error) {
      if (!(error instanceof NetworkError) || !mayFallBackToHttp(error.code)) throw error
      this.log.debug(`https://${url.host} failed (${error.code}); trying plain HTTP`)
      const answer = await exchange(new URL(url.href.replace(/^https:/, 'http:')))
      this.known.set(url.host, 'http:')
      return answer
    }
  }
}

/**
 * Failures after which a loopback or `insecure` host is tried over plain
 * HTTP: nothing listens for TLS there (refused, reset) or the handshake
 * failed. Never a timeout: a silent server is as silent over HTTP.
 */
export function mayFallBackToHttp(code: string): boolean {
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EPROTO'].includes(code) || code.startsWith('ERR_SSL_')
  )
}
