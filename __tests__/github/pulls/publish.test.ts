/**
 * One update's pull request through its life, against the stand-in of the
 * GitHub REST API on loopback: opened, left alone, moved to a newer tag,
 * declined by a person, replaced after a merge; grouped or one per image;
 * the base branch; GitHub Enterprise Server's /api/v3.
 */
import { describe, expect, it } from '@jest/globals'
import { readMarker } from '../../../src/github/pulls/marker.js'
import {
  DEPLOY,
  DOCKERFILE,
  OWNER,
  REPO,
  TOKEN,
  appPlan,
  groupPlan,
  pythonPlan,
  run,
  standIn,
  writesOf
} from './helpers.js'

/** Every request of a run, `METHOD /path-after-the-repository`, query left out. */
const callsOf = (requests: { method: string; path: string }[]) =>
  requests.map(
    r => `${r.method} ${r.path.replace(/^.*\/repos\/[^/]+\/[^/]+/, '').split('?')[0] || '/'}`
  )

describe('publishPullRequest', () => {
  it('opens a pull request on the first run: blob, tree, commit on the base head, branch, pull', async () => {
    const api = await standIn()
    const mainHead = api.headOf('main')
    const { outcome, requests, log } = await run(api, pythonPlan())
    expect(outcome).toEqual({
      number: 1,
      url: `https://github.example/${OWNER}/${REPO}/pull/1`,
      action: 'opened'
    })
    expect(callsOf(requests)).toEqual([
      'GET /',
      'GET /pulls',
      'GET /git/ref/heads/registry-tags/python',
      'GET /git/ref/heads/main',
      `GET /git/commits/${mainHead}`,
      expect.stringMatching(/^GET \/git\/trees\/[0-9a-f]{40}$/),
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/refs',
      'POST /pulls'
    ])
    expect(requests.every(r => r.authorization)).toBe(true)
    expect(log.text()).not.toContain(TOKEN)
    expect(log.lines.filter(l => l.level === 'info').map(l => l.message)).toEqual([
      expect.stringMatching(/^Committed 1 file to registry-tags\/python \([0-9a-f]{12}\) on main$/),
      `Opened pull request #1: https://github.example/${OWNER}/${REPO}/pull/1`
    ])
    expect(api.fileAt('registry-tags/python', 'Dockerfile')).toBe(pythonPlan().files[0]!.content)
    expect(api.fileAt('registry-tags/python', 'README.md')).toBe('# shop\n')
    const commit = api.state.commits.get(api.headOf('registry-tags/python')!)!
    expect(commit).toMatchObject({ parents: [mainHead], author: false })
    expect(commit.message).toMatch(
      /^Update python from 3\.12\.1 to 3\.14\.7\n\n- python: 3\.12\.1 → 3\.14\.7 \(minor\)/
    )
    const [pull] = api.state.pulls
    expect(pull).toMatchObject({ head: 'registry-tags/python', base: 'main', state: 'open' })
    expect(pull!.title).toBe('Update python from 3.12.1 to 3.14.7')
    expect(readMarker(pull!.body)).toMatchObject({ key: 'python', updates: ['python:3.14.7'] })
  })

  it('writes nothing on a second run with the same result, even after the base moved on', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    const branchHead = api.headOf('registry-tags/python')
    api.commitFiles('main', { 'README.md': '# shop, edited\n' })
    const { outcome, requests } = await run(api, pythonPlan())
    expect(outcome).toMatchObject({ number: 1, action: 'unchanged' })
    expect(writesOf(requests)).toEqual([])
    expect(callsOf(requests)).toEqual([
      'GET /',
      'GET /pulls',
      'GET /git/ref/heads/registry-tags/python',
      `GET /git/commits/${branchHead}`,
      expect.stringMatching(/^GET \/git\/trees\//)
    ])
    expect(api.headOf('registry-tags/python')).toBe(branchHead)
  })

  it('moves the same branch and pull request to a newer tag, on the current base head', async () => {
    const api = await standIn()
    await run(api, pythonPlan('3.14.7'))
    const newMain = api.commitFiles('main', { 'README.md': '# shop, edited\n' })
    const { outcome, requests } = await run(api, pythonPlan('3.15.0'))
    expect(outcome).toMatchObject({ number: 1, action: 'updated' })
    expect(writesOf(requests)).toEqual([
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      'PATCH /git/refs/heads/registry-tags/python',
      'PATCH /pulls/1'
    ])
    expect(
      requests.find(r => r.method === 'PATCH' && r.path.includes('/git/refs/'))!.body
    ).toMatchObject({ force: true })
    expect(api.state.pulls).toHaveLength(1)
    expect(api.state.pulls[0]!.title).toBe('Update python from 3.12.1 to 3.15.0')
    expect(api.fileAt('registry-tags/python', 'Dockerfile')).toContain('python:3.15.0')
    expect(api.fileAt('registry-tags/python', 'README.md')).toBe('# shop, edited\n')
    expect(api.state.commits.get(api.headOf('registry-tags/python')!)!.parents).toEqual([newMain])
  })

  it('finds its pull request by the marker after a person retitled it, and puts the title back', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    const pull = api.state.pulls[0]!
    pull.title = 'chore: python 3.14'
    const { outcome, requests } = await run(api, pythonPlan())
    expect(outcome).toMatchObject({ number: 1, action: 'updated' })
    expect(writesOf(requests)).toEqual(['PATCH /pulls/1'])
    expect(requests.at(-1)!.body).toEqual({ title: 'Update python from 3.12.1 to 3.14.7' })
  })

  it('gives one pull request for a group of two images, and two for two plans', async () => {
    const grouped = await standIn()
    const { outcome } = await run(grouped, groupPlan())
    expect(outcome.action).toBe('opened')
    expect(grouped.state.pulls.map(p => p.head)).toEqual(['registry-tags/all'])
    expect(grouped.fileAt('registry-tags/all', 'Dockerfile')).toContain('python:3.14.7')
    expect(grouped.fileAt('registry-tags/all', 'deploy/app.yaml')).toContain('app:1.2.0')
    expect(grouped.state.pulls[0]!.title).toBe(
      'Update 2 images: python 3.14.7, ghcr.io/octo/app 1.2.0'
    )

    const apart = await standIn()
    const first = await run(apart, pythonPlan())
    const second = await run(apart, appPlan())
    expect([first.outcome.number, second.outcome.number]).toEqual([1, 2])
    expect(apart.state.pulls.map(p => p.head)).toEqual([
      'registry-tags/python',
      'registry-tags/ghcr.io-octo-app'
    ])
    expect(apart.fileAt('registry-tags/python', 'deploy/app.yaml')).toBe(
      apart.fileAt('main', 'deploy/app.yaml')
    )
  })

  it('does not reopen a pull request a person closed unmerged for the same update; a newer tag opens a new one', async () => {
    const api = await standIn()
    await run(api, pythonPlan('3.14.7'))
    api.closePull(1)
    const declined = await run(api, pythonPlan('3.14.7'))
    expect(declined.outcome).toEqual({
      number: 1,
      url: expect.stringContaining('/pull/1'),
      action: 'declined'
    })
    expect(writesOf(declined.requests)).toEqual([])
    expect(declined.log.lines.filter(l => l.level === 'info').map(l => l.message)).toEqual([
      expect.stringContaining('#1 for these updates was closed without merging')
    ])

    const newer = await run(api, pythonPlan('3.15.0'))
    expect(newer.outcome).toMatchObject({ number: 2, action: 'opened' })
    expect(writesOf(newer.requests)).toContain('PATCH /git/refs/heads/registry-tags/python')
    expect(api.state.pulls.map(p => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'open']
    ])
  })

  it('opens a new pull request after the older one was merged', async () => {
    const api = await standIn()
    await run(api, pythonPlan('3.14.7'))
    api.closePull(1, { merged: true })
    expect(api.fileAt('main', 'Dockerfile')).toContain('python:3.14.7')
    const plan = pythonPlan('3.15.0')
    const merged = { ...plan, updates: [{ ...plan.updates[0]!, from: '3.14.7' }] }
    const { outcome } = await run(api, merged)
    expect(outcome).toMatchObject({ number: 2, action: 'opened' })
    const commit = api.state.commits.get(api.headOf('registry-tags/python')!)!
    expect(commit.parents).toEqual([api.headOf('main')])
  })

  it('rebuilds a group branch when an image leaves the group, though the other files are the same', async () => {
    const api = await standIn()
    await run(api, groupPlan())
    const { outcome, requests } = await run(api, { ...pythonPlan(), key: 'all' })
    expect(outcome).toMatchObject({ number: 1, action: 'updated' })
    expect(writesOf(requests)).toEqual([
      'POST /git/trees',
      'POST /git/commits',
      'PATCH /git/refs/heads/registry-tags/all',
      'PATCH /pulls/1'
    ])
    expect(api.fileAt('registry-tags/all', 'deploy/app.yaml')).toBe(DEPLOY)
    expect(api.fileAt('registry-tags/all', 'Dockerfile')).toContain('python:3.14.7')
  })

  it('opens the same update again when its merged pull request was reverted', async () => {
    const api = await standIn()
    await run(api, pythonPlan('3.14.7'))
    api.closePull(1, { merged: true })
    api.commitFiles('main', { Dockerfile: DOCKERFILE })
    const { outcome } = await run(api, pythonPlan('3.14.7'))
    expect(outcome).toMatchObject({ number: 2, action: 'opened' })
  })

  it.each([
    ['refs/heads/develop', 'develop'],
    ['refs/heads/main', 'main'],
    ['refs/pull/7/merge', 'main'],
    ['refs/tags/v1.0.0', 'main'],
    ['refs/heads/registry-tags/python', 'main'],
    [undefined, 'main']
  ])('takes the base from GITHUB_REF %s: %s', async (ref, base) => {
    const api = await standIn({
      branches: { develop: { ...{ Dockerfile: DOCKERFILE, 'dev.txt': 'dev\n' } } }
    })
    await run(api, pythonPlan(), ref ? { ref } : {})
    expect(api.state.pulls[0]!.base).toBe(base)
    const commit = api.state.commits.get(api.headOf('registry-tags/python')!)!
    expect(commit.parents).toEqual([api.headOf(base)])
    expect(api.fileAt('registry-tags/python', 'dev.txt')).toBe(
      base === 'develop' ? 'dev\n' : undefined
    )
  })

  it("honours GITHUB_API_URL's path on GitHub Enterprise Server (/api/v3)", async () => {
    const api = await standIn({ prefix: '/api/v3' })
    const { outcome, requests } = await run(api, pythonPlan())
    expect(outcome.action).toBe('opened')
    expect(requests.every(r => r.path.startsWith(`/api/v3/repos/${OWNER}/${REPO}`))).toBe(true)
  })

  it('keeps an executable file executable, and refuses to replace a symbolic link', async () => {
    const api = await standIn()
    api.commitFiles('main', {
      'run.sh': { content: 'docker run python:3.12.1\n', mode: '100755' },
      'python.Dockerfile': { content: 'Dockerfile', mode: '120000' }
    })
    const script = {
      ...pythonPlan(),
      files: [{ path: 'run.sh', content: 'docker run python:3.14.7\n' }]
    }
    await run(api, script)
    expect(api.modeAt('registry-tags/python', 'run.sh')).toBe('100755')
    expect(api.fileAt('registry-tags/python', 'run.sh')).toBe('docker run python:3.14.7\n')

    const link = {
      ...pythonPlan(),
      key: 'link',
      files: [{ path: 'python.Dockerfile', content: 'FROM python:3.14.7\n' }]
    }
    const before = api.requests.length
    await expect(run(api, link)).rejects.toThrow(
      "Could not commit python.Dockerfile in octo/shop: on the base branch it is a symbolic link, not a file; refusing to replace it. Leave it out of 'update-files'."
    )
    expect(writesOf(api.requests.slice(before))).toEqual([])
  })

  it('uploads no blob the branch already holds', async () => {
    const api = await standIn()
    await run(api, groupPlan('3.14.7', '1.2.0'))
    const { requests } = await run(api, groupPlan('3.15.0', '1.2.0'))
    expect(writesOf(requests).filter(w => w === 'POST /git/blobs')).toHaveLength(1)
    expect(api.fileAt('registry-tags/all', 'deploy/app.yaml')).toContain('app:1.2.0')
  })
})
