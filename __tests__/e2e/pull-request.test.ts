/**
 * `pull-request: true` through the bundled action: the real registry for
 * tags, a stand-in of GitHub's REST endpoints (GITHUB_API_URL) for the
 * commits and pull requests. Each run starts from a fresh checkout of the
 * default branch, as a scheduled workflow does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeAll, failure, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import { runPullRequest, startGithubSite } from '../helpers/pull-requests.js'
import { pushTag } from '../helpers/push.js'

const L = lab().scratch
afterAll(closeAll)

const PREFIX = `pr${Date.now().toString(36)}`
const TOKEN = 'ghs_pullRequestStandInToken123'
const app = `${L.open.host}/${PREFIX}/app`
const db = `${L.open.host}/${PREFIX}/db`
const FILES = {
  Dockerfile: `FROM ${app}:1.0.0\nRUN true\n`,
  'compose.yml': `services:\n  db:\n    image: ${db}:2.0\n`
}

beforeAll(async () => {
  for (const tag of ['1.0.0', '1.1.0']) await pushTag(L.open.url, `${PREFIX}/app`, tag)
  for (const tag of ['2.0', '2.1']) await pushTag(L.open.url, `${PREFIX}/db`, tag)
})

const github = (mode?: string) => startGithubSite(TOKEN, FILES, mode ? { mode } : {})

/** A fresh checkout of the default branch, and the action run on it. */
const runOn = (api: { url: string }, inputs: Record<string, string> = {}) =>
  runPullRequest(api, {
    token: TOKEN,
    files: FILES,
    inputs: { 'update-files': 'Dockerfile\ncompose.yml', ...inputs }
  })

const writes = (api: { requests: { method: string }[] }): number =>
  api.requests.filter(r => r.method !== 'GET').length

describe('one pull request per image', () => {
  it('opens one per image, changes nothing on a second run, and updates the same one after a new tag', async () => {
    const api = await github()
    const first = await runOn(api)
    expect(failure(first)).toBe('')
    expect(api.state.pulls.map(p => [p.number, p.head, p.state])).toEqual([
      [1, `registry-tags/${L.open.host.replace(':', '-')}-${PREFIX}-app`, 'open'],
      [2, `registry-tags/${L.open.host.replace(':', '-')}-${PREFIX}-db`, 'open']
    ])
    expect(first.outputs['pull-request-number']).toBe('1')
    expect(first.outputs['pull-request-url']).toMatch(/\/pull\/1$/)
    expect(api.fileAt(api.state.pulls[0]!.head, 'Dockerfile')).toBe(`FROM ${app}:1.1.0\nRUN true\n`)
    expect(api.fileAt(api.state.pulls[0]!.head, 'compose.yml')).toBe(FILES['compose.yml'])
    expect(api.fileAt(api.state.pulls[1]!.head, 'compose.yml')).toContain(`${db}:2.1\n`)
    expect(api.state.pulls[0]!.body).toContain('1.1.0')
    expect(visible(first)).not.toContain(TOKEN)

    const before = writes(api)
    const second = await runOn(api)
    expect(second.code).toBe(0)
    expect(writes(api)).toBe(before)
    expect(second.outputs['pull-request-number']).toBe('1')

    await pushTag(L.open.url, `${PREFIX}/app`, '1.2.0')
    const third = await runOn(api)
    expect(third.code).toBe(0)
    expect(api.state.pulls).toHaveLength(2)
    expect(api.fileAt(api.state.pulls[0]!.head, 'Dockerfile')).toBe(`FROM ${app}:1.2.0\nRUN true\n`)
    expect(api.state.pulls[0]!.title).toContain('1.2.0')
    expect(third.summary).toContain('#1')
  })

  it('opens one pull request for every image with group: true', async () => {
    const api = await github()
    const run = await runOn(api, { group: 'true' })
    expect(failure(run)).toBe('')
    expect(api.state.pulls.map(p => p.head)).toEqual(['registry-tags/all'])
    expect(api.fileAt('registry-tags/all', 'compose.yml')).toContain(`${db}:2.1\n`)
    expect(api.fileAt('registry-tags/all', 'Dockerfile')).not.toContain(`${app}:1.0.0`)
  })

  it('says which setting to change when GitHub Actions may not open pull requests', async () => {
    const api = await github('actions-pr-disabled')
    const run = await runOn(api)
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/Allow GitHub Actions to create and approve pull requests/)
    expect(visible(run)).not.toContain(TOKEN)
  })
})
