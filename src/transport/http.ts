/**
 * One HTTP exchange, bounded in time (idle timeout, the step's deadline) and
 * memory (body cap), with bounded retries, safe redirects, per-host limits
 * and the HTTPS→HTTP fallback for loopback or `insecure` registries. It knows
 * nothing about registries or authentication; it only refuses to leak an
 * Authorization header (over plain HTTP, or across a redirect to another
 * host) and to fetch anything but http(s) URLs.
 */
import type { IncomingMessage } from 'node:http'
import { ClientPool } from './clients.js'
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { DEFAULT_MAX_BODY_BYTES, readCappedBody } from './body.js'
import type { Deadline } from './deadline.js'
import { NO_DEADLINE, Watchdog, formatSeconds } from './deadline.js'
import { NetworkError, UnsafeRequestError, networkError } from './errors.js'
import { assertFetchableUrl, hostPortOf, isLoopbackHost, redactUrl, redirected } from './hosts.js'
import { HostLimiter } from './limiter.js'
import { RetryPolicy } from './retry.js'
import { HostSchemes } from './schemes.js'
import type { HttpRequest, HttpResponse } from './types.js'

// The exchange's types live in types.ts (so errors, hosts and retry need not import this module);
// re-exported here for the clients that import them with HttpTransport.
export type { HttpRequest, HttpResponse }

export interface TransportOptions {
  /** Longest silence of one attempt: connecting and waiting for headers together, then each body stall. */
  readonly idleTimeoutMs?: number
  /** Extra attempts after a 429, a 5xx or a network error (a timeout is retried once at most). */
  readonly maxRetries?: number
  /** Longest Retry-After we are willing to wait; a longer one fails at once. */
  readonly maxRetryAfterMs?: number
  /** Largest response body read; a larger one fails at once. */
  readonly maxBodyBytes?: number
  /** Requests in flight to one host:port at a time, across the whole transport. */
  readonly maxInFlightPerHost?: number
  /** Requests in flight in all, whatever their host: a file naming 2,000 registries opens no more. */
  readonly maxInFlight?: number
  /** The step's time budget: nothing starts after it, and every attempt and wait is bounded by it. */
  readonly deadline?: Deadline
  /** host[:port] for which plain HTTP and unverified TLS are allowed (`insecure: true`). */
  readonly insecureHosts?: ReadonlySet<string>
  readonly userAgent?: string
  readonly log?: Logger
  readonly sleep?: (ms: number) => Promise<void>
}

type Bounds =
  | 'idleTimeoutMs'
  | 'maxRetries'
  | 'maxRetryAfterMs'
  | 'maxBodyBytes'
  | 'maxInFlightPerHost'
  | 'maxInFlight'

/** The bounds every transport has unless told otherwise. */
export const DEFAULT_TRANSPORT: Readonly<Required<Pick<TransportOptions, Bounds>>> = {
  idleTimeoutMs: 20_000,
  maxRetries: 4,
  maxRetryAfterMs: 60_000,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  maxInFlightPerHost: 4,
  maxInFlight: 16
}

/** The one key of the limiter that counts every request. */
const ALL_HOSTS = '*'

const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])

export class HttpTransport {
  /** Requests the server answered, retries included; failed connections are not counted. */
  requests = 0
  readonly idleTimeoutMs: number
  readonly maxBodyBytes: number
  readonly deadline: Deadline
  /** One client per protocol and TLS mode: http-client keeps one agent per client. */
  private readonly clients: ClientPool
  private readonly schemes: HostSchemes
  private readonly limiter: HostLimiter
  /** Slots in all, taken after the host's own (always in that order, so no two waits cross). */
  private readonly overall: HostLimiter
  private readonly retries: RetryPolicy
  private readonly log: Logger

