/**
 * Plain functions as exchanges, for testing one layer of the transport
 * without a network: each answers from a script in turn (an Error in the
 * script is thrown, as a failed attempt throws) and records what it was sent.
 */
import { createServer } from 'node:http'
import type { IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Exchange, HttpRequest, HttpResponse } from '../../src/transport/types.js'

/** One step of a script: an answer's status and headers, or the error an attempt fails with. */
export type Step = { status: number; headers?: IncomingHttpHeaders } | Error

export interface ScriptedExchange {
  readonly exchange: Exchange
  /** Every request the exchange was sent, in order. */
  readonly seen: HttpRequest[]
}

/** Answers each request with the next step; the last step repeats once the script runs out. */
export function scriptedExchange(steps: readonly Step[]): ScriptedExchange {
  const seen: HttpRequest[] = []
  const exchange: Exchange = async request => {
    const step = steps[Math.min(seen.length, steps.length - 1)]!
    seen.push(request)
    if (step instanceof Error) throw step
    return answer(request, step.status, step.headers)
  }
  return { exchange, seen }
}

/** The answer an attempt at `request` would give: the URL that answered is the one asked. */
export function answer(
  request: HttpRequest,
  status: number,
  headers: IncomingHttpHeaders = {}
): HttpResponse {
  return { status, headers, body: Buffer.from(''), url: request.url }
}

/** What a transport's log said at info level, and a logger that records it. */
export function recordingLog() {
  const info: string[] = []
  const debug: string[] = []
  const log = {
    info: (m: string) => void info.push(m),
    debug: (m: string) => void debug.push(m),
    warning() {}
  }
  return { log, info, debug }
}

/** A loopback port that was just free: connecting to it is refused (ECONNREFUSED). */
export function closedPort(): Promise<number> {
  return new Promise<number>(resolve => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as AddressInfo).port
      srv.close(() => resolve(p))
    })
  })
}
