import { describe, expect, it } from '@jest/globals'
import {
  compareVariants,
  compareVersions,
  newestFirst,
  updateType
} from '../../src/versions/order.js'
import type { Version } from '../../src/versions/parse.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'

function v(tag: string): Version {
  const parsed = parseTag(tag)
  if (!isVersion(parsed)) throw new Error(`${tag} is not a version`)
  return parsed
}

const sortTags = (tags: string[], prefix = ''): string[] =>
  tags
    .map(v)
    .sort(newestFirst(prefix))
    .map(x => x.tag)

describe('newestFirst', () => {
  it('sorts numerically, not lexically: 3.14 above 3.9', () => {
    expect(sortTags(['3.9', '3.14', '3.10', '3.2'])).toEqual(['3.14', '3.10', '3.9', '3.2'])
  })

  it('puts a release above its prereleases, alpha < beta < pre < rc, then by number', () => {
    expect(
      sortTags([
        '3.15.0',
        '3.15.0rc1',
        '3.15.0rc2',
        '3.15.0b3',
        '3.15.0a7',
        '3.15.0-preview',
        '3.15.0-dev',
        '3.14.9'
      ])
    ).toEqual([
      '3.15.0',
      '3.15.0rc2',
      '3.15.0rc1',
      '3.15.0-preview',
      '3.15.0b3',
      '3.15.0a7',
      '3.15.0-dev',
      '3.14.9'
    ])
  })

  it('puts the more specific tag first among equal versions', () => {
    expect(sortTags(['3', '3.14', '3.14.0', '3.14.0.0'])).toEqual([
      '3.14.0.0',
      '3.14.0',
      '3.14',
      '3'
    ])
    expect(sortTags(['3.14', '3.14.7', '3'])).toEqual(['3.14.7', '3.14', '3'])
  })

  it('never lets a milestone or rc outrank the release', () => {
    expect(sortTags(['10.0.0-M10', '10.0.0', '10.0.0-RC1'])).toEqual([
      '10.0.0',
      '10.0.0-RC1',
      '10.0.0-M10'
    ])
  })

  it('keeps the spelling of the current tag for v-prefixed equals', () => {
    expect(sortTags(['1.2.3', 'v1.2.3'], 'v')).toEqual(['v1.2.3', '1.2.3'])
    expect(sortTags(['v1.2.3', '1.2.3'], '')).toEqual(['1.2.3', 'v1.2.3'])
  })

  it('orders variants of an equal version naturally: none first, words a–z, numbers newest first', () => {
    expect(
      sortTags([
        '3.14.7-slim',
        '3.14.7-alpine3.20',
        '3.14.7',
        '3.14.7-alpine3.9',
        '3.14.7-alpine3.21',
        '3.14.7-alpine'
      ])
    ).toEqual([
      '3.14.7',
      '3.14.7-alpine',
      '3.14.7-alpine3.21',
      '3.14.7-alpine3.20',
      '3.14.7-alpine3.9',
      '3.14.7-slim'
    ])
  })

  it('orders builds of one version newest first, after the plain version tag', () => {
    expect(sortTags(['1.2.3_4', '1.2.3', '1.2.3_5', '1.2.2_9'])).toEqual([
      '1.2.3',
      '1.2.3_5',
      '1.2.3_4',
      '1.2.2_9'
    ])
  })

  it('never lets a build counter make an older version newer', () => {
    expect(sortTags(['17.0.13_11', '17.0.14_7', '17.0.14_9'])).toEqual([
      '17.0.14_9',
      '17.0.14_7',
      '17.0.13_11'
    ])
  })

  it('ranks dates and timestamps below numbered releases', () => {
    expect(sortTags(['20240101.0.1', '3.24.1', '19700101.1'])).toEqual([
      '3.24.1',
      '20240101.0.1',
      '19700101.1'
    ])
  })

  it('puts the unprefixed tag before channels among equal versions', () => {
    expect(sortTags(['develop-1.2.3', 'arm64v8-1.2.3', '1.2.3'])).toEqual([
      '1.2.3',
      'arm64v8-1.2.3',
      'develop-1.2.3'
    ])
  })

  it('compares four components on all four', () => {
    expect(sortTags(['1.2.3.4', '1.2.3.10', '1.2.4'])).toEqual(['1.2.4', '1.2.3.10', '1.2.3.4'])
  })
})

describe('compareVersions', () => {
  it('treats missing components as zero and ignores the variant', () => {
    expect(compareVersions(v('3.14'), v('3.14.0-alpine'))).toBe(0)
    expect(compareVersions(v('v1.2.3'), v('1.2.3'))).toBe(0)
  })
})

describe('compareVariants', () => {
  it('is antisymmetric', () => {
    expect(Math.sign(compareVariants('jdk21', 'jdk25'))).toBe(
      -Math.sign(compareVariants('jdk25', 'jdk21'))
    )
  })
})

describe('updateType', () => {
  // prettier-ignore
  it.each([
    ['3.12.1', '4.0.0', 'major'],
    ['3.12.1', '3.13.0', 'minor'],
    ['3.12.1', '3.12.2', 'patch'],
    ['1.2.3.4', '1.2.3.5', 'patch'],
    ['3.15.0rc1', '3.15.0', 'prerelease'],
    ['3.15.0rc1', '3.15.0rc2', 'prerelease'],
    ['3.12', '3.14', 'minor'],
    ['3.12.1', '3.12.1', undefined],
    ['21.0.5_7', '21.0.5_11', 'revision'],
    ['9.4-20240723', '9.4-20250101', 'revision'],
    ['21.0.5_11', '21.0.6_7', 'patch'],
    ['2.0.0-rc.1-20240101', '2.0.0-rc.2-20240101', 'prerelease'],
    ['jammy-20240808', 'jammy-20240911', 'patch'],
    ['RELEASE.2023-01-28T20-29-38Z', 'RELEASE.2025-08-13T08-35-41Z', 'patch'],
    ['21.0.5_11', '21.0.5', undefined],
    ['3.12.1', '3.12.0', undefined]
  ])('%s → %s is %s', (from, to, expected) => {
    expect(updateType(v(from), v(to))).toBe(expected)
  })
})
