/**
 * Where a session may send credentials: only to the registry's own host and
 * to a realm its own challenge named, over a scheme that can carry them.
 * Scripted servers on loopback (127.0.0.2 plays "another host").
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { ActionError } from '../../src/errors.js'
import { HttpTransport } from '../../src/transport/http.js'
import { RegistrySession } from '../../src/transport/session.js'
import { TokenService } from '../../src/transport/tokens.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const ALICE: Credential = { kind: 'basic', username: 'alice', password: 's3cret', source: 'test' }
const REFRESH: Credential = { kind: 'identity-token', token: 'refresh-1', source: 'test' }
const ALICE_BASIC = Buffer.from('alice:s3cret').toString('base64')
const SCOPE = 'repository:a/b:pull'

const open: { close(): Promise<void> }[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (open.length) await open.pop()!.close()
  while (transports.length) transports.pop()!.dispose()
})

async function server(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  address = '127.0.0.1'
): Promise<Scripted> {
  const s = await scriptedServer(handle, address)
  open.push(s)
  return s
}

function rig(credential: Credential) {
  const http = new HttpTransport({
    idleTimeoutMs: 2_000,
    maxRetries: 0,
    maxRetryAfterMs: 0,
    sleep: async () => {}
  })
  transports.push(http)
  const secrets: string[] = []
  const tokens = new TokenService(http, s => void secrets.push(s))
  const session = new RegistrySession(http, tokens, credential, undefined, s => {
    secrets.push(s)
  })
  return { http, tokens, session, secrets }
}

const challenging = (challenge: string) => (_req: IncomingMessage, res: ServerResponse) =>
  void res.writeHead(401, { 'www-authenticate': challenge }).end()

describe('realm URLs', () => {
  // prettier-ignore
  it.each([
    ['ftp:', 'ftp://127.0.0.1:1/token', ALICE],
    ['ws:', 'ws://127.0.0.1:1/token', ALICE],
    ['file:', 'file:///etc/passwd', ALICE],
    ['javascript:', 'javascript:alert(1)', ALICE],
    ['ftp:', 'ftp://127.0.0.1:1/token', ANONYMOUS]
  ])('refuses a realm with the scheme %s (%s)', async (scheme, realm, credential) => {
    const registry = await server(challenging(`Bearer realm="${realm}",service="s"`))
    const { session, tokens } = rig(credential)
    const sent = session.send({ method: 'GET', url: `${registry.url}/v2/a/b/tags/list` }, SCOPE)
    await expect(sent).rejects.toBeInstanceOf(ActionError)
    await expect(sent).rejects.toThrow(registry.host)
    await expect(sent).rejects.toThrow(`'${scheme.slice(0, -1)}'`)
    expect(tokens.fetched).toBe(0)
  })

  it.each([
    ['Basic credentials', ALICE],
    ['a refresh token (POSTed, no Authorization header)', REFRESH]
  ])('refuses to send %s to a plain-HTTP realm on another host', async (_name, credential) => {
    const realm = 'http://auth.plain-http.test/token'
    const registry = await server(challenging(`Bearer realm="${realm}",service="s"`))
    const { session, tokens } = rig(credential)
    const sent = session.send({ method: 'GET', url: `${registry.url}/v2/a/b/tags/list` }, SCOPE)
    await expect(sent).rejects.toThrow(
      /Refusing to send credentials over plain HTTP to auth\.plain-http\.test/
    )
    await expect(sent).rejects.toThrow(registry.host)
    expect(tokens.fetched).toBe(0)
  })

  it('the token service itself never POSTs a refresh token over plain HTTP to another host', async () => {
    const { tokens } = rig(REFRESH)
    const realm = 'http://auth.plain-http.test/token'
    await expect(tokens.get({ realm, scopes: [SCOPE] }, REFRESH)).rejects.toThrow(
      /Refusing to send credentials over plain HTTP to auth\.plain-http\.test/
    )
    expect(tokens.fetched).toBe(0)
  })

  it('refuses a link-local realm (cloud metadata) named by another host', async () => {
    const registry = await server(
      challenging('Bearer realm="https://169.254.169.254/latest/token",service="s"')
    )
    const { session, tokens } = rig(ANONYMOUS)
    await expect(
      session.send({ method: 'GET', url: `${registry.url}/v2/a/b/tags/list` }, SCOPE)
    ).rejects.toThrow(/Refusing .*169\.254\.169\.254/)
    expect(tokens.fetched).toBe(0)
  })
})

describe('a 401 from the host a redirect led to', () => {
  /** 127.0.0.2 challenges with its own realm, on itself. */
  async function foreignHost(scheme: 'basic' | 'bearer'): Promise<Scripted> {
    let self = ''
    const other = await server((req, res) => {
      if (req.url?.startsWith('/token')) return void res.end('{"token":"foreign"}')
      const challenge =
        scheme === 'basic' ? 'Basic realm="other"' : `Bearer realm="${self}/token",service="other"`
      res.writeHead(401, { 'www-authenticate': challenge }).end()
    }, '127.0.0.2')
    self = other.url
    return other
  }

  it.each(['basic', 'bearer'] as const)(
    'is not answered with the credentials (%s challenge), and the 401 is returned',
    async scheme => {
      const other = await foreignHost(scheme)
      const registry = await server((req, res) => {
        res.writeHead(307, { location: `${other.url}${req.url}` }).end()
      })
      const { session, tokens } = rig(ALICE)
      const res = await session.send(
        { method: 'GET', url: `${registry.url}/v2/a/b/tags/list` },
        SCOPE
      )
      expect(res.status).toBe(401)
      expect(res.foreignChallenge).toBe(other.host) // for the error message
      expect(other.seen.filter(r => r.authorization)).toEqual([])
      expect(other.seen.filter(r => r.path.startsWith('/token'))).toEqual([])
      expect(registry.seen).toHaveLength(1) // nothing answered, nothing resent
      expect(tokens.fetched).toBe(0)
    }
  )

  it('is not answered even after the registry itself accepted a token', async () => {
    const other = await foreignHost('bearer')
    let self = ''
    const registry = await server((req, res) => {
      if (req.url?.startsWith('/token')) return void res.end('{"token":"mine"}')
      if (req.headers.authorization !== 'Bearer mine')
        return void res
          .writeHead(401, { 'www-authenticate': `Bearer realm="${self}/token",service="s"` })
          .end()
      res.writeHead(302, { location: `${other.url}${req.url}` }).end()
    })
    self = registry.url
    const { session, tokens } = rig(ALICE)
    const res = await session.send(
      { method: 'GET', url: `${registry.url}/v2/a/b/tags/list` },
      SCOPE
    )
    expect(res.status).toBe(401)
    expect(tokens.fetched).toBe(1) // the registry's own realm only
    expect(other.seen.filter(r => r.authorization)).toEqual([])
    expect(other.seen.filter(r => r.path.startsWith('/token'))).toEqual([])
  })
})

