/**
 * `pull-request: true` through the bundled action: the real registry for
 * tags, a stand-in of GitHub's REST endpoints (GITHUB_API_URL) for the
 * commits and pull requests. Each run starts from a fresh checkout of the
 * default branch, as a scheduled workflow does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGithubGit } from '../../lab/github-git.mjs'
import { pushImage, pushManifest } from '../../lab/seed.mjs'
import { act, closeAll, closeLater, failure, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import { tempDirWith } from '../helpers/temp-files.js'

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

async function pushTag(repo: string, tag: string): Promise<void> {
  const image = await pushImage(L.open.url, repo, { label: `${repo}:${tag}`, variant: undefined })
  await pushManifest(L.open.url, repo, tag, image.manifest, image.mediaType)
}

beforeAll(async () => {
  for (const tag of ['1.0.0', '1.1.0']) await pushTag(`${PREFIX}/app`, tag)
  for (const tag of ['2.0', '2.1']) await pushTag(`${PREFIX}/db`, tag)
})

async function github(mode?: string) {
  return closeLater(
    await startGithubGit({
      token: TOKEN,
      owner: 'octo',
      repo: 'site',
      files: FILES,
      ...(mode && { mode })
    } as never)
  )
}

/** A fresh checkout of the default branch, and the action run on it. */
function runOn(api: { url: string }, inputs: Record<string, string> = {}) {
  const dir = tempDirWith(FILES, 'checkout')
  return act(
    {
      image: 'auto',
      'update-files': 'Dockerfile\ncompose.yml',
      'pull-request': 'true',
      'github-token': TOKEN,
      ...inputs
    },
    {
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: api.url,
      GITHUB_REPOSITORY: 'octo/site',
      GITHUB_REF: 'refs/heads/main',
      REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS: '0'
    }
  )
}

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

    await pushTag(`${PREFIX}/app`, '1.2.0')
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
