/**
 * Which GitHub is asked for a source's releases, with which token, and the
 * releases read page by page from a stand-in on loopback.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startGithubReleases } from '../../lab/github-releases.mjs'
import { fetchReleases, githubRepositoryOf, releasesApiFor } from '../../src/github/releases.js'
import { silentLogger } from '../../src/logger.js'

const GHES = {
  GITHUB_SERVER_URL: 'https://ghe.example',
  GITHUB_API_URL: 'https://ghe.example/api/v3'
}
const DOTCOM = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: 'https://api.github.com' }

describe('githubRepositoryOf', () => {
  // prettier-ignore
  it.each([
    ['https://github.com/octo/app', DOTCOM, { host: 'github.com', owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app.git', DOTCOM, { host: 'github.com', owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app/tree/main/sub', DOTCOM, { host: 'github.com', owner: 'octo', name: 'app' }],
    ['https://ghe.example/team/svc', GHES, { host: 'ghe.example', owner: 'team', name: 'svc' }],
    ['https://github.com/octo/app', GHES, { host: 'github.com', owner: 'octo', name: 'app' }],
    ['https://ghe.example/team/svc', DOTCOM, undefined],
    ['https://gitlab.com/octo/app', DOTCOM, undefined],
    ['https://github.com/octo', DOTCOM, undefined],
    ['http://github.com/octo/app', DOTCOM, undefined]
  ])('%s under %j', (source, env, expected) => {
    expect(githubRepositoryOf(source, env)).toEqual(expected)
  })
})

describe('releasesApiFor', () => {
  const TOKEN = 'ghs_own'
  it('sends the token only to the workflow’s own GitHub API', () => {
    const own = { host: 'ghe.example', owner: 'o', name: 'r' }
    const dotcom = { host: 'github.com', owner: 'o', name: 'r' }
    expect(releasesApiFor(own, GHES, TOKEN)).toEqual({
      apiUrl: 'https://ghe.example/api/v3',
      token: TOKEN
    })
    expect(releasesApiFor(dotcom, GHES, TOKEN)).toEqual({ apiUrl: 'https://api.github.com' })
    expect(releasesApiFor(dotcom, DOTCOM, TOKEN)).toEqual({
      apiUrl: 'https://api.github.com',
      token: TOKEN
    })
    expect(releasesApiFor({ ...own, host: 'other.example' }, GHES, TOKEN)).toBeUndefined()
  })
})

describe('fetchReleases', () => {
  const closers: { close(): Promise<void> }[] = []
  afterEach(async () => {
    while (closers.length) await closers.pop()!.close()
  })
  const repo = { host: 'github.com', owner: 'octo', name: 'app' }
  const options = { log: silentLogger, timeoutMs: 5000 }

  it('reads pages until the current version’s release, anonymously when no token is given', async () => {
    const list = Array.from({ length: 250 }, (_, i) => ({
      tag_name: `v1.${249 - i}.0`,
      body: `n${i}`
    }))
    const api = await startGithubReleases({ releases: { 'octo/app': list } })
    closers.push(api)
    const got = await fetchReleases(
      repo,
      { apiUrl: api.url },
      { from: '1.120', to: '1.249.0', image: 'app' },
      options
    )
    expect(got.map(r => r.tag)).toHaveLength(129)
    expect(got[0]!.tag).toBe('v1.249.0')
    expect(api.requests.map(r => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual([
      '1',
      '2'
    ])
    expect(api.requests.every(r => r.authorization === null)).toBe(true)
  })

  it('does not wait out a secondary rate limit for notes: one request, then GitHub’s answer', async () => {
    const requests: string[] = []
    const server = createServer((req, res) => {
      requests.push(req.url ?? '')
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '30' })
      res.end(JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    closers.push({ close: () => new Promise<void>(resolve => server.close(() => resolve())) })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const started = Date.now()
    await expect(
      fetchReleases(repo, { apiUrl: url }, { from: '1', to: '2', image: 'app' }, options)
    ).rejects.toThrow(/GitHub answered 429 \(You have exceeded a secondary rate limit\)/)
    expect(requests).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('sends the token it is given, and fails with GitHub’s answer for an unknown repository', async () => {
    const api = await startGithubReleases({ releases: {} })
    closers.push(api)
    await expect(
      fetchReleases(
        repo,
        { apiUrl: api.url, token: 'ghs_x' },
        { from: '1', to: '2', image: 'app' },
        options
      )
    ).rejects.toThrow(/GitHub answered 404 \(Not Found\)/)
    expect(api.requests[0]!.authorization).toBe('token ghs_x')
  })
})

describe('without GITHUB_SERVER_URL', () => {
  it('takes the own GitHub from GITHUB_API_URL, so a github.com source never gets the token of another', () => {
    const dotcom = { host: 'github.com', owner: 'o', name: 'r' }
    expect(releasesApiFor(dotcom, { GITHUB_API_URL: 'https://ghe.example/api/v3' }, 't')).toEqual({
      apiUrl: 'https://api.github.com'
    })
    expect(releasesApiFor(dotcom, {}, 't')).toEqual({
      apiUrl: 'https://api.github.com',
      token: 't'
    })
  })
})
