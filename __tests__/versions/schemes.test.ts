/**
 * Tag schemes in the wild: the real tag histories in fixtures/schemes, each
 * case right when the chosen tag is its `expected` or an alternative; then
 * the same rules on tag lists of other images with the same kinds of schemes,
 * to show they are rules about tag shapes and not about these images.
 */
import { describe, expect, it } from '@jest/globals'
import { buildPolicy } from '../../src/versions/policy.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { isRightAnswer, schemeFamilies } from '../helpers/fixtures.js'

const families = schemeFamilies()

function choose(tags: string[], current?: string, inputs: PolicyInputs = {}) {
  return selectTags(tags, buildPolicy(inputs), current)
}

describe('the scheme fixtures', () => {
  it('has the 16 families and their 88 cases', () => {
    expect(families).toHaveLength(16)
    expect(families.flatMap(f => f.cases)).toHaveLength(88)
  })

  const cases = families.flatMap(f =>
    f.cases.map(c => [`${f.family}: ${c.current ?? '(no current tag)'}`, f.tags, c] as const)
  )

  it.each(cases)('%s', (_name, tags, c) => {
    const { variant, prerelease, filter, precision, range } = c
    const policy = buildPolicy({ variant, prerelease, filter, precision, range })
    const chosen = selectTags(tags, policy, c.current).passing[0]?.tag
    expect({ chosen, right: isRightAnswer(c, chosen) }).toEqual({ chosen, right: true })
  })

  it('calls a move to a newer build of the same version a revision update', () => {
    const radarr = families.find(f => f.family === 'linuxserver-radarr')!
    const s = choose(radarr.tags, '6.2.1.10461-ls305')
    expect(s.current?.version && s.current.update).toBe('revision')
    expect(s.current?.version && s.current.newer.map(v => v.tag)).toEqual([
      '6.2.1.10461-ls308',
      '6.2.1.10461-ls307',
      '6.2.1.10461-ls306'
    ])
  })
})

/** `${version}-${suffix}` for each version and suffix. */
const cross = (versions: string[], suffixes: string[]): string[] =>
  versions.flatMap(v => suffixes.map(s => (s ? `${v}-${s}` : v)))

