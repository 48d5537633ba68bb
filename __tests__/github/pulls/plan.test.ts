/** Plans are checked before anything is sent; blob ids are git's own. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { ActionError } from '../../../src/errors.js'
import { gitBlobSha } from '../../../src/github/pulls/git.js'
import { checkPlan, commitMessage, pathProblem } from '../../../src/github/pulls/plan.js'
import { groupPlan, pythonPlan } from './helpers.js'

describe('pathProblem', () => {
  // prettier-ignore
  it.each([
    ['Dockerfile', ''],
    ['deploy/k8s/app.yaml', ''],
    ['.github/workflows/ci.yml', ''],
    ['dir with space/Dockerfile', ''],
    ['', 'non-empty'],
    ['/etc/passwd', 'relative'],
    ['a//b', 'relative'],
    ['a/./b', 'relative'],
    ['../outside', 'relative'],
    ['a/', 'relative'],
    ['a\\b', 'printable'],
    ['a\nb', 'printable'],
    ['.git/config', '.git'],
    ['sub/.GIT/hooks/x', '.git']
  ])('%j: %s', (path, problem) => {
    const why = pathProblem(path)
    if (problem) expect(why).toContain(problem)
    else expect(why).toBe('')
  })
})

describe('checkPlan', () => {
  it.each([
    [{ ...pythonPlan(), key: ' ' }, /needs a key/],
    [{ ...pythonPlan(), updates: [] }, /no updates or no files/],
    [{ ...pythonPlan(), files: [] }, /no updates or no files/],
    [{ ...pythonPlan(), files: [{ path: '../x', content: '' }] }, /Cannot commit '\.\.\/x'/],
    [{ ...pythonPlan(), files: [...pythonPlan().files, ...pythonPlan().files] }, /twice/]
  ])('refuses %#', (plan, message) => {
    expect(() => checkPlan(plan)).toThrow(ActionError)
    expect(() => checkPlan(plan)).toThrow(message)
  })

  it('accepts a group plan', () => {
    expect(() => checkPlan(groupPlan())).not.toThrow()
  })
})

describe('commitMessage', () => {
  it('is the title, then a line per update, then a trailer per update', () => {
    expect(commitMessage(groupPlan())).toBe(
      'Update 2 images: python 3.14.7, ghcr.io/octo/app 1.2.0\n\n- python: 3.12.1 → 3.14.7 (minor)\n- ghcr.io/octo/app: 1.0.0 → 1.2.0 (minor)\n\nRegistry-Tags-Update: python 3.14.7\nRegistry-Tags-Update: ghcr.io/octo/app 1.2.0\n'
    )
  })
})

describe('gitBlobSha', () => {
  it.each(['', 'hello\n', 'FROM python:3.14.7\r\n', 'naïve ✓\n'])(
    'is what git hash-object says for %j',
    text => {
      const git = execFileSync('git', ['hash-object', '--stdin'], {
        input: Buffer.from(text, 'utf8')
      })
      expect(gitBlobSha(text)).toBe(git.toString().trim())
    }
  )

  it('knows the empty blob', () => {
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391')
  })
})
