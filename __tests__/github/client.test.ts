/**
 * The GitHub client against a scripted API on loopback, with the answers
 * GitHub gives: any status comes back as an answer (not a throw), the token
 * goes as Authorization (none when anonymous), redirects are not followed,
 * secondary rate limits (403 or 429 with retry-after) are waited out a
 * bounded number of times and a 5xx of a repeatable request retried, each
 * wait logged; a silent, unreachable or oversized API is an error naming
 * the path without its query. githubGetter (the packages API's GETs) words
 * those as registry errors.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import type { ClientOptions } from '../../src/github/client.js'
import { GithubClient, githubGetter } from '../../src/github/client.js'
import { GithubUnansweredError } from '../../src/github/errors.js'
import type { Logger } from '../../src/logger.js'
import { RegistryError } from '../../src/registry/failures.js'
import { Deadline, DeadlineError } from '../../src/transport/deadline.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const servers: Scripted[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()!.close()
})

async function api(handle: (path: string, res: ServerResponse) => void): Promise<Scripted> {
  const server = await scriptedServer((req, res) => handle(req.url ?? '', res))
  servers.push(server)
  return server
}

const getter = (server: Scripted, requestTimeoutMs = 5_000, deadline = new Deadline(30_000)) =>
  githubGetter(
    { log: { debug() {}, info() {}, warning() {} }, deadline, requestTimeoutMs },
    TOKEN,
    server.url
  )

const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

// prettier-ignore
const ANSWERS: [string, number, unknown, Record<string, string>][] = [
  ['a page of packages', 200, [{ id: 1, name: 'app', package_type: 'container' }], { link: '<https://api.github.com/organizations/1001/packages?page=2>; rel="next"' }],
  ['an owner that does not exist', 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/packages/packages', status: '404' }, {}],
  ['a token without read:packages', 403, { message: 'Resource not accessible by integration', status: '403' }, { 'x-accepted-github-permissions': 'packages=read' }],
  ['a rate limit', 429, { message: 'API rate limit exceeded' }, { 'retry-after': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1765100000' }],
  ['a server error', 502, { message: 'Server Error' }, {}]
]

describe('githubGetter', () => {
  it.each(ANSWERS)('gives %s back as an answer', async (_name, status, body, headers) => {
    const server = await api((_path, res) => json(res, status, body, headers))
    const get = await getter(server)
    const answer = await get(
      `${server.url}/orgs/octo-org/packages?package_type=container&per_page=100`
    )
    expect(answer.status).toBe(status)
    expect(answer.data).toEqual(body)
    expect(answer.headers).toMatchObject(headers)
    expect(server.seen[0]).toMatchObject({
      method: 'GET',
      path: '/orgs/octo-org/packages?package_type=container&per_page=100',
      authorization: `token ${TOKEN}`
    })
  })

  it('does not follow a redirect', async () => {
    const server = await api((path, res) => {
      if (path === '/orgs/octo-org/packages') res.writeHead(302, { location: '/elsewhere' }).end()
      else json(res, 200, [])
    })
    const answer = await (await getter(server))(`${server.url}/orgs/octo-org/packages`)
    expect(answer.status).toBe(302)
    expect(server.seen.map(s => s.path)).toEqual(['/orgs/octo-org/packages'])
  })

  it('gives up on a silent API after the request timeout, naming the URL without its query', async () => {
    const server = await api(() => undefined)
    const get = await getter(server, 300)
    const failure = get(`${server.url}/orgs/octo-org/packages?per_page=100&token=x`)
    await expect(failure).rejects.toBeInstanceOf(RegistryError)
    await expect(failure).rejects.toThrow(
      /^Could not reach the GitHub API at .*it did not answer within 0\.3 s\..*HTTPS_PROXY/
    )
    await expect(failure).rejects.not.toThrow(/token=x/)
  })

  it("stops at the step's deadline when it comes first", async () => {
    const server = await api(() => undefined)
    const get = await getter(server, 10_000, new Deadline(300))
    await expect(get(`${server.url}/users/octocat/packages`)).rejects.toThrow(
      /users\/octocat\/packages/
    )
  })

  it('refuses an answer larger than the cap', async () => {
    const server = await api((_path, res) => oversized(res))
    const get = await getter(server)
    await expect(get(`${server.url}/orgs/octo-org/packages`)).rejects.toThrow(
      /answered more than 16(\.0)? MiB; refusing to read a response that large/
    )
  })
})

/** A logger that keeps its lines, by level. */
function lines() {
  const kept: string[] = []
  const log: Logger = {
    debug: m => kept.push(`debug: ${m}`),
    info: m => kept.push(`info: ${m}`),
    warning: m => kept.push(`warning: ${m}`)
  }
  return { log, kept, info: () => kept.filter(l => l.startsWith('info: ')) }
}

