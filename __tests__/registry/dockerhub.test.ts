/**
 * Docker Hub namespace listing against the Hub API stand-in (lab/hub-api.mjs)
 * and scripted hostile servers on 127.0.0.1, through the real transport:
 * paging by `next`, both endpoints, both logins, unknown namespaces, and
 * every answer checked before use.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { startHubApi } from '../../lab/hub-api.mjs'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import type { HubOptions } from '../../src/registry/dockerhub-login.js'
import { listHubNamespace } from '../../src/registry/dockerhub.js'
import { RegistryError } from '../../src/registry/failures.js'
import { HttpTransport } from '../../src/transport/http.js'
import { scriptedServer } from '../helpers/servers.js'

const PASSWORD = 'dckr_pat_s3cret-Pass'
const closers: { close(): Promise<void> }[] = []
const transports: HttpTransport[] = []
afterEach(async () => {
  while (transports.length) transports.pop()!.dispose()
  while (closers.length) await closers.pop()!.close()
})

const basic = (username: string, password = PASSWORD): Credential => ({
  kind: 'basic',
  username,
  password,
  source: "the 'username' and 'password' inputs"
})

/** A listing's options and what it told the log and onSecret. */
function hubOptions(baseUrl: string, credential: Credential = ANONYMOUS, maxPages?: number) {
  const secrets: string[] = []
  const warnings: string[] = []
  const infos: string[] = []
  const http = new HttpTransport({
    idleTimeoutMs: 5_000,
    maxRetries: 1,
    maxRetryAfterMs: 2_000,
    sleep: async () => {}
  })
  transports.push(http)
  const options: HubOptions = {
    http,
    credential,
    baseUrl,
    onSecret: s => void secrets.push(s),
    log: { debug() {}, info: m => void infos.push(m), warning: m => void warnings.push(m) },
    ...(maxPages !== undefined && { maxPages })
  }
  return { options, secrets, warnings, infos }
}

async function hub(config: Parameters<typeof startHubApi>[0]) {
  const api = await startHubApi(config)
  closers.push(api)
  return api
}

