/**
 * One HTTP exchange, bounded in time (idle timeout, the step's deadline) and
 * memory (body cap), with bounded retries, safe redirects, per-host limits
 * and the HTTPS→HTTP fallback for loopback or `insecure` registries. It knows
 * nothing about registries or authentication; it only refuses to leak an
 * Authorization header (over plain HTTP, or across a redirect to another
 * host) and to fetch anything but http(s) URLs.
 *
 * Each concern is a layer of one shape (types.ts `Layer`) in its own module,
 * stacked around a single attempt here, as go-containerregistry stacks its
 * round trippers.
 */
import { singleAttempt } from './attempt.js'
import { DEFAULT_MAX_BODY_BYTES } from './body.js'
import { ClientPool } from './clients.js'
import type { Deadline } from './deadline.js'
import { NO_DEADLINE } from './deadline.js'
import { refusePlainHttpCredentials, startWithinDeadline } from './guards.js'
import { assertFetchableUrl, hostPortOf, isLoopbackHost } from './hosts.js'
import { HostLimiter, withSlot } from './limiter.js'
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { followRedirects } from './redirects.js'
import { RetryPolicy, withRetry } from './retry.js'
import { HostSchemes, withSchemeFallback } from './schemes.js'
import type { Exchange, HttpRequest, HttpResponse } from './types.js'
import { stack } from './types.js'

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

export class HttpTransport {
  /** Requests the server answered, retries included; failed connections are not counted. */
  requests = 0
  readonly idleTimeoutMs: number
  readonly maxBodyBytes: number
  readonly deadline: Deadline
  /** One client per protocol and TLS mode: http-client keeps one agent per client. */
  private readonly clients: ClientPool
  /** The layers around one attempt, outermost first (see stackLayers). */
  private readonly exchange: Exchange

  constructor(readonly options: TransportOptions = DEFAULT_TRANSPORT) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_TRANSPORT.idleTimeoutMs
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_TRANSPORT.maxBodyBytes
    this.deadline = options.deadline ?? NO_DEADLINE
    this.clients = new ClientPool({
      userAgent: options.userAgent ?? 'registry-tags',
      // A backstop only: the watchdog of each attempt fires first.
      socketTimeoutMs: this.idleTimeoutMs + 1000,
      insecureHosts: options.insecureHosts ?? new Set()
    })
    this.exchange = this.stackLayers(options.log ?? silentLogger)
  }

  /**
   * The order, outermost first, and why:
   * 1. retry: a retry goes through everything below again, so it follows
   *    redirects anew and queues for a slot again (no slot is held while it waits);
   * 2. redirects: each hop is a request of its own to the layers below, so a
   *    hop to another host learns that host's scheme and takes that host's slot;
   * 3. scheme fallback: the checks and slots below see the URL actually tried,
   *    and the refused HTTPS try of a plain-HTTP host costs no retry;
   * 4. the plain-HTTP credential check, then the deadline: a request refused
   *    or started too late never waits in a queue;
   * 5. the host's slot, then the overall one: always in that order, so no two
   *    waits cross; both are held until the attempt has read its body.
   */
  private stackLayers(log: Logger): Exchange {
    const { options, deadline } = this
    const allowsPlainHttp = (host: string) => this.allowsPlainHttp(host)
    const retries = new RetryPolicy({
      maxRetries: options.maxRetries ?? DEFAULT_TRANSPORT.maxRetries,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_TRANSPORT.maxRetryAfterMs,
      deadline,
      log,
      sleep: options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)))
    })
    const perHost = new HostLimiter(
      options.maxInFlightPerHost ?? DEFAULT_TRANSPORT.maxInFlightPerHost
    )
    const overall = new HostLimiter(options.maxInFlight ?? DEFAULT_TRANSPORT.maxInFlight)
    const attempt = singleAttempt({
      clients: this.clients,
      idleTimeoutMs: this.idleTimeoutMs,
      maxBodyBytes: this.maxBodyBytes,
      deadline,
      onAnswered: () => void this.requests++
    })
    return stack(
      [
        withRetry(retries),
        followRedirects(allowsPlainHttp),
        withSchemeFallback(new HostSchemes(allowsPlainHttp, log)),
        refusePlainHttpCredentials(allowsPlainHttp),
        startWithinDeadline(deadline),
        withSlot(perHost, request => hostPortOf(new URL(request.url)), deadline),
        withSlot(overall, () => ALL_HOSTS, deadline)
      ],
      attempt
    )
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
    return this.exchange(request)
  }

  dispose(): void {
    this.clients.dispose()
  }
}
