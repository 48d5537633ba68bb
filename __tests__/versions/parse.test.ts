import { describe, expect, it } from '@jest/globals'
import type { NotAVersion } from '../../src/versions/parse.js'
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
  ['3.10-7.3.17-bookworm', [7, 3, 17], undefined, 'bookworm'],
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
  ['8u504', [8, 504], undefined, ''],
  ['12345', [12345], undefined, '']
]

// prettier-ignore
const NOT_VERSIONS: [string, string][] = [
  ['latest', 'not a version'],
  ['edge', 'not a version'],
  ['alpine', 'not a version'],
  ['slim-bookworm', 'not a version'],
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
  ['1.2.3-', 'not a version'],
  ['1.2--x', 'not a version'],
  ['1.x', 'not a version'],
  ['3.9bookworm', 'not a version'],
  ['1.2.3.4.5.6.7', 'not a version'],
  ['jdk-21', 'not a version'],
  ['pr-123', 'not a version'],
  ['sha-1234567', 'not a version'],
  ['nanoserver-1809', 'not a version'],
  ['latest-jdk11', 'not a version'],
  ['jdk21-preview', 'not a version'],
  ['alpine-jdk21', 'not a version'],
  ['2025-08-13T08-35-41Z', 'date or build stamp'],
  ['1.x', 'not a version'],
  ['v3-latest', 'a floating tag'],
  ['16-latest-alpine', 'a floating tag'],
  ['latest-pg15', 'not a version'],
  ['focal-latest', 'not a version'],
  ['ltsc2022', 'not a version'],
  ['20H2', 'not a version']
]

/** [tag, line, components, revision, variant]: lines the tag names (lines.ts). */
// prettier-ignore
const LINED: [string, string, number[], string, string][] = [
  ['16-3.4-3.6.1', '16', [3, 6, 1], '3.4', ''],
  ['16-3.4', '16', [3, 4], '', ''],
  ['16-3.4-alpine', '16', [3, 4], '', 'alpine'],
  ['3.11-7.3.23-slim-bookworm', '3.11', [7, 3, 23], '', 'slim-bookworm'],
  ['18-v0.1.0', '18', [0, 1, 0], '', ''],
  ['ubuntu-22.04-2.3.1', '22.04', [2, 3, 1], '', ''],
  ['10.0.17763.6414', '10.0.17763', [10, 0, 17763, 6414], '', ''],
  ['10.0.20348.1487-amd64', '10.0.20348', [10, 0, 20348, 1487], '', 'amd64'],
  ['1.18-22.04_beta', '', [1, 18], '', '22.04_beta'],
  ['6.10-24.10', '', [6, 10], '', '24.10'],
  ['2.7-7-bookworm', '', [2, 7], '', '7-bookworm'],
  ['9.4-1227.1726694542', '', [9, 4], '1227.1726694542', ''],
  ['9.6-1758184547', '', [9, 6], '1758184547', ''],
  ['9.6-1758184547-amd64', '', [9, 6], '1758184547', 'amd64'],
  ['1.2.3-9999999999', '', [1, 2, 3], '', '9999999999'],
  ['2025.1-1.2', '', [2025, 1], '', '1.2']
]

/** [tag, channel, components, prerelease, revision, variant] as the tag alone reads. */
type WildRow = [string, string, number[], string | undefined, string, string]

