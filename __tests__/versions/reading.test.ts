import { describe, expect, it } from '@jest/globals'
import type { Version } from '../../src/versions/parse.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import { describeReading, formatReading } from '../../src/versions/reading.js'
import { learnRevisions } from '../helpers/revisions.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { schemeFamilies } from '../helpers/fixtures.js'

const families = new Map(schemeFamilies().map(f => [f.family, f.tags]))
const OTHERS = [
  ...['7.4.0-debian-12-r0', '7.4.0-debian-12-r1', '7.4.1-debian-12-r0', '7.2.5-debian-12-r3'],
  ...['1.26.2-r3-ls290', '1.26.2-r3-ls291', '1.27.0-r0-ls292', '1.26.1-r0-ls280'],
  ...['1.41.2.9200-c6bbc1b53-ls246', '1.41.3.9314-a0bfb8370-ls247', '1.41.3.9314-a0bfb8370-ls248']
]

/** `tag` as its repository (a fixture family, or OTHERS) reads it. */
function read(tags: readonly string[], tag: string): Version {
  const reading = learnRevisions(tags.map(t => parseTag(t)).filter(isVersion))
  const parsed = parseTag(tag)
  if (!isVersion(parsed)) throw new Error(`${tag}: ${parsed.reason}`)
  return reading.read(parsed)
}

type Row = [
  family: string,
  tag: string,
  prefix: string,
  version: string,
  pre: string,
  variant: string,
  revision: string
]

// prettier-ignore
const ROWS: Row[] = [
  ['linuxserver-radarr', 'develop-6.2.1.10461-ls259', 'develop-', '6.2.1.10461', '', '', 'ls259'],
  ['linuxserver-radarr', 'arm64v8-version-6.2.1.10461', 'arm64v8-version-', '6.2.1.10461', '', '', ''],
  ['rancher-k3s', 'v1.31.0-k3s1-arm64', 'v', '1.31.0', '', 'arm64', 'k3s1'],
  ['jenkins-inbound-agent', '3206.vb_15dcf73f6a_9-1-alpine-jdk17', '', '3206.vb_15dcf73f6a_9', '', 'alpine-jdk17', '1'],
  ['jenkins-inbound-agent', '3148.v532a_7e715ee3-4-jdk21-preview', '', '3148.v532a_7e715ee3', '', 'jdk21-preview', '4'],
  ['gradle', '9.7.1-jdk17-corretto-al2023', '', '9.7.1', '', 'jdk17-corretto-al2023', ''],
  ['minio-mc', 'RELEASE.2023-11-10T21-37-17Z-cpuv1', 'RELEASE.', '2023-11-10T21-37-17Z', '', 'cpuv1', ''],
  ['almalinux', '8.10-minimal-20240528', '', '8.10', '', 'minimal', '20240528'],
  ['archlinux', 'base-devel-20240101.0.204074', 'base-devel-', '20240101', '', '', '0.204074'],
  ['photon', '5.0-GA', '', '5.0', '', '', 'GA'],
  ['uptime-kuma', '2.0.0-beta-slim.2', '', '2.0.0', 'beta.2', 'slim', ''],
  ['wordpress', 'beta-7.0.1-RC1-php8.3-fpm-alpine', 'beta-', '7.0.1', 'rc.1', 'php8.3-fpm-alpine', ''],
  ['pihole', '2022.04.2beta', '', '2022.04.2', 'beta', '', ''],
  ['others', '7.4.0-debian-12-r1', '', '7.4.0', '', 'debian-12', 'r1'],
  ['others', '1.26.2-r3-ls291', '', '1.26.2', '', '', 'r3-ls291'],
  ['others', '21.0.5_11-jre-jammy', '', '21.0.5', '', 'jre-jammy', '11'],
  ['others', '1.41.3.9314-a0bfb8370-ls247', '', '1.41.3.9314-a0bfb8370', '', '', 'ls247'],
  ['others', 'jammy-20240911.1', 'jammy-', '20240911', '', '', '1']
]

describe('describeReading', () => {
  it.each(ROWS)('%s: %s', (family, tag, prefix, version, prerelease, variant, revision) => {
    const v = read(families.get(family) ?? OTHERS, tag)
    expect(describeReading(v)).toEqual({ prefix, version, prerelease, variant, revision })
  })

  it('reads the version from a filter group as its numbers', () => {
    const policy = buildPolicy({ filter: '^release-(?<version>.+)$' })
    const chosen = selectTags(['release-1.10.0', 'release-1.9.9'], policy).passing[0]!
    expect(describeReading(chosen)).toMatchObject({ prefix: '', version: '1.10.0', variant: '' })
  })
})

describe('formatReading', () => {
  it.each([
    [
      'linuxserver-radarr',
      'develop-6.2.1.10461-ls308',
      "prefix 'develop-', version 6.2.1.10461, revision ls308, no variant"
    ],
    [
      'rancher-k3s',
      'v1.31.0-k3s1-arm64',
      "prefix 'v', version 1.31.0, revision k3s1, variant 'arm64'"
    ],
    ['uptime-kuma', '2.1.0-beta-rootless.0', "version 2.1.0, prerelease beta, variant 'rootless'"],
    ['gradle', '8.12.0', 'version 8.12.0, no variant']
  ])('%s: %s', (family, tag, line) => {
    expect(formatReading(read(families.get(family) ?? [], tag))).toBe(line)
  })
})
