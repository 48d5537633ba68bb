import { describe, expect, it } from '@jest/globals'
import type { Release } from '../../src/github/release-range.js'
import { compareLink, readTagNumbers, releasesBetween } from '../../src/github/release-range.js'

const release = (tag: string, more: Partial<Release> = {}): Release => ({
  tag,
  name: '',
  body: `notes of ${tag}`,
  prerelease: false,
  ...more
})
const tags = (list: Release[]) => list.map(r => r.tag)

describe('readTagNumbers', () => {
  // prettier-ignore
  it.each([
    ['v1.2.3', '', [1, 2, 3], ''],
    ['1.2.3', '', [1, 2, 3], ''],
    ['3.12-slim', '', [3, 12], '-slim'],
    ['app-v1.2.3', 'app', [1, 2, 3], ''],
    ['release/2.0.1', 'release', [2, 0, 1], ''],
    ['cli@4.5.0', 'cli', [4, 5, 0], ''],
    ['v2.0.0-rc.1', '', [2, 0, 0], '-rc.1'],
    ['1.2.3.4', '', [1, 2, 3, 4], '']
  ])('%s', (tag, prefix, numbers, rest) => {
    expect(readTagNumbers(tag)).toEqual({ prefix, numbers, rest })
  })

  it.each(['latest', 'main', 'sha-abc'])('%s has no numbers', tag => {
    expect(readTagNumbers(tag)).toBeUndefined()
  })
})

describe('releasesBetween', () => {
  const list = ['v1.3.0', 'v1.2.1', 'v1.2.0', 'v1.1.0', 'v1.0.0'].map(t => release(t))

  it('takes the versions after the current one up to the new one, newest first', () => {
    const between = releasesBetween(list, { from: '1.0.0', to: '1.2.1', image: 'app' })
    expect(tags(between.releases)).toEqual(['v1.2.1', 'v1.2.0', 'v1.1.0'])
    expect(between.reachedFrom).toBe(true)
  })

  it('compares at the image tag precision: 1.1 to 1.2 takes every 1.2.x', () => {
    const between = releasesBetween(list, { from: '1.1-alpine', to: '1.2-alpine', image: 'app' })
    expect(tags(between.releases)).toEqual(['v1.2.1', 'v1.2.0'])
  })

  it('says when the current version was not reached (an older page is needed)', () => {
    const between = releasesBetween(list.slice(0, 2), { from: '1.0.0', to: '1.3.0', image: 'app' })
    expect(between.reachedFrom).toBe(false)
  })

  it('leaves prereleases out unless the new tag is one', () => {
    const withRc = [release('v2.0.0-rc.1', { prerelease: true }), release('v1.9.0')]
    expect(
      tags(releasesBetween(withRc, { from: '1.0', to: '2.0.0', image: 'x' }).releases)
    ).toEqual(['v1.9.0'])
    expect(
      tags(releasesBetween(withRc, { from: '1.0', to: '2.0.0-rc.1', image: 'x' }).releases)
    ).toEqual(['v2.0.0-rc.1', 'v1.9.0'])
  })

  it('picks one release per version in a monorepo: unprefixed, then the image name', () => {
    const mono = [release('cli-v1.1.0'), release('server-v1.1.0'), release('server-v1.0.0')]
    const between = releasesBetween(mono, { from: '1.0.0', to: '1.1.0', image: 'octo/server' })
    expect(tags(between.releases)).toEqual(['server-v1.1.0'])
  })
})

describe('compareLink', () => {
  it('writes the current version the way the newest release tag is written', () => {
    expect(compareLink('https://github.com/o/r', release('v1.2.0'), '1.0')).toBe(
      'https://github.com/o/r/compare/v1.0.0...v1.2.0'
    )
    expect(compareLink('https://github.com/o/r', release('app-1.2.0'), '1.1.0-alpine')).toBe(
      'https://github.com/o/r/compare/app-1.1.0...app-1.2.0'
    )
  })

  it('is undefined without a release', () => {
    expect(compareLink('https://github.com/o/r', undefined, '1.0')).toBeUndefined()
  })
})
