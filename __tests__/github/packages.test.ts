/**
 * A ghcr.io owner's container packages through the GitHub REST API, against
 * the stand-in (lab/github-api.mjs) and scripted servers on loopback: paging,
 * the users fallback, names, every failure GitHub answers, and the bounds
 * (timeouts, deadline, body and page caps, foreign links, redirects).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { INTEGRATION_MESSAGE, SCOPE_MESSAGE, startGithubApi } from '../../lab/github-api.mjs'
import type { GithubOptions } from '../../src/github/packages.js'
import { MAX_PAGES, listGithubPackages } from '../../src/github/packages.js'
import { MAX_GITHUB_ANSWER_BYTES } from '../../src/github/capped-fetch.js'
import type { Logger } from '../../src/logger.js'
import type { FailureKind } from '../../src/registry/failures.js'
import { RegistryError } from '../../src/registry/failures.js'
import { Deadline, DeadlineError } from '../../src/transport/deadline.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const TOKEN = 'ghp_unit-token-31'
type Mode = NonNullable<Parameters<typeof startGithubApi>[0]['mode']>
const closers: { close(): Promise<void> }[] = []
afterEach(async () => {
  while (closers.length) await closers.pop()!.close()
})

const names = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`)

async function githubApi(options: Parameters<typeof startGithubApi>[0]) {
  const api = await startGithubApi(options)
  closers.push(api)
  return api
}

async function server(handle: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  const s: Scripted = await scriptedServer(handle)
  closers.push(s)
  return s
}

function options(apiUrl: string, more: Partial<GithubOptions> = {}) {
  const warnings: string[] = []
  const log: Logger = { debug() {}, info() {}, warning: m => warnings.push(m) }
  const o: GithubOptions = {
    token: TOKEN,
    apiUrl,
    log,
    deadline: new Deadline(10_000),
    requestTimeoutMs: 5_000,
    ...more
  }
  return Object.assign(o, { warnings })
}

/** The listing's error, which must be a RegistryError. */
async function failure(o: GithubOptions, owner: string): Promise<RegistryError> {
  const error = await listGithubPackages(o, owner).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(RegistryError)
  expect((error as Error).message).not.toContain(TOKEN)
  return error as RegistryError
}

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers })
  res.end(typeof body === 'string' ? body : JSON.stringify(body))
}

