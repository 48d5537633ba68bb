/**
 * The HTTPS→HTTP fallback of hosts that may use plain HTTP, against a plain
 * HTTP server on loopback (the TLS handshake it gets is what a local
 * docker-registry without certificates gets), and which failures fall back.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { singleAttempt } from '../../src/transport/attempt.js'
import { ClientPool } from '../../src/transport/clients.js'
import { Deadline } from '../../src/transport/deadline.js'
import { NetworkError, networkError } from '../../src/transport/errors.js'
import { HostSchemes, mayFallBackToHttp, withSchemeFallback } from '../../src/transport/schemes.js'
import type { HttpRequest } from '../../src/transport/types.js'
import { answer } from './exchanges.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const servers: Scripted[] = []
const pools: ClientPool[] = []
afterEach(async () => {
  while (pools.length) pools.pop()!.dispose()
  while (servers.length) await servers.pop()!.close()
})

async function registry(): Promise<Scripted> {
  const server = await scriptedServer((_req, res) => {
    res.setHeader('docker-distribution-api-version', 'registry/2.0')
    res.end('{}')
  })
  servers.push(server)
  return server
}

/** A real exchange through a client pool; the URL that answered and its status. */
function exchanger() {
  const pool = new ClientPool({
    userAgent: 'registry-tags',
    socketTimeoutMs: 5000,
    insecureHosts: new Set()
  })
  pools.push(pool)
  return async (url: URL): Promise<string> => {
    try {
      const response = await pool.send(
        { method: 'GET', url: url.href },
        url,
        new AbortController().signal
      )
      await response.readBody()
      return `${response.message.statusCode} ${url.href}`
    } catch (error) {
      throw networkError(error, `GET ${url.href}`, url)
    }
  }
}

function schemes(mayUsePlainHttp: (host: string) => boolean = () => true) {
  const debug: string[] = []
  const log = { debug: (m: string) => void debug.push(m), info() {}, warning() {} }
  return { schemes: new HostSchemes(mayUsePlainHttp, log), debug }
}

describe('HostSchemes', () => {
  it('falls back to plain HTTP once, and remembers it for the host', async () => {
    const server = await registry()
    const { schemes: s, debug } = schemes()
    const exchange = exchanger()
    expect(await s.send(`https://${server.host}/v2/`, exchange)).toBe(
      `200 http://${server.host}/v2/`
    )
    expect(await s.send(`https://${server.host}/v2/_catalog`, exchange)).toBe(
      `200 http://${server.host}/v2/_catalog`
    )
    expect(server.clientErrors()).toBe(1)
    expect(debug).toEqual([
      expect.stringMatching(
        new RegExp(`^https://${server.host} failed \\(\\w+\\); trying plain HTTP$`)
      )
    ])
  })

  it('costs one TLS failure for many requests sent at once', async () => {
    const server = await registry()
    const { schemes: s } = schemes()
    const exchange = exchanger()
    const paths = ['library/python', 'library/nginx', 'team/app', 'team/api', 'library/redis']
    const answers = await Promise.all(
      paths.map(p => s.send(`https://${server.host}/v2/${p}/tags/list`, exchange))
    )
    expect(answers).toEqual(paths.map(p => `200 http://${server.host}/v2/${p}/tags/list`))
    expect(server.clientErrors()).toBe(1)
  })

  it('never tries plain HTTP for a host that may not use it', async () => {
    const server = await registry()
    const { schemes: s } = schemes(() => false)
    await expect(s.send(`https://${server.host}/v2/`, exchanger())).rejects.toBeInstanceOf(
      NetworkError
    )
    expect(server.seen).toEqual([])
  })

  it('sends http:// as it is', async () => {
    const server = await registry()
    const { schemes: s } = schemes()
    expect(await s.send(`${server.url}/v2/`, exchanger())).toBe(`200 ${server.url}/v2/`)
    expect(server.clientErrors()).toBe(0)
  })

  it('keeps HTTPS for a host that answered on it, and passes on other failures', async () => {
    const { schemes: s } = schemes()
    const asked: string[] = []
    const timeout = new NetworkError('GET timed out', {
      url: 'https://127.0.0.1:5000/v2/',
      code: 'ETIMEDOUT',
      temporary: true
    })
    let fail = false
    const exchange = async (url: URL) => {
      asked.push(url.href)
      if (fail) throw timeout
      return 'ok'
    }
    expect(await s.send('https://127.0.0.1:5000/v2/', exchange)).toBe('ok')
    fail = true
    await expect(s.send('https://127.0.0.1:5000/v2/_catalog', exchange)).rejects.toBe(timeout)
    // A timeout on a host still learning its scheme is no reason to try HTTP either.
    await expect(s.send('https://[::1]:5000/v2/', exchange)).rejects.toBe(timeout)
    expect(asked).toEqual([
      'https://127.0.0.1:5000/v2/',
      'https://127.0.0.1:5000/v2/_catalog',
      'https://[::1]:5000/v2/'
    ])
  })
})

