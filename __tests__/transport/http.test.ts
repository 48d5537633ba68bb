import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { NetworkError, UnsafeRequestError } from '../../src/transport/errors.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { TransportOptions } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const servers: Scripted[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()!.close()
})

function transport(options: Partial<TransportOptions> = {}): {
  http: HttpTransport
  waits: number[]
} {
  const waits: number[] = []
  const http = new HttpTransport({
    timeoutMs: 2000,
    maxRetries: 3,
    maxRetryAfterMs: 60_000,
    sleep: async ms => {
      waits.push(ms)
    },
    ...options
  })
  return { http, waits }
}

async function serve(handle: Parameters<typeof scriptedServer>[0]): Promise<Scripted> {
  const s = await scriptedServer(handle)
  servers.push(s)
  return s
}

describe('HttpTransport retries', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    const s = await serve((_req, res, n) => {
      if (n <= 2)
        res.writeHead(429, { 'retry-after': '2' }).end('{"errors":[{"code":"TOOMANYREQUESTS"}]}')
      else res.writeHead(200).end('ok')
    })
    const { http, waits } = transport()
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/` })
    expect(res.status).toBe(200)
    expect(waits).toEqual([2000, 2000])
    expect(http.requests).toBe(3)
    http.dispose()
  })

  it('backs off on 5xx with an HTML body and gives up after the bound', async () => {
    const s = await serve((_req, res) =>
      res
        .writeHead(502, { 'content-type': 'text/html' })
        .end('<html><title>502 Bad Gateway</title></html>')
    )
    const { http, waits } = transport({ maxRetries: 3 })
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/` })
    expect(res.status).toBe(502)
    expect(s.seen).toHaveLength(4)
    expect(waits).toHaveLength(3)
    expect(waits[2]!).toBeGreaterThanOrEqual(waits[0]!)
    http.dispose()
  })

  it('does not wait for a Retry-After longer than it allows', async () => {
    const s = await serve((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end())
    const { http, waits } = transport({ maxRetryAfterMs: 60_000 })
    const res = await http.send({ method: 'GET', url: `${s.url}/v2/` })
    expect(res.status).toBe(429)
    expect(waits).toEqual([])
    http.dispose()
  })

  it('does not retry a 404', async () => {
    const s = await serve((_req, res) => res.writeHead(404).end())
    const { http } = transport()
    expect((await http.send({ method: 'GET', url: `${s.url}/x` })).status).toBe(404)
    expect(s.seen).toHaveLength(1)
    http.dispose()
  })
})

describe('HttpTransport failures', () => {
  it('retries a refused connection a bounded number of times, then says so', async () => {
    const port = await new Promise<number>(resolve => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port
        srv.close(() => resolve(p))
      })
    })
    const { http, waits } = transport({ maxRetries: 2 })
    await expect(http.send({ method: 'GET', url: `http://127.0.0.1:${port}/v2/` })).rejects.toThrow(
      NetworkError
    )
    expect(waits).toHaveLength(2)
    http.dispose()
  })

  it('times out a server that never answers', async () => {
    const sockets: import('node:net').Socket[] = []
    const silent = createServer(socket => void sockets.push(socket))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as AddressInfo).port
    const { http } = transport({ timeoutMs: 300, maxRetries: 1 })
    const started = Date.now()
    await expect(http.send({ method: 'GET', url: `http://127.0.0.1:${port}/v2/` })).rejects.toThrow(
      /timed out/
    )
    expect(Date.now() - started).toBeLessThan(5000)
    http.dispose()
    for (const socket of sockets) socket.destroy()
    await new Promise(resolve => silent.close(resolve))
  })

  it('times out a body that drips forever', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200)
      const timer = setInterval(() => res.write(' '), 50)
      res.on('close', () => clearInterval(timer))
    })
    const { http } = transport({ timeoutMs: 400, maxRetries: 0 })
    await expect(http.send({ method: 'GET', url: `${s.url}/v2/` })).rejects.toThrow(
      /timed out after 0.4 s/
    )
    http.dispose()
  })
})

describe('HttpTransport safety', () => {
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
    http.dispose()
  })

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
    http.dispose()
  })
})
