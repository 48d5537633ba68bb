/**
 * Per-host concurrency: at most `maxPerKey` requests in flight to one
 * host:port across the whole transport, waiting in FIFO order. Registries
 * throttle bursts, and one run may look up many images on the same host.
 * `withSlot` is the transport's layer around it; with one key for every
 * request, the same limiter bounds the requests in flight in all.
 */
import type { Deadline } from './deadline.js'
import { NO_DEADLINE } from './deadline.js'
import type { HttpRequest, Layer } from './types.js'

/** setTimeout fires at once beyond this (2^31 - 1 ms): longer waits are unbounded. */
const MAX_TIMER_MS = 2 ** 31 - 1

/** Gives the slot back; calling it twice is harmless. */
export type ReleaseSlot = () => void

interface Waiter {
  grant(release: ReleaseSlot): void
}

export class HostLimiter {
  private readonly inFlight = new Map<string, number>()
  private readonly queues = new Map<string, Waiter[]>()

  constructor(readonly maxPerKey: number) {
    if (!(maxPerKey >= 1)) throw new RangeError(`maxPerKey must be at least 1, not ${maxPerKey}`)
  }

  /** Requests in flight to `key` now. */
  active(key: string): number {
    return this.inFlight.get(key) ?? 0
  }

  /**
   * Waits for a slot for `key`. The wait counts against `deadline`: if it
   * runs out first, rejects with its DeadlineError and leaves the queue.
   */
  acquire(key: string, deadline: Deadline = NO_DEADLINE): Promise<ReleaseSlot> {
    if (this.active(key) < this.maxPerKey) return Promise.resolve(this.take(key))
    const doing = `waiting for a free connection to ${key}`
    if (deadline.expired) return Promise.reject(deadline.error(doing))
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const waiter: Waiter = {
        grant: release => {
          clearTimeout(timer)
          resolve(release)
        }
      }
      const queue = this.queues.get(key) ?? []
      queue.push(waiter)
      this.queues.set(key, queue)
      const remaining = deadline.remainingMs()
      const timer =
        remaining < MAX_TIMER_MS
          ? setTimeout(() => {
              queue.splice(queue.indexOf(waiter), 1)
              reject(deadline.error(doing))
            }, remaining)
          : undefined
    })
  }

  private take(key: string): ReleaseSlot {
    this.inFlight.set(key, this.active(key) + 1)
    let released = false
    return () => {
      if (released) return
      released = true
      this.handOn(key)
    }
  }

  /** A slot came free: give it to the next in line, or count it free. */
  private handOn(key: string): void {
    const next = this.queues.get(key)?.shift()
    if (this.queues.get(key)?.length === 0) this.queues.delete(key)
    this.inFlight.set(key, this.active(key) - 1)
    if (next) next.grant(this.take(key))
    else if (this.active(key) === 0) this.inFlight.delete(key)
  }
}

/**
 * Holds one of `limiter`'s slots for the request's key while the exchange
 * under it runs, its body read included; the wait for a slot counts against
 * `deadline`.
 */
export function withSlot(
  limiter: HostLimiter,
  keyOf: (request: HttpRequest) => string,
  deadline: Deadline
): Layer {
  return inner => async request => {
    const release = await limiter.acquire(keyOf(request), deadline)
    try {
      return await inner(request)
    } finally {
      release()
    }
  }
}
