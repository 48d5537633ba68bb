/**
 * GETs to the GitHub REST API through Octokit against a scripted API on
 * loopback: answers of every status come back as answers (not throws),
 * the token goes as Authorization, redirects are not followed, and a silent
 * or oversized answer is an error that names the URL without its query.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { githubGetter } from '../../src/github/client.js'
import { RegistryError } from '../../src/registry/failures.js'
import { Deadline } from '../../src/transport/deadline.js'
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
    const server = await api((_path, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(1024 * 1024, 0x20)
      let sent = 0
      const write = () => {
        while (sent < 20 && res.write(chunk)) sent++
        if (sent < 20) res.once('drain', write)
        else res.end('[]')
      }
      write()
    })
    const get = await getter(server)
    await expect(get(`${server.url}/orgs/octo-org/packages`)).rejects.toThrow(
      /answered more than 16(\.0)? MiB; refusing to read a response that large/
    )
  })
})