describe('build counters on other images', () => {
  // bitnami: X.Y.Z-debian-12-rN, a counter restarting per version, after a variant with a number.
  const BITNAMI = [
    ...cross(['7.2.4'], ['debian-11-r7', 'debian-11-r8', 'debian-12-r0', 'debian-12-r1']),
    ...cross(['7.2.5', '7.4.0'], ['debian-12-r0', 'debian-12-r1', 'debian-12-r2', 'debian-12-r3']),
    ...cross(['7.4.1'], ['debian-12-r0', 'debian-12-r1']),
    ...['7.2.4', '7.2.5', '7.4.0', '7.4.1', '7.4', '7.2', '7', 'latest']
  ]
  // gitlab: X.Y.Z-ce.N and -ee.N, the edition before the counter.
  const GITLAB = cross(['17.5.1', '17.6.0', '17.6.1'], ['ce.0', 'ee.0']).concat(['17.6.1-ce.1'])
  // eclipse-temurin: X.Y.Z_B, the JDK build after an underscore, restarting per version.
  const TEMURIN = [
    ...cross(['17.0.13_11', '17.0.14_7', '21.0.4_7', '21.0.5_11', '23.0.1_11'], ['jre-jammy']),
    ...cross(['21.0.5_11', '17.0.14_7'], ['jdk-jammy', 'jre-noble']),
    ...['23-jre-jammy', '21-jre-jammy', '17-jre-jammy', 'latest']
  ]
  // rke2: vX.Y.Z-rke2rN beside per-arch tags.
  const RKE2 = cross(
    ['v1.29.9-rke2r1', 'v1.30.2-rke2r1', 'v1.30.2-rke2r2', 'v1.31.3-rke2r1'],
    ['', 'amd64']
  )

  it.each([
    ['bitnami, older version', BITNAMI, '7.2.4-debian-12-r1', '7.4.1-debian-12-r1'],
    ['bitnami, same version', BITNAMI, '7.4.1-debian-12-r0', '7.4.1-debian-12-r1'],
    ['bitnami, the older Debian line', BITNAMI, '7.2.4-debian-11-r7', '7.2.4-debian-11-r8'],
    ['bitnami, the version tag', BITNAMI, '7.2.5', '7.4.1'],
    ['gitlab community edition', GITLAB, '17.5.1-ce.0', '17.6.1-ce.1'],
    ['gitlab enterprise edition', GITLAB, '17.5.1-ee.0', '17.6.1-ee.0'],
    ['temurin, counter restarts', TEMURIN, '17.0.13_11-jre-jammy', '23.0.1_11-jre-jammy'],
    ['temurin, another base', TEMURIN, '17.0.14_7-jre-noble', '21.0.5_11-jre-noble'],
    ['temurin, the major alias', TEMURIN, '17-jre-jammy', '23-jre-jammy'],
    ['rke2, manifest list', RKE2, 'v1.30.2-rke2r1', 'v1.31.3-rke2r1'],
    ['rke2, per-arch', RKE2, 'v1.30.2-rke2r2-amd64', 'v1.31.3-rke2r1-amd64']
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(choose(tags, current).passing[0]?.tag).toBe(expected)
  })

  // linuxserver images on Alpine: the package's -rN, then the image's -lsN.
  const LINUXSERVER = [
    ...['1.26.1-r0-ls280', '1.26.1-r1-ls281', '1.26.2-r0-ls282', '1.26.2-r3-ls290'],
    ...['1.26.2-r3-ls291', '1.27.0-r0-ls292', 'version-1.27.0-r0', '1.27.0', 'latest']
  ]
  // OpenSSH's portable number after an underscore, then both counters.
  const OPENSSH = ['9.7_p1-r4-ls168', '9.7_p1-r4-ls170', '9.9_p1-r1-ls171', '9.9_p1-r2-ls180']
  // plex: the upstream commit after the version, then the image's build.
  const PLEX = [
    ...['1.41.2.9200-c6bbc1b53-ls246', '1.41.3.9314-a0bfb8370-ls247'],
    ...['1.41.3.9314-a0bfb8370-ls248', '1.40.5.8921-836b34c27-ls240', 'latest']
  ]
  // eclipse-temurin 8: the update number and a zero-padded build.
  const TEMURIN_8 = cross(['8u412-b08', '8u422-b05', '8u432-b06'], ['jre-jammy', 'jdk-jammy'])

  it.each([
    ['linuxserver, both counters', LINUXSERVER, '1.26.1-r0-ls280', '1.27.0-r0-ls292'],
    ['linuxserver version- alias', LINUXSERVER, 'version-1.27.0-r0', 'version-1.27.0-r0'],
    ['openssh', OPENSSH, '9.7_p1-r4-ls168', '9.9_p1-r2-ls180'],
    ['plex', PLEX, '1.41.2.9200-c6bbc1b53-ls246', '1.41.3.9314-a0bfb8370-ls248'],
    ['temurin 8', TEMURIN_8, '8u412-b08-jre-jammy', '8u432-b06-jre-jammy']
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(choose(tags, current).passing[0]?.tag).toBe(expected)
  })

  it('orders two counters of one version, the first one first', () => {
    const s = choose(LINUXSERVER, '1.26.2-r0-ls282', { range: '<1.27' })
    expect(s.passing.map(v => v.tag).slice(0, 3)).toEqual([
      '1.26.2-r3-ls291',
      '1.26.2-r3-ls290',
      '1.26.2-r0-ls282'
    ])
    expect(s.current?.version && s.current.update).toBe('revision')
  })

  it('keeps a counter from making an older version newer', () => {
    const s = choose(TEMURIN, '17.0.13_11-jre-jammy', { range: '~17' })
    expect(s.passing.map(v => v.tag)).toEqual(['17.0.14_7-jre-jammy', '17.0.13_11-jre-jammy'])
  })

  it('reads the variant without the counter for `variant` and the summary', () => {
    const s = choose(BITNAMI, undefined, { variant: 'debian-12' })
    expect(s.passing[0]?.tag).toBe('7.4.1-debian-12-r1')
    expect(choose(BITNAMI, '7.4.0-debian-12-r2').variant).toBe('debian-12')
  })

  it('reads a suffix that never changes as part of the variant', () => {
    const tags = cross(['17.5.1', '17.6.0', '17.6.1'], ['ce.0', 'ee.0'])
    expect(choose(tags, '17.5.1-ce.0').passing[0]?.tag).toBe('17.6.1-ce.0')
    expect(choose(tags, '17.5.1-ce.0').variant).toBe('ce.0')
  })

  it('with no current tag and every tag flavoured, still answers the newest', () => {
    const tags = [...cross(['17.6.1', '17.7.0'], ['ce.0']), '17.8.0-rc42.ce.0', 'latest', 'rc']
    expect(choose(tags).passing.map(v => v.tag)).toEqual(['17.7.0-ce.0', '17.6.1-ce.0'])
    expect(choose(tags, undefined, { variant: 'alpine' }).passing).toEqual([])
  })
})

