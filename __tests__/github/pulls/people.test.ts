/**
 * Pull requests that respect people, against the GitHub stand-in: the
 * trailer on every commit, a branch a person pushed to left as it is (and
 * said once), labels created when missing, reviewers asked (a refusal is a
 * warning), and pull requests no longer needed closed with their branch.
 */
import { describe, expect, it } from '@jest/globals'
import { closeStalePulls } from '../../../src/github/pulls/stale.js'
import { madeByAction } from '../../../src/github/pulls/trailer.js'
import { appPlan, contextFor, lines, pythonPlan, run, standIn, writesOf } from './helpers.js'

const BRANCH = 'registry-tags/python'

describe('the trailer', () => {
  it('is on every commit the action makes, and tells them from a person’s', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    const commit = api.state.commits.get(api.headOf(BRANCH)!)!
    expect(commit.message).toMatch(/\n\nRegistry-Tags-Update: python 3\.14\.7\n$/)
    expect(madeByAction(commit.message)).toBe(true)
    // prettier-ignore
    for (const message of ['Fix the build', 'Merge branch main into registry-tags/python', 'Registry-Tags-Update: python 1\n\nSigned-off-by: A <a@b>'])
      expect(madeByAction(message)).toBe(false)
  })
})

describe('a branch a person pushed to', () => {
  it('is never moved: the pull request is left as it is and told so once', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    const pushed = api.commitFiles(BRANCH, { 'fix.txt': 'a fix\n' })
    const bodyBefore = api.state.pulls[0]!.body

    const first = await run(api, pythonPlan('3.14.8'))
    expect(first.outcome).toMatchObject({ number: 1, action: 'stopped' })
    expect(api.headOf(BRANCH)).toBe(pushed)
    expect(api.state.pulls[0]!.body).toBe(bodyBefore)
    expect(writesOf(first.requests)).toEqual(['POST /issues/1/comments'])
    expect(first.log.lines.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
      expect.stringContaining('holds a commit registry-tags did not make')
    ])

    const second = await run(api, pythonPlan('3.14.9'))
    expect(second.outcome.action).toBe('stopped')
    expect(writesOf(second.requests)).toEqual([])
    expect(api.headOf(BRANCH)).toBe(pushed)
  })
})

describe('labels and reviewers', () => {
  it('creates missing labels, labels the pull request, and asks reviewers once', async () => {
    const api = await standIn({
      people: { labels: ['docker'], collaborators: ['octocat'], teams: ['octo/platform'] }
    } as never)
    const more = { labels: ['docker', 'dependencies'], reviewers: ['octocat', 'octo/platform'] }
    const first = await run(api, pythonPlan(), more)
    expect(first.outcome.action).toBe('opened')
    expect(api.state.pulls[0]).toMatchObject({
      labels: ['docker', 'dependencies'],
      reviewers: ['octocat', 'octo/platform']
    })
    expect(writesOf(first.requests)).toEqual(
      expect.arrayContaining([
        'POST /labels',
        'POST /issues/1/labels',
        'POST /pulls/1/requested_reviewers'
      ])
    )
    const again = await run(api, pythonPlan(), more)
    expect(writesOf(again.requests)).toEqual([])
  })

  it('warns about reviewers who cannot be asked, and still opens the pull request', async () => {
    const api = await standIn()
    const log = lines()
    const { outcome } = await run(
      api,
      pythonPlan(),
      { reviewers: ['stranger', 'elsewhere/team'] },
      log
    )
    expect(outcome.action).toBe('opened')
    const warnings = log.lines.filter(l => l.level === 'warning').map(l => l.message)
    expect(warnings).toEqual([
      expect.stringContaining('only teams of octo can review'),
      expect.stringMatching(/Could not ask stranger to review pull request #1: GitHub answered 422/)
    ])
  })
})

describe('closeStalePulls', () => {
  const question = (settled: string[], seen: string[] = settled, files: string[] = []) => ({
    settled: new Set(settled),
    seen: new Set(seen),
    files: new Set(files)
  })

  it('closes a pull request whose image is up to date, with a comment, and deletes its branch', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    await run(api, appPlan())
    const closed = await closeStalePulls(
      contextFor(api),
      question(['python'], ['python', 'ghcr.io/octo/app']),
      lines()
    )
    expect(closed).toEqual([expect.objectContaining({ key: 'python', number: 1 })])
    expect(api.state.pulls.map(p => p.state)).toEqual(['closed', 'open'])
    expect(api.headOf(BRANCH)).toBeUndefined()
    expect(api.state.people.comments.get(1)[0].body).toContain('no longer needed')
    // A later update of the same image is proposed again: the closing is not a person declining it.
    const reopened = await run(api, pythonPlan())
    expect(reopened.outcome).toMatchObject({ number: 3, action: 'opened' })
  })

  it('closes one whose image is gone from the files it changed, but not one of files this run did not read', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    await run(api, appPlan())
    const closed = await closeStalePulls(contextFor(api), question([], [], ['Dockerfile']), lines())
    expect(closed.map(c => c.key)).toEqual(['python'])
    expect(api.state.pulls.map(p => p.state)).toEqual(['closed', 'open'])
  })

  it('leaves open a pull request a person pushed to', async () => {
    const api = await standIn()
    await run(api, pythonPlan())
    api.commitFiles(BRANCH, { 'fix.txt': 'a fix\n' })
    const log = lines()
    expect(await closeStalePulls(contextFor(api), question(['python']), log)).toEqual([])
    expect(api.state.pulls[0]!.state).toBe('open')
    expect(log.text()).toContain('a person pushed to registry-tags/python: left open')
  })
})
