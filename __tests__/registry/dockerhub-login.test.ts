/**
 * The Docker Hub API session alone, against scripted servers on loopback
 * that answer as hub.docker.com does: both logins, two-factor accounts,
 * refusals, rate limits (its X-RateLimit-* and X-Retry-After headers), and
 * every token it gets handed to onSecret before use.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { HubSession } from '../../src/registry/dockerhub-login.js'
import { RegistryError } from '../../src/registry/failures.js'
import { HttpTransport } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const PAT = 'dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c'
const JWT_TOKEN = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvY3RvIn0.c2lnbmF0dXJl'
const closers: { close(): Promise<void> }[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (transports.length) transports.pop()!.dispose()
  while (closers.length) await closers.pop()!.close()
})

const octo: Credential = {
  kind: 'basic',
  username: 'octo',
  password: PAT,
  source: "the 'username' and 'password' inputs"
}

type Answer = [status: number, body: unknown, headers?: Record<string, string>]

/** A Hub stand-in answering each path from `answers`; 404 for any other. */
async function hubApi(answers: Record<string, Answer>): Promise<Scripted> {
  const server = await scriptedServer((req: IncomingMessage, res: ServerResponse) => {
    const [status, body, headers = {}] = answers[`${req.method} ${req.url}`] ?? [
      404,
      { detail: 'Not Found' }
    ]
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  })
  closers.push(server)
  return server
}

function session(server: Scripted, credential: Credential = octo) {
  const secrets: string[] = []
  const logged: string[] = []
  const http = new HttpTransport({
    idleTimeoutMs: 5000,
    maxRetries: 0,
    maxRetryAfterMs: 0,
    sleep: async () => {}
  })
  transports.push(http)
  const hub = new HubSession({
    http,
    credential,
    baseUrl: server.url,
    onSecret: s => void secrets.push(s),
    log: {
      debug() {},
      info: m => void logged.push(m),
      warning: m => void logged.push(`warning: ${m}`)
    }
  })
  return { hub, secrets, logged }
}

/** What the next GET carried as Authorization, after a login. */
async function authorizationAfterLogin(
  server: Scripted,
  hub: HubSession
): Promise<string | undefined> {
  await hub.login()
  await hub.get(`${server.url}/v2/namespaces/acme/repositories`, hub.context('list', 'acme'))
  return server.seen.at(-1)?.authorization
}

// prettier-ignore
const LOGINS: [string, Record<string, Answer>, string, string[]][] = [
  ['the token endpoint', { 'POST /v2/auth/token': [200, { access_token: JWT_TOKEN }] }, `Bearer ${JWT_TOKEN}`, ['/v2/auth/token']],
  ['the older login where the token endpoint is missing', {
    'POST /v2/auth/token': [404, { detail: 'Not Found' }],
    'POST /v2/users/login': [200, { token: JWT_TOKEN, refresh_token: 'r' }]
  }, `JWT ${JWT_TOKEN}`, ['/v2/auth/token', '/v2/users/login']],
  ['the older login on 405', {
    'POST /v2/auth/token': [405, ''],
    'POST /v2/users/login': [200, { token: JWT_TOKEN }]
  }, `JWT ${JWT_TOKEN}`, ['/v2/auth/token', '/v2/users/login']]
]

