/**
 * Floating tags on a prerelease line: `8.0` beside `8.0-M02` while redis's
 * releases are `7.4.2`, so `8.0` is not a release yet. Tag lists as hosted
 * repositories have them (redis, mariadb, python, elasticsearch).
 */
import { describe, expect, it } from '@jest/globals'
import { FloatingLines, floatingOnPrerelease } from '../../src/versions/floating.js'
import { tagHistory } from '../helpers/fixtures.js'
import { version, versions } from './helpers.js'

// prettier-ignore
const CASES: [string, string[], string[]][] = [
  ['redis before 8.0.0', ['8.0', '8.0-M02', '8.0-M01', '7.4.2', '7.4', '7.2.7'], ['8.0']],
  ['redis once 8.0.0 is out', ['8.0', '8.0.0', '8.0-M02', '7.4.2', '7.4'], []],
  ['mariadb rc', ['11.8', '11.8-rc', '11.7.2', '11.7', '11'], ['11.8']],
  ['python rc: its floating tag is more specific than the rc line', ['3.15', '3.15.0rc1', '3.14.7', '3.14'], ['3.15']],
  ['releases no more specific than the line', ['6.0', '6.0-alpha2', '5.0', '4.0'], []],
  ['no prerelease at all', ['8.0', '7.4.2', '7.4'], []],
  ['another variant is another line', ['6.0-alpine', '6.0-alpha2', '5.0.9-alpine', '5.0.9'], []],
  ['the same variant is the same line', ['6.0-alpine', '6.0-alpha2-alpine', '5.0.9-alpine'], ['6.0-alpine']],
  ['another channel is another line', ['develop-6.0', '6.0-alpha2', '5.0.9'], []],
  ['a major alone on an rc line', ['9', '9.0.0-rc1', '8.17.2', '8.17', '8'], ['9']],
  ['elasticsearch-like: 9.0.0 released', ['9', '9.0.0', '9.0.0-rc1', '8.17.2'], []]
]

describe('floatingOnPrerelease', () => {
  it.each(CASES)('%s', (_name, tags, floating) => {
    expect([...floatingOnPrerelease(versions(tags))].sort()).toEqual(floating.sort())
  })

  it('finds none among the release lines of mariadb, each of which has a .0 release', () => {
    const mariadb = tagHistory('mariadb').filter(t => /^\d+\.\d+$/.test(t))
    const all = versions([...mariadb, ...mariadb.map(t => `${t}.0`), '12.0-rc'])
    expect([...floatingOnPrerelease(all)]).toEqual([])
  })
})

describe('FloatingLines', () => {
  it('learns from prereleases first, then marks the releases', () => {
    const lines = new FloatingLines()
    const tags = versions(['8.0', '8.0-M02', '7.4.2'])
    for (const v of tags) lines.add(v)
    expect(lines.needsReleases).toBe(true)
    for (const v of tags) lines.markRelease(v)
    expect(lines.isFloating(version('8.0'))).toBe(true)
    expect(lines.isFloating(version('7.4'))).toBe(false)
    expect(lines.isFloating(version('8.0-M02'))).toBe(false)
  })

  it('needs no second pass over a list of releases only', () => {
    const lines = new FloatingLines()
    for (const v of versions(['1.27.3', '1.27', '1'])) lines.add(v)
    expect(lines.needsReleases).toBe(false)
    expect(lines.isFloating(version('1.27'))).toBe(false)
  })
})
