import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../src/errors.js'
import { parsePullRequestInputs } from '../src/pull-inputs.js'

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

describe('parsePullRequestInputs', () => {
  it('reads release-notes (default true), labels and reviewers, comma or newline separated', () => {
    expect(
      parsePullRequestInputs(
        from({ labels: 'dependencies, docker\ndocker', reviewers: '@octocat\nocto-org/platform' }),
        true
      )
    ).toEqual({
      releaseNotes: true,
      labels: ['dependencies', 'docker'],
      reviewers: ['octocat', 'octo-org/platform']
    })
    expect(parsePullRequestInputs(from({ 'release-notes': 'false' }), false).releaseNotes).toBe(
      false
    )
  })

  // prettier-ignore
  it.each([
    [{ 'release-notes': 'maybe' }, true, 'release-notes'],
    [{ labels: 'x' }, false, 'labels'],
    [{ reviewers: 'octocat' }, false, 'reviewers'],
    [{ reviewers: 'not a user' }, true, 'reviewers'],
    [{ reviewers: 'a/b/c' }, true, 'reviewers'],
    [{ labels: 'l'.repeat(51) }, true, 'labels']
  ])('%j (pull-request %s) is a usage error naming %s', (inputs, pull, name) => {
    expect(() => parsePullRequestInputs(from(inputs), pull)).toThrow(UsageError)
    expect(() => parsePullRequestInputs(from(inputs), pull)).toThrow(new RegExp(name))
  })
})