describe('listing', () => {
  it('reads every page of an organisation with more than 100 packages, following Link', async () => {
    const api = await githubApi({ orgs: { 'octo-org': names('app', 250) }, token: TOKEN })
    const listing = await listGithubPackages(options(api.url), 'octo-org')
    expect(listing.pages).toBe(3)
    expect(listing.dropped).toBe(0)
    expect(listing.names).toHaveLength(250)
    expect(new Set(listing.names)).toEqual(new Set(names('octo-org/app', 250)))
    const first = new URL(api.requests[0]!.path, api.url)
    expect(first.pathname).toBe('/orgs/octo-org/packages')
    expect(first.searchParams.get('package_type')).toBe('container')
    expect(first.searchParams.get('per_page')).toBe('100')
    // GitHub's next links name the organisation by id: followed as sent.
    expect(api.requests.slice(1).map(r => r.path)).toEqual([
      '/organizations/1001/packages?package_type=container&per_page=100&page=2',
      '/organizations/1001/packages?package_type=container&per_page=100&page=3'
    ])
    expect(api.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
  })

  it('falls back to /users/{owner}/packages when the owner is not an organisation', async () => {
    const api = await githubApi({
      orgs: { 'octo-org': ['app'] },
      users: { octocat: names('tool', 120) },
      token: TOKEN
    })
    const listing = await listGithubPackages(options(api.url), 'octocat')
    expect(listing).toMatchObject({ pages: 2, dropped: 0 })
    expect(listing.names).toHaveLength(120)
    expect(api.requests.map(r => new URL(r.path, api.url).pathname)).toEqual([
      '/orgs/octocat/packages',
      '/users/octocat/packages',
      '/user/1002/packages'
    ])
  })

  it.each([
    ['an empty organisation', [], []],
    ['names lowercased under the owner', ['App', 'Web-UI'], ['octo-org/app', 'octo-org/web-ui']],
    ['names with /', ['sub/name', 'a/b/c'], ['octo-org/a/b/c', 'octo-org/sub/name']]
  ])('%s', async (_case, packages, expected) => {
    const api = await githubApi({ orgs: { 'octo-org': packages }, token: TOKEN })
    const listing = await listGithubPackages(options(api.url), 'octo-org')
    expect(listing.names.sort()).toEqual(expected)
  })

  it('drops and counts names that are not repository paths, never keeping them', async () => {
    const hostile = ['bad name', '-x', 'a//b', 'x\n::warning::pwned', '$(id)', 'é', 'a'.repeat(250)]
    const api = await githubApi({ orgs: { 'octo-org': ['good', ...hostile] }, token: TOKEN })
    const listing = await listGithubPackages(options(api.url), 'octo-org')
    expect(listing).toEqual({ names: ['octo-org/good'], dropped: hostile.length, pages: 1 })
  })

  it('skips packages of other types, and reads a GitHub Enterprise Server base path', async () => {
    const s = await server((_req, res) =>
      json(res, [
        { name: 'image', package_type: 'container' },
        { name: 'lib', package_type: 'npm' },
        { name: 'untyped' }
      ])
    )
    const listing = await listGithubPackages(options(`${s.url}/api/v3/`), 'octo-org')
    expect(listing.names).toEqual(['octo-org/image', 'octo-org/untyped'])
    expect(s.seen[0]!.path).toBe(
      '/api/v3/orgs/octo-org/packages?package_type=container&per_page=100'
    )
  })
})

describe('what GitHub refuses', () => {
  it('needs a token: a clear error before any request', async () => {
    const api = await githubApi({ orgs: { 'octo-org': ['app'] }, token: TOKEN })
    for (const token of [undefined, '', '  ']) {
      const error = await failure(options(api.url, { token }), 'octo-org')
      expect(error.kind).toBe('unauthorized')
      expect(error.message).toContain('needs a token with read:packages')
      expect(error.message).toContain('permissions: packages: read')
    }
    expect(api.requests).toEqual([])
  })

  const refusals: [string, Mode, string, FailureKind, number, string][] = [
    ['a wrong token', 'ok', 'ghp_wrong', 'unauthorized', 401, 'token was refused'],
    ['no read:packages', 'no-scope', TOKEN, 'denied', 403, SCOPE_MESSAGE.slice(0, -1)],
    [
      'a GITHUB_TOKEN without packages: read',
      'integration',
      TOKEN,
      'denied',
      403,
      INTEGRATION_MESSAGE
    ],
    ['the primary rate limit', 'rate-limited', TOKEN, 'rate-limited', 403, 'It resets at'],
    ['a secondary rate limit', 'secondary-limit', TOKEN, 'rate-limited', 429, 'It resets at']
  ]
  it.each(refusals)('%s', async (_case, mode, token, kind, status, says) => {
    const api = await githubApi({ orgs: { 'octo-org': ['app'] }, token: TOKEN, mode })
    const error = await failure(options(api.url, { token }), 'octo-org')
    expect(error).toMatchObject({ kind, status })
    expect(error.message).toContain('ghcr.io/octo-org')
    expect(error.message).toContain(says)
    expect(error.message).not.toContain('ghp_wrong')
    if (status === 403 && kind === 'denied') {
      expect(error.message).toContain('read:packages')
      expect(error.message).toContain('`permissions: packages: read`')
    }
    expect(api.requests).toHaveLength(1) // no users fallback after a refusal
  })

  it('says when the rate limit resets', async () => {
    const api = await githubApi({ orgs: { o: ['app'] }, token: TOKEN, mode: 'rate-limited' })
    const error = await failure(options(api.url), 'o')
    expect(error.message).toContain(new Date(api.resetAt * 1000).toISOString())
  })

  it('reports an owner unknown as organisation and as user', async () => {
    const api = await githubApi({ orgs: { 'octo-org': ['app'] }, token: TOKEN })
    const error = await failure(options(api.url), 'nobody')
    expect(error).toMatchObject({ kind: 'not-found', status: 404 })
    expect(error.message).toContain("no user or organisation 'nobody'")
    expect(api.requests.map(r => r.path.split('?')[0])).toEqual([
      '/orgs/nobody/packages',
      '/users/nobody/packages'
    ])
  })

  it('refuses a plain-HTTP API URL off loopback before sending the token', async () => {
    const error = await failure(options('http://ghes.example.com/api/v3'), 'o')
    expect(error.message).toContain('GITHUB_API_URL must be an https URL')
  })
})

describe('untrusted answers', () => {
  it.each([
    ['an object', { packages: [] }],
    ['strings', ['app']],
    ['an entry without a name', [{ name: 'app' }, { id: 1 }]],
    ['a name that is not a string', [{ name: 42 }]],
    ['not JSON', 'not json'],
    ['null', null]
  ])('refuses %s as a page', async (_case, body) => {
    const s = await server((_req, res) => json(res, body))
    const error = await failure(options(s.url), 'o')
    expect(error.kind).toBe('protocol')
    expect(error.message).toContain('did not answer a list of packages')
  })

  it("shows GitHub's message as one short line", async () => {
    const s = await server((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `nope\n::error::pwned\r${'x'.repeat(500)}` }))
    })
    const error = await failure(options(s.url), 'o')
    expect(error.message).toContain('(nope ::error::pwned x')
    expect(error.message).not.toMatch(/[\n\r]/)
    expect(error.message).not.toContain('x'.repeat(201))
  })

  it('does not follow a next link to another host, nor send the token there', async () => {
    const other = await server((_req, res) => json(res, []))
    const s = await server((_req, res) =>
      json(res, [{ name: 'a' }], { link: `<${other.url}/orgs/o/packages?page=2>; rel="next"` })
    )
    const error = await failure(options(s.url), 'o')
    expect(error.message).toContain('a next-page link to another host')
    expect(other.seen).toEqual([])
  })

  it('does not follow a redirect (the token would go with it)', async () => {
    const other = await server((_req, res) => json(res, [{ name: 'a' }]))
    const s = await server((_req, res) => {
      res.writeHead(301, { location: `${other.url}/orgs/o/packages` })
      res.end()
    })
    const error = await failure(options(s.url), 'o')
    expect(error).toMatchObject({ kind: 'unexpected', status: 301 })
    expect(other.seen).toEqual([])
  })

  it('stops at a next link already read', async () => {
    const s = await server((req, res) =>
      json(res, [{ name: 'a' }], { link: `<${req.url}>; rel="next"` })
    )
    const o = options(s.url)
    expect(await listGithubPackages(o, 'o')).toEqual({ names: ['o/a'], dropped: 0, pages: 1 })
    expect(o.warnings.join()).toContain('already read')
  })

  it(`refuses more than ${MAX_PAGES} pages rather than answer with part of the list`, async () => {
    const s = await server((_req, res, n) =>
      json(res, [{ name: `p${n}` }], { link: `</orgs/o/packages?page=${n + 1}>; rel="next"` })
    )
    const error = await failure(options(s.url, { deadline: new Deadline(60_000) }), 'o')
    expect(error.message).toContain(`more than ${MAX_PAGES} pages`)
    expect(s.seen).toHaveLength(MAX_PAGES)
  }, 60_000)

  it('refuses a body over the cap, and stops reading it', async () => {
    let sent = 0
    const s = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(1024 * 1024, ' ')
      const more = () => {
        while (sent < 4 * MAX_GITHUB_ANSWER_BYTES && !res.destroyed) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', more)
        }
        res.end()
      }
      res.write('[')
      more()
    })
    const error = await failure(options(s.url), 'o')
    expect(error.message).toContain('answered more than 16 MiB')
    expect(sent).toBeLessThan(4 * MAX_GITHUB_ANSWER_BYTES)
  })
})

describe('bounded time', () => {
  const silent = () => server(() => {}) // accepts, never answers
  const stalls = () =>
    server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('[{"name":"a"},') // then nothing more
    })

  it.each([
    ['no answer', silent],
    ['a body that stalls', stalls]
  ])('gives up on %s after the request timeout', async (_case, start) => {
    const s = await start()
    const started = Date.now()
    const error = await failure(options(s.url, { requestTimeoutMs: 300 }), 'o')
    expect(error).toMatchObject({ kind: 'unreachable' })
    expect(error.message).toContain('did not answer within 0.3 s')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it("stops at the step's deadline, whichever comes first", async () => {
    const s = await silent()
    const started = Date.now()
    const o = options(s.url, { deadline: new Deadline(400), requestTimeoutMs: 20_000 })
    await expect(listGithubPackages(o, 'o')).rejects.toBeInstanceOf(DeadlineError)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('says where it could not connect', async () => {
    const s = await server(() => {})
    const url = s.url
    await s.close()
    const error = await failure(options(url), 'o')
    expect(error.kind).toBe('unreachable')
    expect(error.message).toContain('Could not reach the GitHub API')
  })
})