async function scripted(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = await scriptedServer(handle)
  closers.push(server)
  return server
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

/** 250 public repositories and 3 private ones: three pages of 100 anonymously. */
const MANY = Array.from({ length: 250 }, (_, i) => `app-${String(i).padStart(3, '0')}`)
const ACME = { acme: { public: MANY, private: ['secret-a', 'secret-b', 'secret-c'] } }
const acmePaths = (names: string[]) => names.map(n => `acme/${n}`)

const path = (p: string) => p.split('?')[0]

describe('listing a namespace', () => {
  it('reads every page of public repositories anonymously, following the absolute next', async () => {
    const api = await hub({ namespaces: ACME })
    const { options, secrets } = hubOptions(api.url)
    const listing = await listHubNamespace(options, 'acme')
    expect(listing).toEqual({ names: acmePaths(MANY), dropped: 0, pages: 3 })
    expect(api.requests.map(r => `${r.method} ${r.path} ${r.auth}`)).toEqual([
      'GET /v2/namespaces/acme/repositories?page_size=100 null',
      'GET /v2/namespaces/acme/repositories?page=2&page_size=100 null',
      'GET /v2/namespaces/acme/repositories?page=3&page_size=100 null'
    ])
    expect(secrets).toEqual([])
  })

  it.each([
    ['POST /v2/auth/token', {}, '/v2/auth/token', 'Bearer'],
    ['the older POST /v2/users/login', { legacyLogin: true }, '/v2/users/login', 'JWT']
  ])(
    'logs in through %s and then lists private repositories too',
    async (_name, flags, loginPath, scheme) => {
      const api = await hub({ namespaces: ACME, users: { acme: PASSWORD }, ...flags })
      const { options, secrets } = hubOptions(api.url, basic('acme'))
      const listing = await listHubNamespace(options, 'acme')
      expect(listing.names).toEqual(acmePaths([...MANY, 'secret-a', 'secret-b', 'secret-c']))
      const logins = api.requests.filter(r => r.method === 'POST').map(r => path(r.path))
      expect(logins.at(-1)).toBe(loginPath)
      const listings = api.requests.filter(r => r.method === 'GET')
      expect(listings.map(r => [r.auth, r.user])).toEqual(listings.map(() => [scheme, 'acme']))
      expect(secrets).toEqual(api.tokens())
    }
  )

  it('falls back to the older /v2/repositories/{namespace}/ where the new endpoint is missing', async () => {
    const api = await hub({ namespaces: ACME, users: { acme: PASSWORD }, legacyOnly: true })
    const { options, infos } = hubOptions(api.url, basic('acme'))
    const listing = await listHubNamespace(options, 'acme')
    expect(listing.names).toHaveLength(253)
    expect(listing.pages).toBe(3)
    expect(api.requests.map(r => `${r.method} ${path(r.path)} ${r.auth}`)).toEqual([
      'POST /v2/auth/token null',
      'POST /v2/users/login null',
      'GET /v2/namespaces/acme/repositories JWT',
      'GET /v2/repositories/acme/ JWT',
      'GET /v2/repositories/acme/ JWT',
      'GET /v2/repositories/acme/ JWT'
    ])
    expect(infos.join('\n')).toMatch(
      /answered 404 to .*\/v2\/namespaces\/acme\/repositories; listing through the older/
    )
  })

  it('falls back on a 405 too', async () => {
    const server = await scripted((req, res) =>
      req.url!.startsWith('/v2/namespaces/')
        ? json(res, 405, { detail: 'Method "GET" not allowed.' })
        : json(res, 200, { count: 1, next: null, results: [{ name: 'app', namespace: 'acme' }] })
    )
    const listing = await listHubNamespace(hubOptions(server.url).options, 'acme')
    expect(listing.names).toEqual(['acme/app'])
  })

  it('gives an empty list, with a warning, for a namespace that shows nothing to this caller', async () => {
    const api = await hub({ namespaces: { acme: { public: [], private: ['only-private'] } } })
    const { options, warnings } = hubOptions(api.url)
    expect(await listHubNamespace(options, 'acme')).toEqual({ names: [], dropped: 0, pages: 1 })
    expect(warnings.join('\n')).toMatch(
      /namespace 'acme' has no repositories you can see. Private repositories are listed only after a login/
    )
  })

  it('asks only the listing endpoints without a login (an identity token is not a Hub login)', async () => {
    const api = await hub({ namespaces: ACME })
    const token: Credential = {
      kind: 'identity-token',
      token: 'refresh-me',
      source: 'docker config'
    }
    const { options, warnings } = hubOptions(api.url, token)
    expect((await listHubNamespace(options, 'acme')).names).toHaveLength(250)
    expect(api.requests.every(r => r.method === 'GET' && r.auth === null)).toBe(true)
    expect(warnings.join('\n')).toMatch(/which the Docker Hub API does not take; listing public/)
  })
})

describe('unknown namespaces', () => {
  const MESSAGE =
    /^Namespace 'nobody' does not exist on Docker Hub, or has no repositories you can see. Check the spelling/
  it.each([
    ['the new endpoint answers 404', {}, ['/v2/namespaces/nobody/repositories']],
    [
      'the older endpoint answers count 0',
      { legacyOnly: true },
      ['/v2/namespaces/nobody/repositories', '/v2/repositories/nobody/']
    ]
  ])('are reported as such when %s', async (_name, flags, asked) => {
    const api = await hub({ namespaces: ACME, ...flags })
    const error = await listHubNamespace(hubOptions(api.url).options, 'nobody').catch(e => e)
    expect(api.requests.map(r => path(r.path))).toEqual(asked)
    expect(error).toBeInstanceOf(RegistryError)
    expect(error).toMatchObject({ kind: 'not-found' })
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toMatch(
      /without a login, so only public repositories count; for private ones give 'username' and 'password'/
    )
  })

  it('name the credential that was used when logged in', async () => {
    const api = await hub({ namespaces: ACME, users: { acme: PASSWORD }, legacyOnly: true })
    const error = await listHubNamespace(
      hubOptions(api.url, basic('acme')).options,
      'nobody'
    ).catch(e => e)
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toContain(
      "with the credentials from the 'username' and 'password' inputs"
    )
  })

  it('are reported when both endpoints answer a 404 page', async () => {
    const server = await scripted((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' })
      res.end('<html>not here</html>')
    })
    await expect(listHubNamespace(hubOptions(server.url).options, 'nobody')).rejects.toThrow(
      MESSAGE
    )
    expect(server.seen.map(s => path(s.path))).toEqual([
      '/v2/namespaces/nobody/repositories',
      '/v2/repositories/nobody/'
    ])
  })
})

describe('logging in', () => {
  it('explains a refused password or token, naming where it came from, without trying the older login', async () => {
    const api = await hub({ namespaces: ACME, users: { acme: 'another' } })
    const { options } = hubOptions(api.url, basic('acme'))
    const error = await listHubNamespace(options, 'acme').catch(e => e)
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401 })
    expect(error.message).toBe(
      "Could not log in to the Docker Hub API as 'acme' on Docker Hub (127.0.0.1:" +
        `${new URL(api.url).port}): the Hub API answered 401 (incorrect username or password). ` +
        "It refused the credentials from the 'username' and 'password' inputs for user 'acme': check the user name, and that the password or personal access token is right and neither expired nor revoked; a personal access token needs read access ('Read-only', or 'Public Repo Read-only' for public repositories only)."
    )
    expect(api.requests.map(r => path(r.path))).toEqual(['/v2/auth/token'])
  })

  it('tells a two-factor account on the older login to use a personal access token', async () => {
    const api = await hub({
      namespaces: ACME,
      users: { acme: PASSWORD },
      legacyLogin: true,
      twoFactor: ['acme']
    })
    const { options, secrets } = hubOptions(api.url, basic('acme'))
    const error = await listHubNamespace(options, 'acme').catch(e => e)
    expect(error.message).toMatch(
      /has two-factor authentication, which this older login cannot complete: use a personal access token/
    )
    expect(secrets).toHaveLength(1)
    expect(error.message).not.toContain(secrets[0])
  })

  it.each([
    ['no token', { detail: 'ok' }],
    ['an empty token', { access_token: '' }],
    ['a token with a line break', { access_token: 'abc\ndef' }],
    ['not an object', '["tok"]']
  ])('refuses a login answer with %s', async (_name, body) => {
    const server = await scripted((_req, res) => json(res, 200, body))
    await expect(
      listHubNamespace(hubOptions(server.url, basic('acme')).options, 'acme')
    ).rejects.toMatchObject({ kind: 'protocol' })
  })

  it('never quotes an error body that echoes the password or the token', async () => {
    const server = await scripted((req, res) =>
      req.method === 'POST'
        ? json(res, 200, { access_token: 'tok-123' })
        : json(res, 403, { message: 'token tok-123 may not read acme' })
    )
    const error = await listHubNamespace(
      hubOptions(server.url, basic('acme')).options,
      'acme'
    ).catch(e => e)
    expect(error).toMatchObject({ kind: 'denied', status: 403 })
    expect(error.message).toMatch(/answered 403\. It refused the credentials from/)
    expect(error.message).not.toContain('tok-123')
  })
})

