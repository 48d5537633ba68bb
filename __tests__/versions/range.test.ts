/** The `range` input: semver ranges over tags read as versions (4 components, rc, v-prefix). */
import { describe, expect, it } from '@jest/globals'
import { rangeTest } from '../../src/versions/range.js'
import { version } from './helpers.js'

// prettier-ignore
const CASES: [string, boolean, string, boolean][] = [
  // range, prerelease, tag, in range
  ['^3.12', false, '3.12.7', true],
  ['^3.12', false, '3.14.7-slim', true],
  ['^3.12', false, '4.0.0', false],
  ['^3.12', false, '3.9.20', false],
  ['~1.4', false, '1.4.9', true],
  ['~1.4', false, '1.5.0', false],
  ['>=2 <3', false, 'v2.11.3', true],
  ['3.x', false, '3', true],
  ['3.x', false, '3.14', true],
  // Four components compare on the first three: 1.2.3.4 is 1.2.3.
  ['1.2.3', false, '1.2.3.4', true],
  ['>1.2.3', false, '1.2.3.4', false],
  // A prerelease is in a range only when prereleases are asked for.
  ['^3.15.0-0', false, '3.15.0rc1', true],
  ['^3.14', false, '3.15.0rc1', false],
  ['^3.14', true, '3.15.0rc1', true],
  // An rc comes before its release; a partial range takes the line's prereleases in (semver's -0).
  ['>=10.10.0', true, '10.10-rc', false],
  ['>=10.10', true, '10.10-rc', true],
  ['>=10.9', true, '10.10.1-rc', true],
  ['<8.0.0', true, '8.0-M02', true]
]

describe('rangeTest', () => {
  it.each(CASES)('%s (prerelease %s): %s → %s', (range, prerelease, tag, expected) => {
    expect(rangeTest(range, prerelease)?.(version(tag))).toBe(expected)
  })

  it('is undefined without a range', () => {
    expect(rangeTest(undefined, false)).toBeUndefined()
    expect(rangeTest('', true)).toBeUndefined()
  })

  it('answers the same for a variant of a version it already asked about', () => {
    const test = rangeTest('^1.2', false)!
    const answers = ['1.2.3', '1.2.3-alpine', '1.2.3-slim-bookworm', '2.0.0', '2.0.0-alpine'].map(
      t => test(version(t))
    )
    expect(answers).toEqual([true, true, true, false, false])
  })
})
