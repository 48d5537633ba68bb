/**
 * One token service per run, shared by every session: tokens cached per
 * realm, service, scopes and credential; concurrent askers share one
 * request; failures are not cached and say whether they are temporary.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { HttpTransport } from '../../src/transport/http.js'
import { RegistrySession } from '../../src/transport/session.js'
import { TokenError, TokenService } from '../../src/transport/tokens.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const SCOPE = 'repository:a/b:pull'
const basic = (username: string, password: string): Credential => ({
  kind: 'basic',
  username,
  password,
  source: 'test'
})

const open: Scripted[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (open.length) await open.pop()!.close()
  while (transports.length) transports.pop()!.dispose()
})

function transport(timeoutMs = 2_000): HttpTransport {
  const http = new HttpTransport({ idleTimeoutMs: timeoutMs, maxRetries: 0, maxRetryAfterMs: 0 })
  transports.push(http)
  return http
}

/** A token server that answers slowly enough for askers to overlap; `fail` statuses come first. */
async function tokenServer(fail: number[] = [], delayMs = 50): Promise<Scripted> {
  const s = await scriptedServer((_req: IncomingMessage, res: ServerResponse, count) => {
    const status = fail[count - 1]
    setTimeout(() => {
      if (status === 0) return // never answers
      if (status) return void res.writeHead(status).end('{"errors":[]}')
      res.end(JSON.stringify({ token: `t${count}`, expires_in: 300 }))
    }, delayMs)
  })
  open.push(s)
  return s
}

const request = (s: Scripted) => ({ realm: `${s.url}/token`, service: 'svc', scopes: [SCOPE] })

describe('TokenService', () => {
  it('fetches one token for many requests when the registry clock is ten minutes behind', async () => {
    const s = await scriptedServer((_req, res, count) => {
      const issuedAt = new Date(Date.now() - 600_000).toISOString()
      res.end(JSON.stringify({ token: `t${count}`, expires_in: 300, issued_at: issuedAt }))
    })
    open.push(s)
    const tokens = new TokenService(transport(), () => {})
    for (let i = 0; i < 7; i++) await tokens.get(request(s), ANONYMOUS)
    expect(tokens.fetched).toBe(1)
    expect(s.seen).toHaveLength(1)
  })

  it('makes one request for concurrent askers of the same token', async () => {
    const s = await tokenServer()
    const tokens = new TokenService(transport(), () => {})
    const got = await Promise.all([1, 2, 3].map(() => tokens.get(request(s), ANONYMOUS)))
    expect(got.map(t => t.value)).toEqual(['t1', 't1', 't1'])
    expect(s.seen).toHaveLength(1)
    expect(tokens.fetched).toBe(1)
  })

  it('does not cache a failure: the next asker tries again', async () => {
    const s = await tokenServer([503])
    const tokens = new TokenService(transport(), () => {})
    const failed = await Promise.allSettled([1, 2].map(() => tokens.get(request(s), ANONYMOUS)))
    expect(failed.map(r => r.status)).toEqual(['rejected', 'rejected'])
    expect(s.seen).toHaveLength(1)
    expect((await tokens.get(request(s), ANONYMOUS)).value).toBe('t2')
  })

  it('keeps tokens apart for the same user name with another password', async () => {
    const s = await tokenServer()
    const tokens = new TokenService(transport(), () => {})
    const right = await tokens.get(request(s), basic('alice', 'right'))
    const wrong = await tokens.get(request(s), basic('alice', 'wrong'))
    expect([right.value, wrong.value]).toEqual(['t1', 't2'])
    expect(s.seen).toHaveLength(2)
  })

  // prettier-ignore
  it.each([
    [503, true],
    [429, true],
    [401, false],
    [403, false]
  ])('a %d from the token service is a TokenError, temporary: %s', async (status, temporary) => {
    const s = await tokenServer([status])
    const tokens = new TokenService(transport(), () => {})
    const error = await tokens.get(request(s), ANONYMOUS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TokenError)
    expect(error).toMatchObject({ status, temporary })
  })

  it('a token service that does not answer is a temporary TokenError with the cause', async () => {
    const s = await tokenServer([0])
    const tokens = new TokenService(transport(300), () => {})
    const error = (await tokens.get(request(s), ANONYMOUS).catch((e: unknown) => e)) as TokenError
    expect(error).toBeInstanceOf(TokenError)
    expect(error.temporary).toBe(true)
    expect(error.message).toMatch(/token service .*did not answer|timed out/)
    expect(error.cause).toBeInstanceOf(Error)
  })
})

describe('sessions sharing one token service', () => {
  /** A registry whose realm is `tokens`; it accepts any token that server issued. */
  async function registry(tokens: Scripted): Promise<Scripted> {
    const s = await scriptedServer((req, res) => {
      if (req.headers.authorization?.startsWith('Bearer t')) return void res.end('{"tags":[]}')
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="${tokens.url}/token",service="svc",scope="${SCOPE}"`
        })
        .end()
    })
    open.push(s)
    return s
  }

  it('two lookups started together on a fresh session fetch one token', async () => {
    const t = await tokenServer()
    const r = await registry(t)
    const http = transport()
    const session = new RegistrySession(http, new TokenService(http, () => {}), ANONYMOUS)
    const get = () => session.send({ method: 'GET', url: `${r.url}/v2/a/b/tags/list` }, SCOPE)
    const [a, b] = await Promise.all([get(), get()])
    expect([a.status, b.status]).toEqual([200, 200])
    expect(t.seen).toHaveLength(1)
  })

  it('a second session with the same credential reuses the first one’s token', async () => {
    const t = await tokenServer()
    const r = await registry(t)
    const http = transport()
    const tokens = new TokenService(http, () => {})
    for (const session of [1, 2].map(() => new RegistrySession(http, tokens, ANONYMOUS))) {
      const res = await session.send({ method: 'GET', url: `${r.url}/v2/a/b/tags/list` }, SCOPE)
      expect(res.status).toBe(200)
    }
    expect(t.seen).toHaveLength(1)
  })

  it('one session serves several repositories of its registry (scope per call)', async () => {
    const t = await tokenServer()
    const r = await registry(t)
    const http = transport()
    const session = new RegistrySession(http, new TokenService(http, () => {}), ANONYMOUS)
    for (const repo of ['a/b', 'c/d', 'a/b']) {
      const res = await session.send(
        { method: 'GET', url: `${r.url}/v2/${repo}/tags/list` },
        `repository:${repo}:pull`
      )
      expect(res.status).toBe(200)
    }
    const scopes = t.seen.map(q => new URL(q.path, t.url).searchParams.getAll('scope'))
    expect(scopes).toEqual([[SCOPE], ['repository:c/d:pull']])
  })
})