// Shapes of tags in the wild (fixtures/schemes and the images the issue names).
// Counters that only the repository can tell from a variant number stay in
// the variant here (revisions.test.ts splits them).
// prettier-ignore
const WILD: WildRow[] = [
  ['develop-6.2.1.10461-ls259', 'develop-', [6, 2, 1, 10461], undefined, '', 'ls259'],
  ['amd64-nightly-version-6.2.1.10437', 'amd64-nightly-version-', [6, 2, 1, 10437], undefined, '', ''],
  ['arm64v8-1.7.1', 'arm64v8-', [1, 7, 1], undefined, '', ''],
  ['base-devel-20240101.0.204074', 'base-devel-', [20240101, 0, 204074], undefined, '', ''],
  ['cli-2.11.0-php8.3', 'cli-', [2, 11, 0], undefined, '', 'php8.3'],
  ['beta-7.0.1-RC1-php8.3-fpm-alpine', 'beta-', [7, 0, 1], 'rc.1', '', 'php8.3-fpm-alpine'],
  ['bookworm-20260810', 'bookworm-', [20260810], undefined, '', ''],
  ['tip-20260815-alpine', 'tip-', [20260815], undefined, '', 'alpine'],
  ['jammy-20240911.1', 'jammy-', [20240911, 1], undefined, '', ''],
  ['RELEASE.2023-01-28T20-29-38Z', 'RELEASE.', [20230128202938], undefined, '', ''],
  ['RELEASE.2023-11-10T21-37-17Z-cpuv1', 'RELEASE.', [20231110213717], undefined, '', 'cpuv1'],
  ['RELEASE.2024-12-18T13-15-44Z.fips', 'RELEASE.', [20241218131544], undefined, '', 'fips'],
  ['nightly-2025-01-31', 'nightly-', [20250131], undefined, '', ''],
  ['9.4-20240723', '', [9, 4], undefined, '20240723', ''],
  ['8.10-minimal-20240528', '', [8, 10], undefined, '20240528', 'minimal'],
  ['10-kitten-20241024', '', [10], undefined, '20241024', 'kitten'],
  ['5.0-GA', '', [5, 0], undefined, 'GA', ''],
  ['1.0GA', '', [1, 0], undefined, 'GA', ''],
  ['33.0.2.Final-jdk21', '', [33, 0, 2], undefined, 'Final', 'jdk21'],
  ['1.2.3_1', '', [1, 2, 3], undefined, '1', ''],
  ['21.0.5_11-jre-jammy', '', [21, 0, 5], undefined, '11', 'jre-jammy'],
  ['2018.03.0.20230905.0', '', [2018, 3, 0, 20230905, 0], undefined, '', ''],
  ['1.2.3.4.5', '', [1, 2, 3, 4, 5], undefined, '', ''],
  ['3206.vb_15dcf73f6a_9-1-jdk17', '', [3206], undefined, '', '1-jdk17'],
  ['3186.vc3b_7249b_87eb_-1', '', [3186], undefined, '', '1'],
  ['2.0.0-beta-slim.2', '', [2, 0, 0], 'beta.2', '', 'slim'],
  ['2.1.0-beta-slim-rootless.0', '', [2, 1, 0], 'beta', '', 'slim-rootless'],
  ['2.0.0-slim-rootless', '', [2, 0, 0], undefined, '', 'slim-rootless'],
  ['2.0.20230207.0-with-sources', '', [2, 0, 20230207, 0], undefined, '', 'with-sources'],
  ['3148.v532a_7e715ee3-4-jdk21-preview', '', [3148], undefined, '', '4-jdk21-preview'],
  ['11.0.18-al2022-RC', '', [11, 0, 18], undefined, '', 'al2022-RC'],
  ['2.6.0.dev20250215', '', [2, 6, 0], 'dev.20250215', '', ''],
  ['9.0.100-preview.7-bookworm-slim', '', [9, 0, 100], 'pre.7', '', 'bookworm-slim'],
  ['2022.04.2beta', '', [2022, 4, 2], 'beta', '', ''],
  ['alpine-v3.19.1', 'alpine-', [3, 19, 1], undefined, '', ''],
  ['v1.31.4-k3s1-arm64', '', [1, 31, 4], undefined, '', 'k3s1-arm64'],
  ['9.7_p1-r4-ls170', '', [9, 7], undefined, 'p1', 'r4-ls170'],
  ['1.41.3.9314-a0bfb8370-ls247', '', [1, 41, 3, 9314], undefined, '', 'ls247'],
  ['8u432-b06-jre-jammy', '', [8, 432], undefined, '', 'b06-jre-jammy']
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

  it.each(WILD)('%s (in the wild)', (tag, channel, components, pre, revision, variant) => {
    const parsed = parseTag(tag)
    if (!isVersion(parsed)) throw new Error(`${tag}: ${parsed.reason}`)
    const label =
      parsed.prerelease &&
      `${parsed.prerelease.kind}${parsed.prerelease.number ? `.${parsed.prerelease.number}` : ''}`
    expect({
      channel: parsed.channel,
      components: parsed.components,
      pre: label || undefined,
      revision: parsed.revision?.text ?? '',
      variant: parsed.variant
    }).toEqual({ channel, components, pre, revision, variant })
  })

  it('marks date stamps and release markers as dated builds, counters not', () => {
    const stamped = (tag: string) => {
      const parsed = parseTag(tag)
      return isVersion(parsed) ? parsed.revision?.stamped : 'not a version'
    }
    expect(stamped('9.4-20240723')).toBe(true)
    expect(stamped('5.0-GA')).toBe(true)
    expect(stamped('21.0.5_11-jre-jammy')).toBe(false)
    expect(stamped('9.4')).toBeUndefined()
  })

  it.each(LINED)('%s: line %p', (tag, line, components, revision, variant) => {
    const parsed = parseTag(tag)
    if (!isVersion(parsed)) throw new Error(`${tag}: ${parsed.reason}`)
    expect({
      line: parsed.line,
      components: parsed.components,
      revision: parsed.revision?.text ?? '',
      variant: parsed.variant
    }).toEqual({ line, components, revision, variant })
  })

  it.each(NOT_VERSIONS)('%s is not a version (%s)', (tag, reason) => {
    const read = parseTag(tag)
    expect(isVersion(read)).toBe(false)
    expect({ tag: read.tag, reason: (read as NotAVersion).reason }).toEqual({ tag, reason })
  })

  // [tag, the channel of a repository that writes it before dotted versions, components, variant]
  // prettier-ignore
  const CHANNEL_LINES: [string, string, number[], string][] = [
    ['open-21-jre', 'open-', [21], 'jre'],
    ['open-17-jdk-focal', 'open-', [17], 'jdk-focal'],
    ['develop-6', 'develop-', [6], ''],
    ['pr-123', 'pr-', [123], '']
  ]
  it.each(CHANNEL_LINES)(
    '%s is a version line where the repository writes %s before dotted versions',
    (tag, channel, components, variant) => {
      const alone = parseTag(tag)
      expect(isVersion(alone) ? 'a version' : alone.oneNumberAfter).toBe(channel)
      const read = parseTag(tag, { channelLines: new Set([channel]) })
      if (!isVersion(read)) throw new Error(`${tag}: ${read.reason}`)
      expect([read.channel, read.components, read.variant]).toEqual([channel, components, variant])
    }
  )

  it.each([
    ['open-21-jre', 'jdk-'],
    ['jdk-21', 'open-'],
    // Seven digits after a channel are a hash or a stamp, never a line.
    ['sha-1234567', 'sha-']
  ])(
    '%s stays a name beside a repository that writes %s before dotted versions',
    (tag, channel) => {
      expect(isVersion(parseTag(tag, { channelLines: new Set([channel]) }))).toBe(false)
    }
  )

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
