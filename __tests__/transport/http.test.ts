/**
 * The transport against scripted servers on loopback: retries and what the
 * log says of them, Retry-After bounds, allowed schemes, redirects, the
 * HTTPS→HTTP fallback and IPv6 literals.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { Deadline } from '../../src/transport/deadline.js'
import { NetworkError, RetryAfterError, UnsafeRequestError } from '../../src/transport/errors.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { TransportOptions } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'
import { closedPort } from './exchanges.js'

const servers: Scripted[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (transports.length) transports.pop()!.dispose()
  while (servers.length) await servers.pop()!.close()
})

function transport(options: TransportOptions = {}) {
  const waits: number[] = []
  const infos: string[] = []
  const http = new HttpTransport({
    idleTimeoutMs: 2000,
    maxRetries: 3,
    maxRetryAfterMs: 60_000,
    sleep: async ms => void waits.push(ms),
    log: { debug() {}, info: m => void infos.push(m), warning() {} },
    ...options
  })
  transports.push(http)
  return { http, waits, infos }
}

async function serve(
  handle: Parameters<typeof scriptedServer>[0],
  address?: string
): Promise<Scripted> {
  const s = await scriptedServer(handle, address)
  servers.push(s)
  return s
}

async function canListenOnIpv6Loopback(): Promise<boolean> {
  const probe = createServer()
  return new Promise(resolve => {
    probe.once('error', () => resolve(false))
    probe.listen(0, '::1', () => probe.close(() => resolve(true)))
  })
}
const ipv6 = await canListenOnIpv6Loopback()

describe('HttpTransport retries', () => {
  it('honours Retry-After on 429, says so at info level, then succeeds', async () => {
    const s = await serve((_req, res, n) => {
      if (n <= 2)
        res.writeHead(429, { 'retry-after': '2' }).end('{"errors":[{"code":"TOOMANYREQUESTS"}]}')
      else res.writeHead(200).end('ok')
    })
    const { http, waits, infos } = transport()
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/?token=secret` })
    expect(res.status).toBe(200)
    expect(waits).toEqual([2000, 2000])
    expect(http.requests).toBe(3)
    expect(infos).toEqual([
      `GET ${s.url}/v2/ answered 429 and asked to wait 2 s (Retry-After); waiting (retry 1 of 3)`,
      `GET ${s.url}/v2/ answered 429 and asked to wait 2 s (Retry-After); waiting (retry 2 of 3)`
    ])
  })

  it('backs off on 5xx with an HTML body, logs each retry, and gives up after the bound', async () => {
    const s = await serve((_req, res) =>
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end('<html><title>503 Service Unavailable</title></html>')
    )
    const { http, waits, infos } = transport({ maxRetries: 3 })
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/x/tags/list?last=a` })
    expect(res.status).toBe(503)
    expect(s.seen).toHaveLength(4)
    expect(waits).toHaveLength(3)
    expect(waits[2]!).toBeGreaterThanOrEqual(waits[0]!)
    expect(infos).toHaveLength(3)
    expect(infos[1]).toMatch(
      new RegExp(`^GET ${s.url}/v2/x/tags/list answered 503; retry 2 of 3 in \\d(\\.\\d)? s$`)
    )
  })

  it.each([
    [
      'than maxRetryAfterMs',
      '3600',
      undefined,
      /asked to wait 3600 s \(Retry-After\); that is longer than the 60 s/
    ],
    [
      'than the time left',
      '600',
      42_000,
      /asked to wait 600 s \(Retry-After\); only 4\d s left of the step's timeout/
    ]
  ] as [string, string, number | undefined, RegExp][])(
    'fails at once on a Retry-After longer %s, naming the wait',
    async (_, after, deadlineMs, message) => {
      const s = await serve((_req, res) => res.writeHead(429, { 'retry-after': after }).end())
      const deadline = deadlineMs === undefined ? undefined : new Deadline(deadlineMs)
      const { http, waits } = transport({ deadline })
      const failure = http.send({ method: 'GET', url: `${s.url}/v2/` })
      await expect(failure).rejects.toThrow(RetryAfterError)
      await expect(failure).rejects.toThrow(message)
      await expect(failure).rejects.toMatchObject({ temporary: true, response: { status: 429 } })
      expect(waits).toEqual([])
      expect(s.seen).toHaveLength(1)
    }
  )

  it('does not retry a 404', async () => {
    const s = await serve((_req, res) => res.writeHead(404).end())
    const { http } = transport()
    expect((await http.send({ method: 'GET', url: `${s.url}/x` })).status).toBe(404)
    expect(s.seen).toHaveLength(1)
  })

  it('retries a refused connection a bounded number of times, logging each, then says so', async () => {
    const port = await closedPort()
    const { http, waits, infos } = transport({ maxRetries: 2 })
    const failure = http.send({ method: 'GET', url: `http://127.0.0.1:${port}/v2/` })
    await expect(failure).rejects.toThrow(NetworkError)
    await expect(failure).rejects.toMatchObject({ code: 'ECONNREFUSED', temporary: true })
    expect(waits).toHaveLength(2)
    expect(infos[0]).toMatch(/ECONNREFUSED.*; retry 1 of 2 in /)
  })
})

describe('HttpTransport schemes', () => {
  it.each(['ftp', 'ws', 'file', 'javascript', 'data'])('refuses to request a %s: URL', async s => {
    const { http } = transport()
    const url =
      s === 'javascript'
        ? 'javascript:alert(1)'
        : s === 'data'
          ? 'data:,x'
          : `${s}://127.0.0.1/x?t=1`
    await expect(http.send({ method: 'GET', url })).rejects.toThrow(
      new RegExp(`^Refusing the request URL ${s}:.*the URL scheme '${s}' is refused`)
    )
    expect(http.requests).toBe(0)
  })

  // prettier-ignore
  it.each([
    ['ftp://{host}/stolen?token=t', /redirect from http:\/\/.*\/away to ftp:\/\/127\.0\.0\.1:\d+\/stolen: the URL scheme 'ftp' is refused/],
    ['ws://{host}/stolen', /to ws:\/\/127\.0\.0\.1:\d+\/stolen: the URL scheme 'ws'/],
    ['file:///etc/passwd', /to file:\/\/\/etc\/passwd: the URL scheme 'file'/],
    ['javascript:alert(document.cookie)', /to javascript:…: the URL scheme 'javascript'/],
    ['data:text/plain,hello', /to data:…: the URL scheme 'data'/]
  ])('refuses a redirect to %s, before sending anything there', async (location, message) => {
    const s = await serve((req, res) => {
      if (req.url === '/away') res.writeHead(302, { location: location.replace('{host}', s.host) }).end()
      else res.writeHead(200).end('followed')
    })
    const { http } = transport()
    const failure = http.send({ method: 'GET', url: `${s.url}/away`, headers: { Authorization: 'Bearer t' } })
    await expect(failure).rejects.toThrow(UnsafeRequestError)
    await expect(failure).rejects.toThrow(message)
    expect(s.seen.map(r => r.path)).toEqual(['/away'])
  })
})

describe('HttpTransport credentials', () => {
  it('refuses to send credentials over plain HTTP to a host that is not loopback', async () => {
    const { http } = transport()
    await expect(
      http.send({
        method: 'GET',
        url: 'http://registry.example.invalid/v2/',
        headers: { Authorization: 'Basic eDp5' }
      })
    ).rejects.toThrow(UnsafeRequestError)
    expect(http.requests).toBe(0)
  })

  it('drops Authorization on a redirect to another host, keeps it on the same host', async () => {
    const other = await serve((_req, res) => res.writeHead(200).end('other'))
    const s = await serve((req, res) => {
      if (req.url === '/same') res.writeHead(307, { location: '/final' }).end()
      else if (req.url === '/away')
        res.writeHead(302, { location: `http://localhost:${other.host.split(':')[1]}/blob` }).end()
      else res.writeHead(200).end('final')
    })
    const { http } = transport()
    const headers = { Authorization: 'Bearer secret-token' }
    await http.send({ method: 'GET', url: `${s.url}/same`, headers })
    expect(s.seen.map(r => r.authorization)).toEqual(['Bearer secret-token', 'Bearer secret-token'])
    const res = await http.send({ method: 'GET', url: `${s.url}/away`, headers })
    expect(res.body.toString()).toBe('other')
    expect(other.seen[0]?.authorization).toBeUndefined()
  })
})

describe('HttpTransport concurrency', () => {
  it('keeps at most 16 requests in flight in all, and 4 per host, across 20 hosts', async () => {
    let inFlight = 0
    let most = 0
    const perHost = new Map<string, number>()
    let mostPerHost = 0
    const hosts = await Promise.all(
      Array.from({ length: 20 }, () =>
        serve((req, res) => {
          const host = req.headers.host ?? ''
          perHost.set(host, (perHost.get(host) ?? 0) + 1)
          most = Math.max(most, ++inFlight)
          mostPerHost = Math.max(mostPerHost, perHost.get(host)!)
          setTimeout(() => {
            inFlight--
            perHost.set(host, perHost.get(host)! - 1)
            res.writeHead(200).end('ok')
          }, 40)
        })
      )
    )
    const { http } = transport()
    const urls = hosts.flatMap(s => Array.from({ length: 5 }, (_, i) => `http://${s.host}/v2/${i}`))
    const answers = await Promise.all(urls.map(url => http.send({ method: 'GET', url })))
    expect(answers.every(a => a.status === 200)).toBe(true)
    // A file naming 2,000 registries opened 1,317 requests at once before.
    expect(most).toBeLessThanOrEqual(16)
    expect(most).toBeGreaterThan(4)
    expect(mostPerHost).toBeLessThanOrEqual(4)
  })
})

describe('HttpTransport hosts', () => {
  it('tries HTTPS first on loopback, falls back to HTTP, and remembers', async () => {
    const s = await serve((_req, res) => res.writeHead(200).end('plain'))
    const { http } = transport()
    const first = await http.send({ method: 'GET', url: `https://${s.host}/v2/` })
    expect(first.url.startsWith('http://')).toBe(true)
    expect(s.clientErrors()).toBe(1) // the one TLS handshake
    const second = await http.send({ method: 'GET', url: `https://${s.host}/v2/x` })
    expect(second.body.toString()).toBe('plain')
    expect(s.clientErrors()).toBe(1) // remembered: no second handshake
    expect(http.requests).toBe(2)
  })

  it('learns the scheme once when many requests to the host start together', async () => {
    const s = await serve((_req, res) => res.writeHead(200).end('plain'))
    const { http } = transport()
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        http.send({ method: 'GET', url: `https://${s.host}/v2/${i}` })
      )
    )
    expect(answers.every(a => a.url.startsWith('http://'))).toBe(true)
    expect(s.clientErrors()).toBe(1)
  })
})

// Skipped only where ::1 cannot be bound (no IPv6 loopback on the machine).
const describeIpv6 = ipv6 ? describe : describe.skip
describeIpv6('HttpTransport at IPv6 literals', () => {
  it.each([
    ['http', 'GET'],
    ['https', 'GET'],
    ['https', 'HEAD']
  ] as [string, 'GET' | 'HEAD'][])(
    'reaches a registry at an IPv6 literal (%s, %s)',
    async (scheme, method) => {
      const s = await serve((req, res) => res.writeHead(200).end(`host ${req.headers.host}`), '::1')
      const port = s.host.slice(s.host.lastIndexOf(':') + 1)
      const { http } = transport({ maxRetries: 0 })
      const res = await http.send({ method, url: `${scheme}://[::1]:${port}/v2/` })
      expect(res.status).toBe(200)
      expect(res.url).toBe(`http://[::1]:${port}/v2/`)
      if (method === 'GET') expect(res.body.toString()).toBe(`host [::1]:${port}`)
    }
  )
})
