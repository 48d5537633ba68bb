/**
 * Repositories mode on ghcr.io owners, end to end: the bundled action and the
 * command line list `ghcr.io/<owner>` through the stand-in of the GitHub
 * packages endpoints (lab/github-api.mjs). It is reached as GitHub Enterprise
 * Server users reach theirs, through GITHUB_API_URL; and once under the
 * default https://api.github.com through the CONNECT proxy of lab/proxy.mjs
 * (a test CA trusted through NODE_EXTRA_CA_CERTS). The token never shows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { SCOPE_MESSAGE, startGithubApi } from '../../lab/github-api.mjs'
import type { Run } from '../helpers/action.js'
import { act as run, closeAll, closeLater, failure, visible } from '../helpers/action.js'
import { connectsOf, proxyTo, throughProxy } from '../helpers/proxy.js'
import { expectListed, runsWith } from '../helpers/repositories.js'

const TOKEN = 'ghs_e2e-Secret-Token-27'
/** 250 packages: three pages of 100. */
const APPS = Array.from({ length: 250 }, (_, i) => `app-${String(i).padStart(3, '0')}`)
const TOOLS = ['Tool', 'sub/image']
const org = (names: string[]) => names.map(n => `octo-org/${n}`)

let api: Awaited<ReturnType<typeof startGithubApi>>
afterAll(closeAll)

beforeAll(async () => {
  api = closeLater(
    await startGithubApi({
      orgs: { 'octo-org': APPS },
      users: { octocat: TOOLS },
      token: TOKEN
    })
  )
})
beforeEach(() => api.reset())

/** The action and the command line with GITHUB_API_URL at the stand-in, as on GitHub Enterprise Server. */
const { act, cli } = runsWith(() => ({
  GITHUB_API_URL: api.url,
  REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '5000'
}))

const paths = () => api.requests.map(r => r.path.split('?')[0])

function expectTokenHidden(result: Run): void {
  expect(visible(result)).not.toContain(TOKEN)
  expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
}

describe('the action lists a ghcr.io owner', () => {
  it('an organisation with more than 100 packages: every page, by Link', async () => {
    const result = await act({ repositories: 'ghcr.io/octo-org', 'github-token': TOKEN })
    expectListed(result, org(APPS), 250)
    expect(paths()).toEqual([
      '/orgs/octo-org/packages',
      '/organizations/1001/packages',
      '/organizations/1001/packages'
    ])
    expect(api.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(result.summary).toContain('ghcr.io/octo-org')
    expect(result.summary).toContain('octo-org/app-000')
    expectTokenHidden(result)
  })

  it('a user: the organisation endpoint answers 404, the users endpoint lists', async () => {
    const result = await act({ repositories: 'ghcr.io/octocat', 'github-token': TOKEN })
    expectListed(result, ['octocat/sub/image', 'octocat/tool'], 2)
    expect(paths()).toEqual(['/orgs/octocat/packages', '/users/octocat/packages'])
    expectTokenHidden(result)
  })

  it('filter and exclude apply to the names', async () => {
    const result = await act({
      repositories: 'ghcr.io/octo-org',
      'github-token': TOKEN,
      filter: '^octo-org/app-0[0-4]',
      exclude: '[13579]$'
    })
    const expected = org(APPS.filter(n => /^app-0[0-4]/.test(n) && !/[13579]$/.test(n)))
    expect(expected).toHaveLength(25)
    expectListed(result, expected, 250)
  })
})

describe('the action explains what GitHub refuses', () => {
  it('a token without read:packages: the fix, in the message', async () => {
    api.mode = 'no-scope'
    const result = await act({ repositories: 'ghcr.io/octo-org', 'github-token': TOKEN })
    expect(result.code).toBe(1)
    const message = failure(result)
    expect(message).toContain(SCOPE_MESSAGE.slice(0, -1))
    expect(message).toContain('`permissions: packages: read`')
    expect(message).toContain('personal access token (classic) with read:packages')
    expect(paths()).toEqual(['/orgs/octo-org/packages'])
    expectTokenHidden(result)
  })

  it('no token: said before any request', async () => {
    const result = await act({ repositories: 'ghcr.io/octo-org' })
    expect(result.code).toBe(1)
    expect(failure(result)).toContain('needs a token with read:packages, and none was given')
    expect(api.requests).toEqual([])
  })

  it.each([
    ['a wrong token', { 'github-token': 'ghp_wrong-token' }, 'octo-org', 'token was refused'],
    ['an unknown owner', { 'github-token': TOKEN }, 'nobody', "no user or organisation 'nobody'"]
  ])('%s', async (_case, inputs, owner, says) => {
    const result = await act({ repositories: `ghcr.io/${owner}`, ...inputs })
    expect(result.code).toBe(1)
    expect(failure(result)).toContain(says)
    expect(visible(result)).not.toContain(inputs['github-token'])
  })
})

describe('the default https://api.github.com', () => {
  it('is reached through HTTPS_PROXY, trusting NODE_EXTRA_CA_CERTS', async () => {
    const github = closeLater(
      await startGithubApi({
        orgs: { 'octo-org': APPS },
        token: TOKEN,
        publicUrl: 'https://api.github.com'
      })
    )
    const proxy = await proxyTo({ 'api.github.com': github.url })
    const result = await run(
      { repositories: 'ghcr.io/octo-org', 'github-token': TOKEN },
      throughProxy(proxy)
    )
    expectListed(result, org(APPS), 250)
    expect(github.requests).toHaveLength(3)
    expect(new Set(connectsOf(proxy))).toEqual(new Set(['api.github.com:443']))
  })
})

describe('the command line lists a ghcr.io owner', () => {
  it('with GITHUB_TOKEN, as JSON', async () => {
    const result = await cli(['--repositories', 'ghcr.io/octo-org', '--json'], {
      env: { GITHUB_TOKEN: TOKEN }
    })
    expectListed(result, org(APPS), 250)
    expect(api.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true)
    expect(result.stdout + result.stderr).not.toContain(TOKEN)
  })

  it('with GH_TOKEN, a user, filtered', async () => {
    const result = await cli(['--repositories', 'ghcr.io/octocat', '--json', '--filter', 'sub/'], {
      env: { GH_TOKEN: TOKEN }
    })
    expectListed(result, ['octocat/sub/image'], 2)
  })

  it.each([
    ['without a token', {}, 'needs a token with read:packages'],
    ['with a token that lacks read:packages', { GITHUB_TOKEN: TOKEN }, 'read:packages scope']
  ])('explains a failure %s, with exit status 1', async (_case, env, says) => {
    if ('GITHUB_TOKEN' in env) api.mode = 'no-scope'
    const result = await cli(['--repositories', 'ghcr.io/octo-org'], { env })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(says)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stdout + result.stderr).not.toContain(TOKEN)
  })
})
