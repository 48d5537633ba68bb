/**
 * One HTTP exchange with timeouts, bounded retries, safe redirects and the
 * HTTPS→HTTP fallback for loopback registries. It knows nothing about
 * registries or authentication; it only refuses to leak an Authorization
 * header (over plain HTTP, or across a redirect to another host).
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { NetworkError, UnsafeRequestError } from './errors.js'
import { isLoopbackHost, redactUrl } from './hosts.js'
import { backoffMs, isRetryableStatus, retryAfterMs } from './retry.js'

export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'POST'
  readonly url: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
}

export interface HttpResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
  /** The URL that answered, after redirects and scheme fallback. */
  readonly url: string
}

export interface TransportOptions {
  /** Longest time one request (connect, headers and body) may take. */
  readonly timeoutMs: number
  /** Extra attempts after a 429, a 5xx or a network error. */
  readonly maxRetries: number
  /** Longest Retry-After we are willing to wait; beyond it the response is returned. */
  readonly maxRetryAfterMs: number
  /** host[:port] for which plain HTTP and unverified TLS are allowed (`insecure: true`). */
  readonly insecureHosts?: ReadonlySet<string>
  readonly userAgent?: string
  readonly log?: Logger
  readonly sleep?: (ms: number) => Promise<void>
}

export const DEFAULT_TRANSPORT: TransportOptions = {
  timeoutMs: 30_000,
  maxRetries: 4,
  maxRetryAfterMs: 60_000
}

const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])

export class HttpTransport {
  /** Requests the server answered, retries included; failed connections are not counted. */
  requests = 0
  /** One client per protocol and TLS mode: http-client keeps one agent per client. */
  private readonly clients = new Map<string, HttpClient>()
  private readonly schemes = new Map<string, 'http:' | 'https:'>()
  private readonly log: Logger
  private readonly sleep: (ms: number) => Promise<void>

  constructor(readonly options: TransportOptions = DEFAULT_TRANSPORT) {
    this.log = options.log ?? silentLogger
    this.sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
  }

  /** True when plain HTTP may carry credentials to this host. */
  allowsPlainHttp(host: string): boolean {
    return isLoopbackHost(host) || (this.options.insecureHosts?.has(host) ?? false)
  }

  /** Sends with retries on 429/5xx/network errors; returns the last response. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    for (let attempt = 1; ; attempt++) {
      const last = attempt > this.options.maxRetries
      let response: HttpResponse
      try {
        response = await this.followRedirects(request)
      } catch (error) {
        if (last || !(error instanceof NetworkError)) throw error
        const wait = backoffMs(attempt)
        this.log.debug(`${error.message}; retrying in ${wait} ms`)
        await this.sleep(wait)
        continue
      }
      if (last || !isRetryableStatus(response.status)) return response
      const asked = retryAfterMs(response.headers)
      if (asked !== undefined && asked > this.options.maxRetryAfterMs) return response
      const wait = asked ?? backoffMs(attempt)
      this.log.debug(
        `${request.method} ${redactUrl(response.url)} answered ${response.status}; retry ${attempt} of ${this.options.maxRetries} in ${wait} ms`
      )
      await this.sleep(wait)
    }
  }

  private async followRedirects(request: HttpRequest): Promise<HttpResponse> {
    let current = request
    for (let hop = 0; ; hop++) {
      const response = await this.once(current)
      const location = response.headers.location
      if (!REDIRECTS.has(response.status) || !location || hop >= MAX_REDIRECTS) return response
      const from = new URL(response.url)
      const to = new URL(location, from)
      if (to.protocol === 'http:' && from.protocol === 'https:' && !this.allowsPlainHttp(to.host)) {
        throw new UnsafeRequestError(
          `${redactUrl(response.url)} redirected to plain HTTP (${redactUrl(to.href)}); refusing the downgrade.`
        )
      }
      const headers = { ...current.headers }
      if (to.host !== from.host) deleteHeader(headers, 'authorization')
      const method = response.status === 303 ? 'GET' : current.method
      current = { method, url: to.href, headers }
    }
  }

  /** One request, choosing the scheme for hosts that may fall back to HTTP. */
  private async once(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url)
    const pinned = this.schemes.get(url.host)
    if (pinned) url.protocol = pinned
    const mayFallBack = url.protocol === 'https:' && !pinned && this.allowsPlainHttp(url.host)
    try {
      const response = await this.exchange({ ...request, url: url.href })
      if (mayFallBack) this.schemes.set(url.host, 'https:')
      return response
    } catch (error) {
      if (!mayFallBack || !(error instanceof NetworkError)) throw error
      url.protocol = 'http:'
      this.log.debug(`https://${url.host} failed (${error.code}); trying plain HTTP`)
      const response = await this.exchange({ ...request, url: url.href })
      this.schemes.set(url.host, 'http:')
      return response
    }
  }

  private async exchange(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.url)
    const headers = { ...request.headers }
    if (
      hasHeader(headers, 'authorization') &&
      url.protocol === 'http:' &&
      !this.allowsPlainHttp(url.host)
    ) {
      throw new UnsafeRequestError(
        `Refusing to send credentials over plain HTTP to ${url.host}. Use HTTPS, or set 'insecure: true' if this registry really has no TLS.`
      )
    }
    const client = this.client(url.protocol, this.options.insecureHosts?.has(url.host) ?? false)
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new NetworkError(
              request.url,
              'ETIMEDOUT',
              `${request.method} ${redactUrl(request.url)} timed out after ${this.options.timeoutMs / 1000} s`
            )
          ),
        this.options.timeoutMs
      )
    })
    let message: IncomingMessage | undefined
    const attempt = (async () => {
      const res = await client.request(request.method, url.href, request.body ?? null, headers)
      message = res.message
      this.requests++
      // Reading the body to its end (empty for HEAD) hands the socket back to
      // the keep-alive pool: the next page reuses the connection and its TLS.
      const body = await res.readBodyBuffer!()
      return {
        status: res.message.statusCode ?? 0,
        headers: res.message.headers,
        body,
        url: url.href
      }
    })()
    try {
      return await Promise.race([attempt, deadline])
    } catch (error) {
      if (error instanceof NetworkError || error instanceof UnsafeRequestError) throw error
      const code = (error as NodeJS.ErrnoException).code ?? 'ERROR'
      throw new NetworkError(
        request.url,
        code,
        `${request.method} ${redactUrl(request.url)} failed: ${(error as Error).message}`
      )
    } finally {
      clearTimeout(timer)
      attempt.catch(() => undefined)
      // Only an answer cut short keeps its socket busy; free it.
      if (message && !message.complete) message.destroy()
    }
  }

  private client(protocol: string, unverified: boolean): HttpClient {
    const key = `${protocol}${unverified ? ' unverified' : ''}`
    let client = this.clients.get(key)
    if (!client) {
      client = new HttpClient(this.options.userAgent ?? 'registry-tags', [], {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: true,
        socketTimeout: this.options.timeoutMs,
        ignoreSslError: unverified
      })
      this.clients.set(key, client)
    }
    return client
  }

  dispose(): void {
    for (const client of this.clients.values()) client.dispose()
  }
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some(k => k.toLowerCase() === name)
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key]
}