describe('masking the derived Basic credential', () => {
  it('hands base64(user:password) to onSecret before a Basic answer', async () => {
    const registry = await server((req, res) => {
      if (req.headers.authorization === `Basic ${ALICE_BASIC}`) return void res.end('{}')
      res.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end()
    })
    const { session, secrets } = rig(ALICE)
    const res = await session.send(
      { method: 'GET', url: `${registry.url}/v2/a/b/tags/list` },
      SCOPE
    )
    expect(res.status).toBe(200)
    expect(secrets).toContain(ALICE_BASIC)
  })

  it('hands base64(user:password) to onSecret before the token GET', async () => {
    let self = ''
    const registry = await server((req, res) => {
      if (req.url?.startsWith('/token')) return void res.end('{"token":"t"}')
      if (req.headers.authorization === 'Bearer t') return void res.end('{}')
      res.writeHead(401, { 'www-authenticate': `Bearer realm="${self}/token",service="s"` }).end()
    })
    self = registry.url
    const secrets: string[] = []
    const http = new HttpTransport({ idleTimeoutMs: 2_000, maxRetries: 0, maxRetryAfterMs: 0 })
    transports.push(http)
    // The token service on its own, as a run shares it between sessions.
    const tokens = new TokenService(http, s => void secrets.push(s))
    await tokens.get({ realm: `${registry.url}/token`, service: 's', scopes: [SCOPE] }, ALICE)
    const basic = registry.seen.find(r => r.path.startsWith('/token'))?.authorization
    expect(basic).toBe(`Basic ${ALICE_BASIC}`)
    expect(secrets).toEqual(expect.arrayContaining([ALICE_BASIC, 't']))
  })
})