  constructor(readonly options: TransportOptions = DEFAULT_TRANSPORT) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_TRANSPORT.idleTimeoutMs
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_TRANSPORT.maxBodyBytes
    this.deadline = options.deadline ?? NO_DEADLINE
    this.limiter = new HostLimiter(
      options.maxInFlightPerHost ?? DEFAULT_TRANSPORT.maxInFlightPerHost
    )
    this.overall = new HostLimiter(options.maxInFlight ?? DEFAULT_TRANSPORT.maxInFlight)
    this.log = options.log ?? silentLogger
    this.schemes = new HostSchemes(host => this.allowsPlainHttp(host), this.log)
    this.clients = new ClientPool({
      userAgent: options.userAgent ?? 'registry-tags',
      // A backstop only: the watchdog of each attempt fires first.
      socketTimeoutMs: this.idleTimeoutMs + 1000,
      insecureHosts: options.insecureHosts ?? new Set()
    })
    this.retries = new RetryPolicy({
      maxRetries: options.maxRetries ?? DEFAULT_TRANSPORT.maxRetries,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_TRANSPORT.maxRetryAfterMs,
      deadline: this.deadline,
      log: this.log,
      sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
    })
  }

  /** True when plain HTTP may carry credentials to this host. */
  allowsPlainHttp(host: string): boolean {
    return isLoopbackHost(host) || (this.options.insecureHosts?.has(host) ?? false)
  }

  /**
   * Sends, retrying 429/5xx and temporary network errors (a timeout once at
   * most), and returns the last response. Throws NetworkError,
   * UnsafeRequestError, RetryAfterError or DeadlineError.
   */
  async send(request: HttpRequest): Promise<HttpResponse> {
    assertFetchableUrl(request.url, 'request URL')
    return this.retries.run(request, () => this.followRedirects(request))
  }

  private async followRedirects(request: HttpRequest): Promise<HttpResponse> {
    let current = request
    for (let hop = 0; ; hop++) {
      const response = await this.once(current)
      const location = response.headers.location
      if (!REDIRECTS.has(response.status) || !location || hop >= MAX_REDIRECTS) return response
      current = redirected(current, response.status, response.url, location, host =>
        this.allowsPlainHttp(host)
      )
    }
  }

  /** One request, with the scheme its host answers on (see schemes.ts). */
  private once(request: HttpRequest): Promise<HttpResponse> {
    return this.schemes.send(request.url, url => this.exchange(request, url))
  }

  /** One attempt at one URL, holding one of the host's slots until its body is read. */
  private async exchange(request: HttpRequest, url: URL): Promise<HttpResponse> {
    if (hasHeader(request.headers, 'authorization') && url.protocol === 'http:') {
      if (!this.allowsPlainHttp(url.host)) {
        throw new UnsafeRequestError(
          `Refusing to send credentials over plain HTTP to ${url.host}. Use HTTPS, or set 'insecure: true' if this registry really has no TLS.`
        )
      }
    }
    this.deadline.check(`starting ${request.method} ${redactUrl(url.href)}`)
    const release = await this.limiter.acquire(hostPortOf(url), this.deadline)
    try {
      const releaseOverall = await this.overall.acquire(ALL_HOSTS, this.deadline)
      try {
        return await this.attempt(request, url)
      } finally {
        releaseOverall()
      }
    } finally {
      release()
    }
  }

  /**
   * Connecting and the headers share one idle period, then every body chunk
   * starts a new one; each is cut to what is left of the deadline. When the
   * watchdog fires, the socket is destroyed and the attempt fails with its
   * reason, whatever error the abort caused on the way.
   */
  private async attempt(request: HttpRequest, url: URL): Promise<HttpResponse> {
    const what = `${request.method} ${redactUrl(url.href)}`
    const controller = new AbortController()
    let message: IncomingMessage | undefined
    const watchdog = new Watchdog(this.idleTimeoutMs, this.deadline, byDeadline => {
      controller.abort(
        byDeadline ? this.deadline.error(`waiting for ${what}`) : this.timedOut(what, url)
      )
      message?.destroy()
    })
    watchdog.restart()
    try {
      const res = await this.clients.send(request, url, controller.signal)
      message = res.message
      this.requests++
      watchdog.restart()
      const body = await readCappedBody(res.message, {
        maxBytes: Math.min(request.maxBodyBytes ?? Infinity, this.maxBodyBytes),
        what,
        url: url.href,
        head: request.method === 'HEAD',
        onProgress: () => watchdog.restart()
      })
      return {
        status: res.message.statusCode ?? 0,
        headers: res.message.headers,
        body,
        url: url.href
      }
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason
      throw networkError(error, what, url)
    } finally {
      watchdog.stop()
    }
  }

  private timedOut(what: string, url: URL): NetworkError {
    return new NetworkError(`${what} timed out after ${formatSeconds(this.idleTimeoutMs)}`, {
      url: url.href,
      code: 'ETIMEDOUT',
      temporary: true
    })
  }

  dispose(): void {
    this.clients.dispose()
  }
}

function hasHeader(headers: Readonly<Record<string, string>> | undefined, name: string): boolean {
  return Object.keys(headers ?? {}).some(k => k.toLowerCase() === name)
}
