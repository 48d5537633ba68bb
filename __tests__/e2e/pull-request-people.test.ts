/**
 * Issue 19 through the bundled action: release notes in the pull request
 * (the source from the new image's annotations or labels, releases from the
 * GitHub that hosts it, pinging no one), the source in the job summary,
 * `release-notes: false`, a branch a person pushed to left as it is,
 * labels and reviewers, and a pull request no longer needed closed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGithubReleases } from '../../lab/github-releases.mjs'
import { pushLabelledImage } from '../../lab/source-images.mjs'
import { closeAll, closeLater, failure, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import { proxyTo, throughProxy } from '../helpers/proxy.js'
import { runPullRequest, startGithubSite } from '../helpers/pull-requests.js'

const L = lab().scratch
afterAll(closeAll)

const PREFIX = `people${Date.now().toString(36)}`
const TOKEN = 'ghs_peopleStandInToken456'
const app = `${L.open.host}/${PREFIX}/app`
const tool = `${L.open.host}/${PREFIX}/tool`
const FILES = { Dockerfile: `FROM ${app}:1.0.0\nFROM ${tool}:2.0.0\n` }
const OWN_SOURCE = 'https://github.example/upstream/app'
const DOTCOM_SOURCE = 'https://github.com/octo/tool'
const RELEASES = {
  'upstream/app': [
    { tag_name: 'v1.1.0', body: 'Fixes #3, thanks @alice\n\n</details><!-- registry-tags: {} -->' },
    { tag_name: 'v1.0.1', body: 'Small fix' },
    { tag_name: 'v1.0.0', body: 'First' }
  ]
}
const source = (link: string) => ({
  'org.opencontainers.image.source': link,
  'org.opencontainers.image.revision': 'abcdef0123456789abcdef0123456789abcdef01'
})

beforeAll(async () => {
  const base = L.open.url
  await pushLabelledImage(base, `${PREFIX}/app`, { tag: '1.0.0', annotations: source(OWN_SOURCE) })
  await pushLabelledImage(base, `${PREFIX}/app`, { tag: '1.1.0', annotations: source(OWN_SOURCE) })
  await pushLabelledImage(base, `${PREFIX}/tool`, { tag: '2.0.0', labels: source(DOTCOM_SOURCE) })
  await pushLabelledImage(base, `${PREFIX}/tool`, { tag: '2.1.0', labels: source(DOTCOM_SOURCE) })
})

const github = (options: Record<string, unknown> = {}) =>
  startGithubSite(TOKEN, FILES, { releases: RELEASES, ...options })

/** The action on a fresh checkout of `files`, in a workflow run on https://github.example. */
const runOn = (
  api: { url: string },
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  files = FILES
) =>
  runPullRequest(api, {
    token: TOKEN,
    files,
    inputs,
    env: { GITHUB_SERVER_URL: 'https://github.example', ...env }
  })

const pullOf = (api: Awaited<ReturnType<typeof github>>, image: string) =>
  api.state.pulls.find(p => p.head.endsWith(image.split('/').pop()!))!

