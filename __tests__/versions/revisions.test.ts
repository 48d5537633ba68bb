/**
 * Build counters told from variant numbers by how a repository uses the
 * suffix: tag lists built the way real images tag, and which suffixes each
 * reads as a counter.
 */
import { describe, expect, it } from '@jest/globals'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import { learnRevisions } from '../helpers/revisions.js'

/** `${version}-${suffix}` for each version and suffix. */
const cross = (versions: string[], suffixes: string[]): string[] =>
  versions.flatMap(v => suffixes.map(s => (s ? `${v}-${s}` : v)))

const counters = (tags: string[]): string[] =>
  learnRevisions(tags.map(t => parseTag(t)).filter(isVersion))
    .slots.slice()
    .sort()

const VERSIONS = ['1.0.0', '1.1.0', '1.2.0', '1.2.1', '2.0.0']

// prettier-ignore
const CASES: [name: string, tags: string[], slots: string[]][] = [
  ['k3s: restarts at 1 for each version', [...cross(VERSIONS, ['k3s1', 'k3s1-arm64']), '1.2.0-k3s2', '1.2.0-k3s2-arm64'], ['a:k3s']],
  ['linuxserver: runs on across versions', VERSIONS.flatMap((v, i) => [`${v}-ls${10 + 2 * i}`, `${v}-ls${11 + 2 * i}`]), ['a:ls']],
  ['jenkins: a bare number before the flavour', cross(['3107.v665000b_51092', '3131.vf2b_b_798b_ce99', '3206.vb_15dcf73f6a_9'], ['1', '2-jdk17', '1-jdk17', '2', '3']), ['a:']],
  ['bitnami: -rN after a numbered variant', cross(VERSIONS, ['debian-12-r0', 'debian-12-r1']), ['z:r']],
  ['linuxserver on Alpine: two counters', VERSIONS.flatMap((v, i) => [`${v}-r0-ls${20 + i}`, `${v}-r1-ls${30 + i}`]), ['a:r', 'z:ls']],
  ['temurin 8: zero-padded builds', ['8u412-b08', '8u422-b05', '8u432-b06', '8u442-b06'], ['a:b']],
  ['gitlab: one edition rebuilt', [...cross(VERSIONS, ['ce.0', 'ee.0']), '2.0.0-ce.1'], ['a:ce.']],
  ['gradle: JDK numbers on every version', cross(VERSIONS, ['jdk11', 'jdk17', 'jdk21', 'jdk17-alpine']), []],
  ['node flavours', cross(VERSIONS, ['node18', 'node20', 'node22']), []],
  ['a JDK the newest major lacks', [...cross(VERSIONS.slice(0, 4), ['jdk11', 'jdk17']), '2.0.0-jdk17', '2.0.0-jdk21'], []],
  ['Debian releases after a word', [...cross(VERSIONS.slice(0, 3), ['debian-11', 'debian-12']), ...cross(VERSIONS.slice(3), ['debian-12'])], []],
  ['Windows releases', cross(VERSIONS, ['windowsservercore-ltsc2019', 'windowsservercore-ltsc2022', 'nanoserver-1809']), []],
  ['dotted numbers are never counters', cross(VERSIONS, ['php8.2-fpm', 'php8.3-fpm', 'ubuntu24.04', 'cuda12.4-runtime']), []],
  ['a number that never changes', cross(VERSIONS, ['cpuv1', 'arm64v8', 'amd64', 'ce.0']), []],
  ['few versions: -rN counts', ['1.0.0-r1', '1.0.0-r2', '1.1.0-r1'], ['a:r']],
  ['few versions: -jdkN does not', ['1.0.0-jdk11', '1.0.0-jdk17', '1.1.0-jdk17'], []]
]

describe('learnRevisions', () => {
  it.each(CASES)('%s', (_name, tags, slots) => {
    expect(counters(tags)).toEqual(slots)
  })

  it('stays bounded on a hostile list of counter-like suffixes', () => {
    // 300 spellings, each counting like -rN on three versions: only the first 64 are learnt.
    const stems = Array.from({ length: 300 }, (_, i) => `x${i.toString(36)}y`)
    const tags = stems.flatMap(stem => cross(['1.0.0', '1.1.0', '1.2.0'], [`${stem}1`, `${stem}2`]))
    expect(counters(tags)).toHaveLength(64)
  })
})

describe('RevisionReading.read', () => {
  const reading = learnRevisions(
    [
      ...cross(VERSIONS, ['r0-ls1', 'r1-ls2', 'debian-12-r0', 'debian-12-r1']),
      ...cross(['3.0.0', '3.1.0'], ['1-jdk17', '2-jdk17'])
    ]
      .map(t => parseTag(t))
      .filter(isVersion)
  )
  const read = (tag: string) => {
    const v = reading.read(parseTag(tag) as never)
    return { variant: v.variant, revision: v.revision?.text, numbers: v.revision?.numbers }
  }

  it.each([
    ['1.0.0-debian-12-r1', { variant: 'debian-12', revision: 'r1', numbers: [1] }],
    ['1.2.0-r1-ls2', { variant: '', revision: 'r1-ls2', numbers: [1, 2] }],
    ['3.1.0-2-jdk17', { variant: 'jdk17', revision: '2', numbers: [2] }],
    ['1.0.0-alpine', { variant: 'alpine', revision: undefined, numbers: undefined }]
  ])('%s', (tag, expected) => {
    expect(read(tag)).toEqual(expected)
  })

  it('adds the counters to a number after an underscore', () => {
    const openssh = learnRevisions(
      ['9.7_p1-r4-ls168', '9.8_p1-r0-ls170', '9.9_p1-r1-ls171', '9.9_p1-r2-ls180']
        .map(t => parseTag(t))
        .filter(isVersion)
    )
    const v = openssh.read(parseTag('9.9_p1-r2-ls180') as never)
    expect([v.variant, v.revision?.text, v.revision?.numbers]).toEqual([
      '',
      'p1-r2-ls180',
      [1, 2, 180]
    ])
  })
})