describe('HubSession.login', () => {
  it.each(LOGINS)('through %s', async (_name, answers, authorization, posted) => {
    const server = await hubApi(answers)
    const { hub, secrets } = session(server)
    expect(await authorizationAfterLogin(server, hub)).toBe(authorization)
    expect(server.seen.filter(s => s.method === 'POST').map(s => s.path)).toEqual(posted)
    // The token is a secret from the moment it arrives; the password was one before.
    expect(secrets).toEqual([JWT_TOKEN])
    expect(hub.anonymous).toBe(false)
  })

  it('sends no login for anonymous, and nothing the Hub API cannot take for a registry token', async () => {
    const server = await hubApi({})
    expect(await authorizationAfterLogin(server, session(server, ANONYMOUS).hub)).toBeUndefined()
    const bearer: Credential = {
      kind: 'bearer',
      token: 'registry-token',
      source: 'the docker config'
    }
    const { hub, logged } = session(server, bearer)
    expect(await authorizationAfterLogin(server, hub)).toBeUndefined()
    expect(logged).toEqual([
      expect.stringMatching(/^warning: .*registry token, which the Docker Hub API does not take/)
    ])
    expect(server.seen.every(s => s.method === 'GET')).toBe(true)
  })

  // prettier-ignore
  const REFUSALS: [string, Record<string, Answer>, string, RegExp][] = [
    ['a wrong token', { 'POST /v2/auth/token': [401, { message: 'incorrect username or password', errinfo: {} }] },
      'unauthorized', /answered 401 \(incorrect username or password\)\. It refused the .* for user 'octo'/],
    ['a two-factor account on the older login', {
      'POST /v2/auth/token': [404, {}],
      'POST /v2/users/login': [401, { detail: 'Require secondary authentication on MFA enabled account', login_2fa_token: 'eyJ2fa' }]
    }, 'unauthorized', /two-factor authentication.*personal access token/],
    ['a 200 that is not JSON', { 'POST /v2/auth/token': [200, '<html>maintenance</html>'] }, 'protocol', /not a JSON object/],
    ['a token with spaces in it', { 'POST /v2/auth/token': [200, { access_token: 'not a token' }] }, 'protocol', /no usable 'access_token'/],
    ['rate limited', { 'POST /v2/auth/token': [429, { detail: 'Too Many Requests' }, { 'x-ratelimit-limit': '180', 'retry-after': '60' }] },
      'rate-limited', /rate limited \(429\)\. The limit is 180 requests per window\. It resets at .*Logging in raises the limit\./],
    ['a server failure', { 'POST /v2/auth/token': [503, { detail: 'Service Unavailable' }] }, 'server', /answered 503 \(Service Unavailable\)\. Docker Hub kept failing/]
  ]
  it.each(REFUSALS)('explains %s', async (_name, answers, kind, message) => {
    const server = await hubApi(answers)
    const { hub } = session(server)
    const error = await hub.login().then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as RegistryError).kind).toBe(kind)
    expect((error as RegistryError).message).toMatch(message)
    expect((error as RegistryError).message).not.toContain(PAT)
  })
})

describe('HubSession.failure and rateLimited', () => {
  const listing = (hub: HubSession) =>
    hub.context('list the repositories of docker.io/acme', 'acme')

  // prettier-ignore
  const ANSWERS: [string, Answer, boolean, string, RegExp][] = [
    ['401 anonymous', [401, { detail: 'Authentication credentials were not provided.' }], true, 'unauthorized', /It wants a login/],
    ['403 logged in', [403, { detail: 'You do not have permission to perform this action.' }], false, 'denied', /may see namespace 'acme'/],
    ['404', [404, { message: 'object not found', errinfo: { namespace: 'acme' } }], false, 'unexpected', /answered 404 \(object not found\)/],
    // The Hub's words are untrusted: an echo of the password is not quoted.
    ['a body echoing the password', [400, { message: `bad password ${PAT}` }], false, 'unexpected', /answered 400\. This is not an answer/],
    ['429 with X-Retry-After', [429, '', { 'x-retry-after': '4102444800', 'x-ratelimit-limit': '180' }], false, 'rate-limited', /The limit is 180 requests per window\. It resets at 2100-01-01T00:00:00/],
    ['429 with X-RateLimit-Reset only', [429, '', { 'x-ratelimit-reset': '4102444800' }], true, 'rate-limited', /It resets at 2100-01-01T00:00:00.*Logging in raises the limit\./]
  ]
  it.each(ANSWERS)('%s', async (_name, [status, body, headers = {}], anonymous, kind, message) => {
    const server = await hubApi({ 'GET /v2/namespaces/acme/repositories': [status, body, headers] })
    const { hub } = session(server, anonymous ? ANONYMOUS : octo)
    const response = await hub.get(`${server.url}/v2/namespaces/acme/repositories`, listing(hub))
    const error = hub.failure(response, listing(hub))
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(
      /^Could not list the repositories of docker.io\/acme on Docker Hub \(127\.0\.0\.1:\d+\)/
    )
  })
})
