/**
 * Time: the Deadline itself, and the transport bounded by idle timeouts and
 * the step's deadline against servers that accept and never answer, drip, or
 * stall; a timeout is retried once and never falls back to plain HTTP.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import { Deadline, DeadlineError, formatSeconds } from '../../src/transport/deadline.js'
import { NetworkError } from '../../src/transport/errors.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { TransportOptions } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

function transport(options: TransportOptions = {}) {
  const infos: string[] = []
  const http = new HttpTransport({
    maxRetries: 4,
    sleep: async () => {},
    log: { debug() {}, info: m => void infos.push(m), warning() {} },
    ...options
  })
  cleanups.push(() => http.dispose())
  return { http, infos }
}

/** Accepts connections and never says a word; counts them. */
async function silentServer(): Promise<{ port: number; connections: () => number }> {
  const sockets: Socket[] = []
  const server: Server = createServer(socket => void sockets.push(socket))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy()
    return new Promise<void>(resolve => server.close(() => resolve()))
  })
  return { port: (server.address() as AddressInfo).port, connections: () => sockets.length }
}

async function serve(handle: Parameters<typeof scriptedServer>[0]): Promise<Scripted> {
  const s = await scriptedServer(handle)
  cleanups.push(() => s.close())
  return s
}

describe('Deadline', () => {
  it('counts down from its budget with the clock it is given, never below zero', () => {
    let now = 1000
    const deadline = new Deadline(5000, () => now)
    expect(deadline.remainingMs()).toBe(5000)
    now = 4500
    expect(deadline.remainingMs()).toBe(1500)
    expect(deadline.expired).toBe(false)
    now = 7000
    expect(deadline.remainingMs()).toBe(0)
    expect(deadline.expired).toBe(true)
    expect(() => deadline.check('listing tags')).toThrow(DeadlineError)
  })

  it("names the step's timeout and what was being done", () => {
    const error = new Deadline(300_000).error('waiting for GET https://ghcr.io/v2/')
    expect(error.message).toBe(
      "The step's timeout (300 s) ran out while waiting for GET https://ghcr.io/v2/. Raise the 'timeout' input if the registry is only slow."
    )
    expect(error.temporary).toBe(false)
  })

  it.each([
    [400, '0.4 s'],
    [1000, '1 s'],
    [1500, '1.5 s'],
    [20_000, '20 s'],
    [42_400, '42 s'],
    [600_000, '600 s']
  ])('formatSeconds(%d) is %s', (ms, text) => expect(formatSeconds(ms)).toBe(text))
  it('bounds work the transport does not see, and lets work that ends in time through', async () => {
    const deadline = new Deadline(50)
    const never = new Promise<string>(() => undefined)
    await expect(deadline.race(never, 'asking a credential helper')).rejects.toThrow(
      /timeout \(0\.1 s\) ran out while asking a credential helper/
    )
    await expect(new Deadline(5_000).race(Promise.resolve('done'), 'x')).resolves.toBe('done')
  })
})

describe('HttpTransport in time', () => {
  it('fails a server that never answers within about two idle timeouts, saying so', async () => {
    const silent = await silentServer()
    const { http, infos } = transport({ idleTimeoutMs: 300 })
    const started = Date.now()
    const failure = http.send({ method: 'GET', url: `http://127.0.0.1:${silent.port}/v2/` })
    await expect(failure).rejects.toThrow(
      `GET http://127.0.0.1:${silent.port}/v2/ timed out after 0.3 s`
    )
    await expect(failure).rejects.toMatchObject({ code: 'ETIMEDOUT', temporary: true })
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(550)
    expect(elapsed).toBeLessThan(1500)
    expect(silent.connections()).toBe(2) // one try, one retry
    expect(infos).toEqual([
      `GET http://127.0.0.1:${silent.port}/v2/ timed out after 0.3 s; retrying once`
    ])
  })

  it('never falls back to plain HTTP after a timeout on HTTPS', async () => {
    const silent = await silentServer()
    const { http } = transport({ idleTimeoutMs: 300 })
    await expect(
      http.send({ method: 'GET', url: `https://127.0.0.1:${silent.port}/v2/` })
    ).rejects.toThrow(/^GET https:.* timed out after 0.3 s$/)
    expect(silent.connections()).toBe(2)
  })

  it('bounds an attempt by what is left of the deadline', async () => {
    const silent = await silentServer()
    const { http } = transport({ idleTimeoutMs: 20_000, deadline: new Deadline(400) })
    const started = Date.now()
    const failure = http.send({ method: 'GET', url: `http://127.0.0.1:${silent.port}/v2/` })
    await expect(failure).rejects.toThrow(DeadlineError)
    await expect(failure).rejects.toThrow(
      /ran out while waiting for GET http:\/\/127.0.0.1:\d+\/v2\/\./
    )
    expect(Date.now() - started).toBeLessThan(1500)
    expect(silent.connections()).toBe(1)
  })

  it('starts nothing once the deadline has passed', async () => {
    const s = await serve((_req, res) => res.writeHead(200).end())
    const { http } = transport({ deadline: new Deadline(0) })
    await expect(http.send({ method: 'GET', url: `${s.url}/v2/` })).rejects.toThrow(
      /ran out while starting GET/
    )
    expect(s.seen).toHaveLength(0)
  })

  it('does not back off past the deadline: the last error is the answer', async () => {
    const s = await serve((_req, res) => res.writeHead(503).end())
    let now = 0
    const deadline = new Deadline(100, () => now)
    const { http } = transport({ deadline, sleep: async ms => void (now += ms) })
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/` })
    expect(res.status).toBe(503) // backoff (≥ 250 ms) would outlast the 100 ms left
    expect(s.seen).toHaveLength(1)
  })

  it('restarts the idle timeout on every body chunk, and fails a body that stalls', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200)
      let sent = 0
      const timer = setInterval(() => (++sent <= 6 ? res.write('x') : clearInterval(timer)), 100)
      res.on('close', () => clearInterval(timer))
    })
    const { http } = transport({ idleTimeoutMs: 300, maxRetries: 0 })
    const started = Date.now()
    await expect(http.send({ method: 'GET', url: `${s.url}/v2/` })).rejects.toThrow(
      /timed out after 0.3 s/
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(800) // 6 chunks, then 300 ms of silence
  })

  it('ends a body that drips forever at the deadline', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200)
      const timer = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(timer))
    })
    const { http } = transport({ idleTimeoutMs: 400, deadline: new Deadline(700) })
    const failure = http.send({ method: 'GET', url: `${s.url}/v2/` })
    await expect(failure).rejects.toThrow(DeadlineError)
    await expect(failure).rejects.not.toBeInstanceOf(NetworkError)
  })
})