describe('channels, dates and timestamps on other images', () => {
  const UBUNTU = [
    ...['jammy-20240627.1', 'jammy-20240808', 'jammy-20240911.1', 'noble-20240827.1'],
    ...['noble-20241011', '22.04', '24.04', 'jammy', 'noble', 'latest']
  ]
  const DEBIAN = [
    ...cross(['trixie-20250101', 'trixie-20250203', 'bookworm-20250203'], ['', 'slim']),
    ...cross(['13.0', '13.1', '12.9'], ['', 'slim'])
  ]
  const MINIO = cross(
    ['RELEASE.2024-11-07T00-52-20Z', 'RELEASE.2024-12-18T13-15-44Z'],
    ['', 'cpuv1']
  ).concat(['RELEASE.2024-11-07T00-52-20Z.fips', 'RELEASE.2024-12-18T13-15-44Z.fips', 'latest'])
  const PER_ARCH = cross(['v2.5.0', 'v2.6.1'], ['', 'amd64', 'arm64'])

  it.each([
    [
      'ubuntu codename: its newest stamp, respin included',
      UBUNTU,
      'jammy-20240627.1',
      'jammy-20240911.1'
    ],
    ['ubuntu codename: from a plain stamp', UBUNTU, 'jammy-20240808', 'jammy-20240911.1'],
    ['ubuntu codename: from a respin', UBUNTU, 'noble-20240827.1', 'noble-20241011'],
    ['ubuntu release number: never a codename', UBUNTU, '22.04', '24.04'],
    ['ubuntu, no current tag', UBUNTU, undefined, '24.04'],
    ['debian codename keeps its flavour', DEBIAN, 'trixie-20250101-slim', 'trixie-20250203-slim'],
    ['debian codename', DEBIAN, 'trixie-20250101', 'trixie-20250203'],
    ['minio timestamp', MINIO, 'RELEASE.2024-11-07T00-52-20Z', 'RELEASE.2024-12-18T13-15-44Z'],
    [
      'minio .fips build',
      MINIO,
      'RELEASE.2024-11-07T00-52-20Z.fips',
      'RELEASE.2024-12-18T13-15-44Z.fips'
    ],
    ['minio, no current tag', MINIO, undefined, 'RELEASE.2024-12-18T13-15-44Z'],
    ['per-arch suffix stays', PER_ARCH, 'v2.5.0-arm64', 'v2.6.1-arm64'],
    ['manifest list stays', PER_ARCH, 'v2.5.0', 'v2.6.1'],
    ['per-arch, no current tag', PER_ARCH, undefined, 'v2.6.1']
  ])('%s', (_name, tags, current, expected) => {
    expect(choose(tags, current).passing[0]?.tag).toBe(expected)
  })

  it('calls a newer date stamp a patch update', () => {
    const s = choose(DEBIAN, 'trixie-20250101')
    expect(s.current?.version && s.current.update).toBe('patch')
  })
})

