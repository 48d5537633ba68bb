import { describe, expect, it } from '@jest/globals'
import { formatVersion, isVersion, parseTag } from '../../src/versions/parse.js'

type Row = [
  tag: string,
  components: number[],
  pre: string | undefined,
  variant: string,
  prefix?: string
]

// Tags from the issue, interface.md and the fixture histories.
// prettier-ignore
const VERSIONS: Row[] = [
  ['3', [3], undefined, ''],
  ['3.14', [3, 14], undefined, ''],
  ['3.14.7', [3, 14, 7], undefined, ''],
  ['1.2.3.4', [1, 2, 3, 4], undefined, ''],
  ['v2.8.4', [2, 8, 4], undefined, '', 'v'],
  ['v3.14.7-alpine', [3, 14, 7], undefined, 'alpine', 'v'],
  ['12.3.0-rc1-noble', [12, 3, 0], 'rc.1', 'noble'],
  ['9.7.1-jdk25-alpine', [9, 7, 1], undefined, 'jdk25-alpine'],
  ['27.1.1.0-alpine', [27, 1, 1, 0], undefined, 'alpine'],
  ['3.10-7.3.17-bookworm', [3, 10], undefined, '7.3.17-bookworm'],
  ['8.6.0alpha3-apache', [8, 6, 0], 'alpha.3', 'apache'],
  ['3.15.0rc1', [3, 15, 0], 'rc.1', ''],
  ['1.0b2', [1, 0], 'beta.2', ''],
  ['19beta3', [19], 'beta.3', ''],
  ['3.13.0a4-slim', [3, 13, 0], 'alpha.4', 'slim'],
  ['1.2.0-rc.1', [1, 2, 0], 'rc.1', ''],
  ['2.0-beta2', [2, 0], 'beta.2', ''],
  ['2.1.0-beta.1-alpine', [2, 1, 0], 'beta.1', 'alpine'],
  ['1.0.0-alpha', [1, 0, 0], 'alpha', ''],
  ['4.0.0-rc-4-eclipse-temurin-21', [4, 0, 0], 'rc.4', 'eclipse-temurin-21'],
  ['10.0.0-M10-jdk11', [10, 0, 0], 'M.10', 'jdk11'],
  ['9.0-minimal-beta1', [9, 0], 'beta.1', 'minimal'],
  ['11-al2-native-RC-headless', [11], 'rc', 'al2-native-headless'],
  ['1.2.3-SNAPSHOT', [1, 2, 3], 'dev', ''],
  ['1.2.3-preview', [1, 2, 3], 'pre', ''],
  ['1.2.3-pre', [1, 2, 3], 'pre', ''],
  ['2.0.0-nightly', [2, 0, 0], 'dev', ''],
  ['12.1.0.beta2-jdk21', [12, 1, 0], 'beta.2', 'jdk21'],
  ['1.13-rc-trixie', [1, 13], 'rc', 'trixie'],
  ['29.0.5.0-slim', [29, 0, 5, 0], undefined, 'slim'],
  ['2026.07.1-community-trixie', [2026, 7, 1], undefined, 'community-trixie'],
  ['26.8.0.126808-community', [26, 8, 0, 126808], undefined, 'community'],
  ['1.13.4-erlang-25.0.4-alpine-3.16.1', [1, 13, 4], undefined, 'erlang-25.0.4-alpine-3.16.1'],
  ['3.12-windowsservercore-ltsc2022', [3, 12], undefined, 'windowsservercore-ltsc2022'],
  ['7.1.0-php8.3-fpm-alpine', [7, 1, 0], undefined, 'php8.3-fpm-alpine'],
  ['2026', [2026], undefined, ''],
  ['12345', [12345], undefined, '']
]

// prettier-ignore
const NOT_VERSIONS: [string, string][] = [
  ['latest', 'not a version'],
  ['edge', 'not a version'],
  ['alpine', 'not a version'],
  ['slim-bookworm', 'not a version'],
  ['bookworm-20260810', 'not a version'],
  ['tip-20260815-alpine', 'not a version'],
  ['mainline-alpine3.24-perl', 'not a version'],
  ['sha-1a2b3c4', 'not a version'],
  [`sha256-${'ab'.repeat(32)}.sig`, 'not a version'],
  [`sha256-${'cd'.repeat(32)}.att`, 'not a version'],
  [`sha256-${'ef'.repeat(32)}.sbom`, 'not a version'],
  ['4f2a9c1d', 'commit hash'],
  ['1234b56', 'commit hash'],
  ['0123456789abcdef0123456789abcdef01234567', 'commit hash'],
  ['20260805', 'date or build stamp'],
  ['20260805-slim', 'date or build stamp'],
  ['202608', 'date or build stamp'],
  ['8u504', 'not a version'],
  ['1.2.3.4.5', 'not a version'],
  ['1.2.3_1', 'not a version'],
  ['1.2.3-', 'not a version'],
  ['1.2--x', 'not a version'],
  ['1.x', 'not a version'],
  ['3.9bookworm', 'not a version']
]

describe('parseTag', () => {
  it.each(VERSIONS)('%s', (tag, components, pre, variant, prefix = '') => {
    const parsed = parseTag(tag)
    expect(isVersion(parsed)).toBe(true)
    if (!isVersion(parsed)) return
    expect(parsed.components).toEqual(components)
    expect(parsed.variant).toBe(variant)
    expect(parsed.prefix).toBe(prefix)
    const label = parsed.prerelease
      ? `${parsed.prerelease.kind === 'milestone' ? 'M' : parsed.prerelease.kind}${parsed.prerelease.number ? `.${parsed.prerelease.number}` : ''}`
      : undefined
    expect(label).toBe(pre)
  })

  it.each(NOT_VERSIONS)('%s is not a version (%s)', (tag, reason) => {
    expect(parseTag(tag)).toEqual({ tag, reason })
  })

  it('accepts a stamp when the version was extracted on purpose', () => {
    const parsed = parseTag('20260815', { allowStamps: true })
    expect(isVersion(parsed) && parsed.components).toEqual([20260815])
  })
})

describe('formatVersion', () => {
  it.each([
    ['v3.14.7-alpine', '3.14.7'],
    ['3.15.0rc1', '3.15.0-rc.1'],
    ['10.0.0-M10-jdk11', '10.0.0-M.10'],
    ['1.2.3.4', '1.2.3.4']
  ])('%s → %s', (tag, expected) => {
    const parsed = parseTag(tag)
    expect(isVersion(parsed) && formatVersion(parsed)).toBe(expected)
  })
})