const SECONDARY = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0400:2F4B:1C0B1A1:1D2A3F4:6751C0DE.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  status: '403'
}
const HOURLY = {
  message:
    'API rate limit exceeded for installation ID 1234567. If you reach out to GitHub Support for help, please include the request ID 0400:2F4B:1C0B1A1:1D2A3F4:6751C0DE and timestamp 2026-12-07 23:30:00 UTC. For more on scraping GitHub and how it may affect your rights, please review our Terms of Service (https://docs.github.com/site-policy/github-terms/github-terms-of-service)',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
  status: '403'
}
const LIMITED = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4990' }

/** The answers a server gives in turn; the last one again and again. */
async function answering(
  ...answers: [number, unknown, Record<string, string>?][]
): Promise<Scripted> {
  let next = 0
  return api((_path, res) => {
    const [status, body, headers] = answers[Math.min(next++, answers.length - 1)]!
    json(res, status, body, headers)
  })
}

const open = (server: Scripted, options: Partial<ClientOptions> = {}) =>
  GithubClient.open({
    baseUrl: server.url,
    token: TOKEN,
    log: lines().log,
    timeoutMs: 5_000,
    deadline: new Deadline(30_000),
    ...options
  })

describe('GithubClient', () => {
  it.each([
    ['a token', TOKEN, `token ${TOKEN}`],
    ['no token (anonymous)', '', undefined]
  ])('sends %s as Authorization', async (_name, token, authorization) => {
    const server = await answering([200, { id: 1 }])
    const client = await open(server, { token })
    const answer = await client.send('GET', '/repos/octo/app/releases?per_page=100&page=1')
    expect(answer).toMatchObject({ method: 'GET', path: '/repos/octo/app/releases', status: 200 })
    expect(server.seen[0]?.authorization).toBe(authorization)
  })

  it('sends a body as JSON and logs each answer at debug level', async () => {
    const bodies: string[] = []
    const server = await scriptedServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        bodies.push(`${req.headers['content-type']} ${body}`)
        json(res, 201, { sha: '95b5f4ca39e3e2c2a1c9f1e6f0c3b0a7d8e9f0a1' })
      })
    })
    servers.push(server)
    const { log, kept } = lines()
    const client = await open(server, { log })
    const answer = await client.send('POST', '/repos/octo/app/git/blobs', {
      content: 'FROM python:3.13\n',
      encoding: 'utf-8'
    })
    expect(answer).toMatchObject({ status: 201, data: { sha: expect.any(String) } })
    expect(bodies).toEqual([
      'application/json; charset=utf-8 {"content":"FROM python:3.13\\n","encoding":"utf-8"}'
    ])
    expect(kept).toContain('debug: GitHub API: POST /repos/octo/app/git/blobs → 201')
  })

  it.each<[string, number, Record<string, string>]>([
    ['403 with retry-after', 403, { ...LIMITED, 'retry-after': '1' }],
    ['429 with retry-after', 429, { ...LIMITED, 'retry-after': '1' }]
  ])("waits out GitHub's secondary rate limit (%s), saying so", async (_name, status, headers) => {
    const server = await answering([status, SECONDARY, headers], [201, { sha: '95b5' }])
    const { log, info } = lines()
    const client = await open(server, { log })
    const started = Date.now()
    const answer = await client.send('POST', '/repos/octo/app/git/blobs', { content: 'x' })
    expect(answer.status).toBe(201)
    expect(server.seen).toHaveLength(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(info()).toEqual([
      `info: POST /repos/octo/app/git/blobs answered ${status}: GitHub's secondary rate limit; retrying in 1 s (retry 1)`
    ])
  })

  it.each<
    [
      string,
      Partial<ClientOptions> & { deadlineMs?: number },
      [number, unknown, Record<string, string>]
    ]
  >([
    [
      'the hourly limit used up',
      {},
      [403, HOURLY, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1765150000' }]
    ],
    ['a wait longer than the cap', {}, [403, SECONDARY, { ...LIMITED, 'retry-after': '3600' }]],
    [
      'a wait beyond the deadline',
      { deadlineMs: 2_000 },
      [429, SECONDARY, { ...LIMITED, 'retry-after': '5' }]
    ],
    [
      'no waits allowed',
      { maxLimitWaits: 0 },
      [403, SECONDARY, { ...LIMITED, 'retry-after': '1' }]
    ],
    ['a plain 403', {}, [403, { message: 'Resource not accessible by integration' }, LIMITED]]
  ])('does not wait for %s: the answer comes back at once', async (_name, options, given) => {
    const server = await answering(given, [201, {}])
    const { log, info } = lines()
    const { deadlineMs = 30_000, ...rest } = options
    const client = await open(server, { log, deadline: new Deadline(deadlineMs), ...rest })
    const started = Date.now()
    const answer = await client.send('POST', '/repos/octo/app/git/blobs', { content: 'x' })
    expect(answer).toMatchObject({ status: given[0], data: given[1] })
    expect(server.seen).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(900)
    expect(info()).toEqual([])
  })

  it('waits for a secondary limit at most twice', async () => {
    const server = await answering([403, SECONDARY, { ...LIMITED, 'retry-after': '0' }])
    const { log, info } = lines()
    const answer = await (await open(server, { log })).send('GET', '/repos/octo/app/pulls')
    expect(answer.status).toBe(403)
    expect(server.seen).toHaveLength(3)
    expect(info()).toEqual([
      "info: GET /repos/octo/app/pulls answered 403: GitHub's secondary rate limit; retrying in 0 s (retry 1)",
      "info: GET /repos/octo/app/pulls answered 403: GitHub's secondary rate limit; retrying in 0 s (retry 2)"
    ])
  })

  it.each<[string, 'GET' | 'POST' | 'PATCH', string, number]>([
    ['a read', 'GET', '/repos/octo/app/git/ref/heads/main', 3],
    ['a blob (content-addressed)', 'POST', '/repos/octo/app/git/blobs', 3],
    ['an edit', 'PATCH', '/repos/octo/app/pulls/7', 3],
    ['a new ref (not repeatable)', 'POST', '/repos/octo/app/git/refs', 1],
    ['a new pull request (not repeatable)', 'POST', '/repos/octo/app/pulls', 1]
  ])('retries a 5xx of %s twice at most', async (_name, method, path, requests) => {
    const server = await answering([502, { message: 'Server Error' }])
    const { log, info } = lines()
    const answer = await (await open(server, { log })).send(method, path, { x: 1 })
    expect(answer.status).toBe(502)
    expect(server.seen).toHaveLength(requests)
    expect(info()).toHaveLength(requests - 1)
    for (const line of info())
      expect(line).toMatch(`info: ${method} ${path} answered 502; retrying in`)
  })

  it('gives a 5xx back at once when retries are off', async () => {
    const server = await answering([503, { message: 'Service Unavailable' }], [200, []])
    const client = await open(server, { maxServerRetries: 0 })
    expect((await client.send('GET', '/repos/octo/app/releases')).status).toBe(503)
    expect(server.seen).toHaveLength(1)
  })

  it('spaces writes, not reads', async () => {
    const server = await answering([201, {}])
    const client = await open(server, { writeSpacingMs: 400 })
    const started = Date.now()
    await client.send('GET', '/repos/octo/app')
    await client.send('GET', '/repos/octo/app')
    const reads = Date.now() - started
    await client.send('POST', '/repos/octo/app/git/blobs', {})
    await client.send('POST', '/repos/octo/app/git/blobs', {})
    expect(reads).toBeLessThan(350)
    expect(Date.now() - started).toBeGreaterThanOrEqual(380)
  })

  it.each<[string, (path: string, res: ServerResponse) => void, number, string]>([
    ['a silent API', () => undefined, 300, 'timeout'],
    ['an answer over the cap', (_p, res) => oversized(res), 5_000, 'too-large']
  ])('refuses %s, naming the path without its query', async (_name, handle, timeoutMs, kind) => {
    const server = await api(handle)
    const client = await open(server, { timeoutMs })
    const failure = client.send('GET', '/repos/octo/app/releases?per_page=100&access_token=x')
    await expect(failure).rejects.toBeInstanceOf(GithubUnansweredError)
    await expect(failure).rejects.toMatchObject({ kind, path: '/repos/octo/app/releases' })
    await expect(failure).rejects.not.toThrow(/access_token/)
  })

  it('says no answer came within the timeout', async () => {
    const server = await api(() => undefined)
    const failure = (await open(server, { timeoutMs: 300 })).send('GET', '/repos/octo/app')
    await expect(failure).rejects.toThrow(
      'The GitHub API (/repos/octo/app) failed: no answer within 0.3 s.'
    )
  })

  it('fails on an API nobody listens on', async () => {
    const server = await answering([200, {}])
    await server.close()
    servers.pop()
    const failure = (await open(server)).send('GET', '/repos/octo/app')
    await expect(failure).rejects.toMatchObject({ kind: 'unreachable', path: '/repos/octo/app' })
  })

  it("stops at the step's deadline when it comes first", async () => {
    const server = await api(() => undefined)
    const client = await open(server, { timeoutMs: 10_000, deadline: new Deadline(300) })
    const failure = client.send('GET', '/repos/octo/app/pulls?state=open')
    await expect(failure).rejects.toBeInstanceOf(DeadlineError)
    await expect(failure).rejects.toThrow(/while waiting for GET \/repos\/octo\/app\/pulls\./)
  })
})

/** 20 MiB of JSON whitespace, sent as fast as the client reads. */
function oversized(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(1024 * 1024, 0x20)
  let sent = 0
  const write = () => {
    while (sent < 20 && res.write(chunk)) sent++
    if (sent < 20) res.once('drain', write)
    else res.end('[]')
  }
  write()
}