describe('what the Hub sends is checked', () => {
  it('drops and counts entries that are no repository of the namespace asked', async () => {
    const hostile = [
      { name: 'Upper', namespace: 'acme' },
      { name: 'two/parts', namespace: 'acme' },
      { name: '../etc', namespace: 'acme' },
      { name: 'app\n::warning::x', namespace: 'acme' },
      { name: 'theirs', namespace: 'other' },
      { namespace: 'acme' },
      { name: 42, namespace: 'acme' },
      'acme/string',
      null
    ]
    const server = await scripted((_req, res) =>
      json(res, 200, {
        count: 11,
        next: null,
        results: [{ name: 'good', namespace: 'acme' }, ...hostile, { name: 'also-good' }]
      })
    )
    const listing = await listHubNamespace(hubOptions(server.url).options, 'acme')
    expect(listing).toEqual({
      names: ['acme/good', 'acme/also-good'],
      dropped: hostile.length,
      pages: 1
    })
  })

  it.each([
    ['not JSON', '<html>', /the answer was not a JSON object/],
    [
      'results not a list',
      { count: 1, results: { name: 'x' } },
      /'results' in the answer is not a list/
    ],
    ['no results', { count: 1 }, /'results' in the answer is not a list/],
    [
      'next not a string',
      { results: [], next: 2 },
      /'next' in the answer is neither a URL nor null/
    ],
    ['count not a number', { results: [], count: '3' }, /'count' in the answer is not a number/]
  ])('refuses a page that is %s', async (_name, body, message) => {
    const server = await scripted((_req, res) => json(res, 200, body))
    await expect(listHubNamespace(hubOptions(server.url).options, 'acme')).rejects.toThrow(message)
  })

  it.each([
    [
      'another host',
      (url: string) => url.replace('127.0.0.1', 'localhost'),
      /leads to another host/
    ],
    ['plain HTTP off loopback', () => 'http://hub.example/v2/x', /is not an https URL/],
    ['another scheme', () => 'file:///etc/passwd', /is not an https URL/],
    ['no URL', () => 'http://[', /'next' is not a URL/]
  ])('refuses a next page on %s, sending nothing there', async (_name, next, message) => {
    const server = await scripted((req, res) =>
      req.method === 'POST'
        ? json(res, 200, { access_token: 'tok-123' })
        : json(res, 200, {
            results: [{ name: 'app' }],
            next: next(`http://${req.headers.host}/v2/namespaces/acme/repositories?page=2`)
          })
    )
    const { options } = hubOptions(server.url, basic('acme'))
    await expect(listHubNamespace(options, 'acme')).rejects.toThrow(message)
    expect(server.seen.filter(s => s.method === 'GET')).toHaveLength(1)
  })

  it('stops, with a warning, at a next page already read', async () => {
    const server = await scripted((req, res) => {
      const page = new URL(req.url!, 'http://x').searchParams.get('page') ?? '1'
      const next = `http://${req.headers.host}/v2/namespaces/acme/repositories?page=${page === '1' ? 2 : 1}`
      json(res, 200, { results: [{ name: `app-${page}` }], next })
    })
    const { options, warnings } = hubOptions(server.url)
    const listing = await listHubNamespace(options, 'acme')
    expect(listing.names).toEqual(['acme/app-1', 'acme/app-2'])
    expect(warnings.join('\n')).toMatch(/was already read; stopping there/)
  })

  it('refuses a namespace that never ends, at the page cap', async () => {
    let n = 0
    const server = await scripted((req, res) =>
      json(res, 200, {
        results: [{ name: `app-${++n}` }],
        next: `http://${req.headers.host}/v2/namespaces/acme/repositories?page=${n + 1}`
      })
    )
    await expect(
      listHubNamespace(hubOptions(server.url, ANONYMOUS, 3).options, 'acme')
    ).rejects.toThrow(/stopped after 3 pages \(3 repositories\), the Hub API keeps sending more/)
  })
})

