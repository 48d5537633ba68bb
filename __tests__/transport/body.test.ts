/**
 * Response bodies: capped in size (announced or streamed), failed at once
 * when cut short, and read to their end so keep-alive sockets are reused.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { formatBytes } from '../../src/transport/body.js'
import { NetworkError } from '../../src/transport/errors.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { TransportOptions } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const servers: Scripted[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (transports.length) transports.pop()!.dispose()
  while (servers.length) await servers.pop()!.close()
})

function transport(options: TransportOptions = {}): HttpTransport {
  const http = new HttpTransport({
    idleTimeoutMs: 5000,
    maxRetries: 3,
    sleep: async () => {},
    ...options
  })
  transports.push(http)
  return http
}

async function serve(handle: Parameters<typeof scriptedServer>[0]): Promise<Scripted> {
  const s = await scriptedServer(handle)
  servers.push(s)
  return s
}

/** Writes 64 KiB chunks until the client goes away; resolves `closed` when it does. */
function endless(res: ServerResponse, onClose: () => void): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(64 * 1024, 'a')
  const timer = setInterval(() => res.write(chunk), 1)
  res.on('close', () => {
    clearInterval(timer)
    onClose()
  })
}

describe('body cap', () => {
  it('refuses an announced Content-Length over the cap before reading it', async () => {
    const s = await serve((_req, res) =>
      res.writeHead(200, { 'content-length': '5000' }).end(Buffer.alloc(5000))
    )
    const failure = transport({ maxBodyBytes: 1000 }).send({ method: 'GET', url: `${s.url}/v2/` })
    await expect(failure).rejects.toThrow(
      `GET ${s.url}/v2/ answered more than 1000 bytes; refusing to read a response that large.`
    )
    await expect(failure).rejects.toMatchObject({ code: 'ETOOLARGE', temporary: false })
    expect(s.seen).toHaveLength(1) // not retried
  })

  it('aborts an endless chunked body as soon as it passes the cap', async () => {
    let closed = false
    const s = await serve((_req, res) => endless(res, () => (closed = true)))
    const started = Date.now()
    const failure = transport({ maxBodyBytes: 1024 * 1024 }).send({
      method: 'GET',
      url: `${s.url}/v2/x/tags/list`
    })
    await expect(failure).rejects.toThrow(/answered more than 1 MiB; refusing/)
    await expect(failure).rejects.toBeInstanceOf(NetworkError)
    expect(Date.now() - started).toBeLessThan(3000)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(closed).toBe(true) // the socket was destroyed, not drained
    expect(s.seen).toHaveLength(1)
  })

  it('reads a body exactly at the cap, and a HEAD announcing more than the cap', async () => {
    const s = await serve((req, res) =>
      req.method === 'HEAD'
        ? res.writeHead(200, { 'content-length': String(1 << 30) }).end()
        : res.writeHead(200).end(Buffer.alloc(1000, 'x'))
    )
    const http = transport({ maxBodyBytes: 1000 })
    expect((await http.send({ method: 'GET', url: `${s.url}/a` })).body).toHaveLength(1000)
    const head = await http.send({ method: 'HEAD', url: `${s.url}/a` })
    expect(head.headers['content-length']).toBe(String(1 << 30))
  })
})

describe('truncated body', () => {
  it('fails at once, without retrying, when the server closes before Content-Length', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' })
      res.write('{"name":"a/b","tags":[', () => res.socket?.destroy())
    })
    const started = Date.now()
    const failure = transport({ idleTimeoutMs: 2000 }).send({ method: 'GET', url: `${s.url}/v2/` })
    await expect(failure).rejects.toThrow(
      `GET ${s.url}/v2/ answered with a truncated body: the connection closed after 22 bytes of the 100 announced.`
    )
    await expect(failure).rejects.toMatchObject({ code: 'ETRUNCATED', temporary: false })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(s.seen).toHaveLength(1)
  })

  it('fails at once on a chunked body cut before its last chunk', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200)
      res.write('partial', () => res.socket?.destroy())
    })
    const failure = transport().send({ method: 'GET', url: `${s.url}/v2/` })
    await expect(failure).rejects.toMatchObject({ code: 'ETRUNCATED' })
    expect(s.seen).toHaveLength(1)
  })
})

describe('keep-alive', () => {
  it('reuses one connection for requests whose bodies were read to the end', async () => {
    const ports = new Set<number>()
    const s = await serve((req, res) => {
      ports.add(req.socket.remotePort!)
      res.writeHead(200).end(JSON.stringify({ tags: ['a', 'b'] }))
    })
    const http = transport()
    for (const path of ['/1', '/2', '/3']) {
      expect(
        JSON.parse((await http.send({ method: 'GET', url: s.url + path })).body.toString())
      ).toEqual({
        tags: ['a', 'b']
      })
    }
    expect(ports.size).toBe(1)
  })
})

describe('formatBytes', () => {
  it.each([
    [12, '12 bytes'],
    [1536, '1.5 KiB'],
    [64 * 1024 * 1024, '64 MiB'],
    [3 * 1024 ** 3, '3 GiB']
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})