describe('prereleases on other images', () => {
  const DOTNET = cross(
    ['8.0.403', '9.0.100-preview.6', '9.0.100-preview.7', '9.0.100-rc.1', '9.0.100-rc.2'],
    ['bookworm-slim', 'alpine3.20']
  ).concat(['10.0.100-preview.1-bookworm-slim'])
  const NIGHTLY = ['2.5.0', '2.5.1', '2.6.0.dev20250101', '2.6.0.dev20250215', 'nightly']

  it('moves a preview to a newer prerelease of its shape, never an older release', () => {
    const s = choose(DOTNET, '9.0.100-preview.7-bookworm-slim')
    expect(s.passing.map(v => v.tag)).toEqual([
      '10.0.100-preview.1-bookworm-slim',
      '9.0.100-rc.2-bookworm-slim',
      '9.0.100-rc.1-bookworm-slim',
      '9.0.100-preview.7-bookworm-slim'
    ])
    const released = choose([...DOTNET, '9.0.100-bookworm-slim'], '9.0.100-rc.1-bookworm-slim')
    expect(released.passing[0]?.tag).toBe('9.0.100-bookworm-slim')
  })

  it('moves a prerelease on to a later stage, never back to an earlier one', () => {
    const tags = ['2024.12.5', '2025.1.0b3', '2025.1.0b4', '2025.2.0.dev202501150312']
    expect(choose(tags, '2025.1.0b3').passing[0]?.tag).toBe('2025.1.0b4')
    const next = choose(DOTNET, '9.0.100-rc.1-bookworm-slim')
    expect(next.passing[0]?.tag).toBe('9.0.100-rc.2-bookworm-slim')
  })

  it('reads ….devYYYYMMDD as a nightly prerelease', () => {
    expect(choose(NIGHTLY).passing[0]?.tag).toBe('2.5.1')
    expect(choose(NIGHTLY, '2.6.0.dev20250101').passing[0]?.tag).toBe('2.6.0.dev20250215')
    expect(choose([...NIGHTLY, '2.6.0'], '2.6.0.dev20250101').passing[0]?.tag).toBe('2.6.0')
  })

  it('stays on a prerelease that nothing newer replaces', () => {
    const s = choose(['1.9.0', '2.0.0-beta.1', '2.0.0-beta.2'], '2.0.0-beta.2')
    expect(s.passing.map(v => v.tag)).toEqual(['2.0.0-beta.2'])
    expect(s.current?.version && s.current.update).toBeUndefined()
  })
})

describe('precision: auto when the short tags stopped', () => {
  const CALVER = ['2023.10', '2023.11', '2023.11.1', '2024.02.0', '2024.06.3', '2024.06.2']

  it('moves a years-old short tag to the newest release', () => {
    const s = choose(CALVER, '2023.11')
    expect(s.passing[0]?.tag).toBe('2024.06.3')
    expect(s.components).toBeUndefined()
  })

  it('keeps the precision when asked for it', () => {
    expect(choose(CALVER, '2023.10', { precision: 'same' }).passing[0]?.tag).toBe('2023.11')
  })

  it('keeps a longer current tag on its precision (LTS beside weekly)', () => {
    const jenkins = ['2.479.1-jdk17', '2.479.2-jdk17', '2.480-jdk17', '2.490-jdk17']
    expect(choose(jenkins, '2.479.1-jdk17').passing[0]?.tag).toBe('2.479.2-jdk17')
  })

  it('keeps the precision while the short tags go on', () => {
    const tags = ['3.12', '3.12.7', '3.14', '3.14.7', '3.14.8']
    expect(choose(tags, '3.12').passing[0]?.tag).toBe('3.14')
  })
})
