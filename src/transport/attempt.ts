/**
 * One attempt at one URL, the bottom of the transport's stack: the request
 * through the client pool and its body read under a cap, bounded by the idle
 * timeout and the step's deadline. No retry, redirect or fallback here; the
 * layers above (http.ts) add those.
 */
import type { IncomingMessage } from 'node:http'
import { readCappedBody } from './body.js'
import type { ClientPool } from './clients.js'
import type { Deadline } from './deadline.js'
import { Watchdog, formatSeconds } from './deadline.js'
import { NetworkError, networkError } from './errors.js'
import { redactUrl } from './hosts.js'
import type { Exchange } from './types.js'

export interface AttemptOptions {
  readonly clients: ClientPool
  /** Longest silence: connecting and the headers together, then each body stall. */
  readonly idleTimeoutMs: number
  /** Largest body read, whatever a request asks. */
  readonly maxBodyBytes: number
  readonly deadline: Deadline
  /** Called once the server answered (its headers arrived): the transport counts requests. */
  readonly onAnswered: () => void
}

/**
 * Connecting and the headers share one idle period, then every body chunk
 * starts a new one; each is cut to what is left of the deadline. When the
 * watchdog fires, the socket is destroyed and the attempt fails with its
 * reason, whatever error the abort caused on the way.
 */
export function singleAttempt(options: AttemptOptions): Exchange {
  const { clients, idleTimeoutMs, maxBodyBytes, deadline } = options
  return async request => {
    const url = new URL(request.url)
    const what = `${request.method} ${redactUrl(url.href)}`
    const controller = new AbortController()
    let message: IncomingMessage | undefined
    const watchdog = new Watchdog(idleTimeoutMs, deadline, byDeadline => {
      controller.abort(
        byDeadline ? deadline.error(`waiting for ${what}`) : timedOut(what, url, idleTimeoutMs)
      )
      message?.destroy()
    })
    watchdog.restart()
    try {
      const res = await clients.send(request, url, controller.signal)
      message = res.message
      options.onAnswered()
      watchdog.restart()
      const body = await readCappedBody(res.message, {
        maxBytes: Math.min(request.maxBodyBytes ?? Infinity, maxBodyBytes),
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
}

function timedOut(what: string, url: URL, idleTimeoutMs: number): NetworkError {
  return new NetworkError(`${what} timed out after ${formatSeconds(idleTimeoutMs)}`, {
    url: url.href,
    code: 'ETIMEDOUT',
    temporary: true
  })
}