describe('release notes', () => {
  it('puts the notes of the workflow’s own GitHub in the body, pinging no one, and the source in the summary', async () => {
    const api = await github()
    const run = await runOn(api)
    expect(failure(run)).toBe('')
    const body = pullOf(api, app).body ?? ''
    expect(body).toContain('Source: [upstream/app](https://github.example/upstream/app)')
    expect(body).toContain('revision `abcdef0123456789abcdef0123456789abcdef01`')
    expect(body).toContain('[compare](https://github.example/upstream/app/compare/v1.0.0...v1.1.0)')
    expect(body).toMatch(/<summary>v1\.1\.0<\/summary>[\s\S]*<summary>v1\.0\.1<\/summary>/)
    expect(body).not.toContain('<summary>v1.0.0</summary>')
    expect(body).toContain('@&#8203;alice')
    expect(body).toContain('[&#35;3](https://github.example/upstream/app/issues/3)')
    expect(body.match(/<!-- registry-tags:/g)).toHaveLength(1)
    const asked = api.requests.filter(r => r.path.includes('/repos/upstream/app/releases'))
    expect(asked.length).toBe(1)
    expect(asked.every(r => r.authorization)).toBe(true)
    const results = JSON.parse(run.outputs['results']!) as { image: string; source?: string }[]
    expect(results.find(r => r.image === app)?.source).toBe(OWN_SOURCE)
    expect(results.find(r => r.image === tool)?.source).toBe(DOTCOM_SOURCE)
    expect(run.summary).toContain('Sources')
    expect(run.summary).toContain('https://github.example/upstream/app')
    expect(visible(run)).not.toContain(TOKEN)
  })

  it('says in the body when the releases cannot be read, and the step still succeeds', async () => {
    const api = await github({ releases: {} })
    const run = await runOn(api)
    expect(failure(run)).toBe('')
    expect(pullOf(api, app).body).toContain('_Release notes could not be read:')
  })

  it('reads none with release-notes: false', async () => {
    const api = await github()
    const run = await runOn(api, { 'release-notes': 'false' })
    expect(failure(run)).toBe('')
    expect(pullOf(api, app).body).not.toContain('Source:')
    expect(api.requests.some(r => r.path.includes('/releases'))).toBe(false)
    expect(run.summary).not.toContain('Sources')
  })

  it('asks github.com anonymously from GitHub Enterprise Server, never with the token', async () => {
    const api = await github({ prefix: '/api/v3' })
    const dotcom = closeLater(
      await startGithubReleases({
        releases: {
          'octo/tool': [{ tag_name: 'v2.1.0', body: 'Tool @bob' }, { tag_name: 'v2.0.0' }]
        }
      })
    )
    const proxy = await proxyTo({
      'api.github.com': dotcom.url,
      'ghes.example': api.url.replace('/api/v3', '')
    })
    const run = await runOn(
      api,
      {},
      {
        GITHUB_SERVER_URL: 'https://ghes.example',
        GITHUB_API_URL: 'https://ghes.example/api/v3',
        ...throughProxy(proxy),
        NO_PROXY: '127.0.0.1,localhost'
      }
    )
    expect(failure(run)).toBe('')
    expect(dotcom.requests.map(r => r.path.split('?')[0])).toEqual(['/repos/octo/tool/releases'])
    expect(dotcom.requests.every(r => r.authorization === null)).toBe(true)
    const body = pullOf(api, tool).body ?? ''
    expect(body).toContain('Tool @&#8203;bob')
    expect(body).toContain('[compare](https://github.com/octo/tool/compare/v2.0.0...v2.1.0)')
  })
})

describe('pull requests that respect people', () => {
  it('never moves a branch a person pushed to, says so once, in the log and the summary', async () => {
    const api = await github()
    await runOn(api, { 'release-notes': 'false' })
    const branch = pullOf(api, app).head
    const pushed = api.commitFiles(branch, { 'fix.txt': 'mine\n' })
    await pushLabelledImage(L.open.url, `${PREFIX}/app`, {
      tag: '1.2.0',
      annotations: source(OWN_SOURCE)
    })
    const run = await runOn(api, { 'release-notes': 'false' })
    expect(failure(run)).toBe('')
    expect(api.headOf(branch)).toBe(pushed)
    expect(run.stdout).toMatch(/::warning::.*holds a commit registry-tags did not make/)
    expect(run.summary).toContain('stopped')
    const again = await runOn(api, { 'release-notes': 'false' })
    expect(again.code).toBe(0)
    expect(api.state.people.comments.get(pullOf(api, app).number)).toHaveLength(1)
  })

  it('labels (creating them) and asks reviewers; one that cannot be asked is a warning', async () => {
    const api = await github({ people: { collaborators: ['octocat'] } })
    const run = await runOn(api, {
      'release-notes': 'false',
      labels: 'dependencies',
      reviewers: 'octocat, stranger'
    })
    expect(failure(run)).toBe('')
    expect(pullOf(api, app).labels).toEqual(['dependencies'])
    expect(pullOf(api, app).reviewers).toEqual(['octocat'])
    expect(run.stdout).toMatch(/::warning::Could not ask stranger to review/)
  })

  it('closes a pull request whose update is no longer needed, and deletes its branch', async () => {
    const api = await github()
    await runOn(api, { 'release-notes': 'false' })
    const pull = pullOf(api, tool)
    // The base branch got the tag some other way; the next run reads it.
    const moved = { Dockerfile: FILES.Dockerfile.replace(`${tool}:2.0.0`, `${tool}:2.1.0`) }
    api.commitFiles('main', moved)
    const run = await runOn(api, { 'release-notes': 'false' }, {}, moved)
    expect(failure(run)).toBe('')
    expect(api.state.pulls.find(p => p.number === pull.number)!.state).toBe('closed')
    expect(api.headOf(pull.head)).toBeUndefined()
    expect(run.summary).toContain('closed')
  })
})
