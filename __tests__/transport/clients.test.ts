/**
 * The client pool against a scripted server on loopback: what reaches the
 * socket (method, path, headers a registry client sends, body), IPv6
 * literals, an aborted request, and one client per protocol and TLS mode.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingHttpHeaders } from 'node:http'
import { ClientPool } from '../../src/transport/clients.js'
import type { HttpRequest } from '../../src/transport/types.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const servers: Scripted[] = []
const pools: ClientPool[] = []
afterEach(async () => {
  while (pools.length) pools.pop()!.dispose()
  while (servers.length) await servers.pop()!.close()
})

function pool(insecureHosts: string[] = []): ClientPool {
  const made = new ClientPool({
    userAgent: 'registry-tags/1.0 (+https://github.com/owner/registry-tags)',
    socketTimeoutMs: 5000,
    insecureHosts: new Set(insecureHosts)
  })
  pools.push(made)
  return made
}

/** A server that answers with what it received: method, path, headers and body. */
async function echo(address = '127.0.0.1'): Promise<Scripted> {
  const server = await scriptedServer((req, res) => {
    let body = ''
    req.on('data', d => (body += d))
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ method: req.method, path: req.url, headers: req.headers, body }))
    })
  }, address)
  servers.push(server)
  return server
}

interface Echoed {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
}

async function send(p: ClientPool, request: HttpRequest, url = request.url): Promise<Echoed> {
  const response = await p.send(request, new URL(url), new AbortController().signal)
  return JSON.parse(await response.readBody()) as Echoed
}

// prettier-ignore
const REQUESTS: [string, (base: string) => HttpRequest, Partial<Echoed>, IncomingHttpHeaders][] = [
  ['a tags page', base => ({ method: 'GET', url: `${base}/v2/library/python/tags/list?n=1000&last=3.12.7` }),
    { method: 'GET', path: '/v2/library/python/tags/list?n=1000&last=3.12.7', body: '' }, {}],
  ['a manifest HEAD with its accept list', base => ({
    method: 'HEAD', url: `${base}/v2/library/python/manifests/3.14.7`,
    headers: { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json' }
  }), {}, { accept: 'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json' }],
  ['a token POST (OAuth2 password grant)', base => ({
    method: 'POST', url: `${base}/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=password&service=registry.docker.io&client_id=registry-tags&username=octo&password=s3cret'
  }), { method: 'POST', path: '/token', body: 'grant_type=password&service=registry.docker.io&client_id=registry-tags&username=octo&password=s3cret' },
  { 'content-type': 'application/x-www-form-urlencoded' }],
  ['a caller-chosen user agent wins', base => ({ method: 'GET', url: `${base}/v2/`, headers: { 'user-agent': 'docker/27.0' } }),
    { path: '/v2/' }, { 'user-agent': 'docker/27.0' }]
]

describe('ClientPool', () => {
  it.each(REQUESTS)('sends %s as asked', async (_name, make, expected, headers) => {
    const server = await echo()
    const request = make(server.url)
    if (request.method === 'HEAD') {
      const response = await pool().send(
        request,
        new URL(request.url),
        new AbortController().signal
      )
      expect(response.message.statusCode).toBe(200)
      expect(server.seen).toEqual([{ method: 'HEAD', path: '/v2/library/python/manifests/3.14.7' }])
      return
    }
    const echoed = await send(pool(), request)
    expect(echoed).toMatchObject(expected)
    expect(echoed.headers).toMatchObject({
      'user-agent': 'registry-tags/1.0 (+https://github.com/owner/registry-tags)',
      host: server.host,
      ...headers
    })
  })

  it('reaches an IPv6 literal: [::1] is no name to resolve', async () => {
    let server: Scripted
    try {
      server = await echo('::1')
    } catch {
      return // no IPv6 loopback on this machine
    }
    const port = server.host.slice('::1:'.length)
    const echoed = await send(pool(), { method: 'GET', url: `http://[::1]:${port}/v2/` })
    expect(echoed.path).toBe('/v2/')
    expect(echoed.headers.host).toBe(`[::1]:${port}`)
  })

  it('stops a request when its signal aborts', async () => {
    const server = await scriptedServer(() => undefined) // never answers
    servers.push(server)
    const abort = new AbortController()
    const sent = pool().send(
      { method: 'GET', url: server.url },
      new URL(`${server.url}/v2/`),
      abort.signal
    )
    setTimeout(() => abort.abort(), 50)
    await expect(sent).rejects.toThrow(/abort/i)
  })

  it('keeps the connection alive between requests to one host', async () => {
    const server = await echo()
    const p = pool()
    const first = await send(p, { method: 'GET', url: `${server.url}/v2/` })
    await send(p, { method: 'GET', url: `${server.url}/v2/_catalog` })
    expect(first.headers.connection).toBe('keep-alive')
    expect(server.seen.map(s => s.path)).toEqual(['/v2/', '/v2/_catalog'])
  })
})