describe('failures', () => {
  it('reports the rate limit with its reset time (X-Retry-After, a Unix time)', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600
    const server = await scripted((_req, res) =>
      json(
        res,
        429,
        { message: 'too many requests' },
        {
          'x-ratelimit-limit': '180',
          'x-retry-after': String(reset)
        }
      )
    )
    const error = await listHubNamespace(hubOptions(server.url).options, 'acme').catch(e => e)
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, temporary: true })
    expect(error.message).toContain(
      `rate limited (429). The limit is 180 requests per window. It resets at ${new Date(reset * 1000).toISOString().slice(0, 16)}`
    )
    expect(error.message).toMatch(/Logging in raises the limit\.$/)
  })

  it('reports a rate limit that outlasts the retries', async () => {
    const server = await scripted((_req, res) => json(res, 429, { message: 'slow down' }))
    const error = await listHubNamespace(hubOptions(server.url).options, 'acme').catch(e => e)
    expect(error).toMatchObject({ kind: 'rate-limited' })
    expect(error.message).toMatch(
      /rate limited \(429\)\. Try again later\. Logging in raises the limit\.$/
    )
    expect(server.seen).toHaveLength(2)
  })

  it.each([
    [401, 'unauthorized', /It wants a login: give 'username' and 'password'/],
    [500, 'server', /Docker Hub kept failing after several retries/],
    [400, 'unexpected', /not an answer the Hub API defines/]
  ])('explains a %s', async (status, kind, message) => {
    const server = await scripted((_req, res) => json(res, status, { detail: 'nope' }))
    const error = await listHubNamespace(hubOptions(server.url).options, 'acme').catch(e => e)
    expect(error).toMatchObject({ kind, status })
    expect(error.message).toMatch(
      /^Could not list the repositories of namespace 'acme' on Docker Hub \(127\.0\.0\.1:\d+\): the Hub API answered \d+ \(nope\)\./
    )
    expect(error.message).toMatch(message)
  })

  it('reports a next page that fails (the older endpoint past its last page)', async () => {
    const server = await scripted((req, res) =>
      req.url!.includes('page=2')
        ? json(res, 404, { detail: 'Invalid page.' })
        : json(res, 200, {
            results: [{ name: 'app' }],
            next: `http://${req.headers.host}/v2/repositories/acme/?page=2`
          })
    )
    await expect(listHubNamespace(hubOptions(server.url).options, 'acme')).rejects.toThrow(
      /answered 404 \(Invalid page\.\)/
    )
  })

  it('says the Hub is unreachable when nothing listens', async () => {
    const server = await scripted(() => {})
    const url = server.url
    await server.close()
    await expect(listHubNamespace(hubOptions(url).options, 'acme')).rejects.toThrow(
      /^Could not list the repositories of namespace 'acme' on Docker Hub \(127\.0\.0\.1:\d+\): the registry is unreachable/
    )
  })
})