describe('withSchemeFallback', () => {
  it('sends an https:// request to a plain-HTTP loopback registry over HTTP, and remembers', async () => {
    const server = await registry()
    const pool = new ClientPool({
      userAgent: 'registry-tags',
      socketTimeoutMs: 5000,
      insecureHosts: new Set()
    })
    pools.push(pool)
    let answered = 0
    const attempt = singleAttempt({
      clients: pool,
      idleTimeoutMs: 5000,
      maxBodyBytes: 1024,
      deadline: new Deadline(Infinity),
      onAnswered: () => void answered++
    })
    const send = withSchemeFallback(schemes().schemes)(attempt)
    const first = await send({ method: 'GET', url: `https://${server.host}/v2/` })
    expect(first).toMatchObject({ status: 200, url: `http://${server.host}/v2/` })
    expect(first.body.toString()).toBe('{}')
    const second = await send({ method: 'HEAD', url: `https://${server.host}/v2/a/manifests/1` })
    expect(second.url).toBe(`http://${server.host}/v2/a/manifests/1`)
    expect(server.seen.map(r => `${r.method} ${r.path}`)).toEqual([
      'GET /v2/',
      'HEAD /v2/a/manifests/1'
    ])
    expect([answered, server.clientErrors()]).toEqual([2, 1])
  })

  it('changes only the URL of the request it passes on', async () => {
    const seen: HttpRequest[] = []
    const refusedOverTls = async (request: HttpRequest) => {
      seen.push(request)
      if (request.url.startsWith('https:'))
        throw new NetworkError(`GET ${request.url} failed: connect ECONNREFUSED 127.0.0.1:5000`, {
          url: request.url,
          code: 'ECONNREFUSED',
          temporary: true
        })
      return answer(request, 200)
    }
    const request: HttpRequest = {
      method: 'GET',
      url: 'https://localhost:5000/v2/_catalog?n=100',
      headers: { Accept: 'application/json' },
      maxBodyBytes: 4096
    }
    const response = await withSchemeFallback(schemes().schemes)(refusedOverTls)(request)
    expect(response.url).toBe('http://localhost:5000/v2/_catalog?n=100')
    expect(seen).toEqual([request, { ...request, url: 'http://localhost:5000/v2/_catalog?n=100' }])
  })
})

describe('mayFallBackToHttp', () => {
  // prettier-ignore
  const CODES: [string, boolean][] = [
    ['ECONNREFUSED', true], ['ECONNRESET', true], ['EPIPE', true], ['EPROTO', true],
    ['ERR_SSL_WRONG_VERSION_NUMBER', true], ['ERR_SSL_PACKET_LENGTH_TOO_LONG', true],
    ['ETIMEDOUT', false], ['ENOTFOUND', false], ['CERT_HAS_EXPIRED', false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', false], ['ETOOLARGE', false], ['ETRUNCATED', false]
  ]
  it.each(CODES)('%s → %s', (code, expected) => {
    expect(mayFallBackToHttp(code)).toBe(expected)
  })
})
