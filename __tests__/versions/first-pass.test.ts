/**
 * The first pass over a repository's tags: which are versions under the
 * policy (a `filter`, a `version` group), what the early stages removed,
 * and the versions read back one at a time with the repository's counters.
 */
import { describe, expect, it } from '@jest/globals'
import { formatVersion } from '../../src/versions/parse.js'
import { buildPolicy } from '../../src/versions/policy.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import {
  STAGES,
  readListedTag,
  readTag,
  readTagList,
  versionsAt
} from '../../src/versions/first-pass.js'
import { tagHistory } from '../helpers/fixtures.js'

const NGINX = ['1.27.3', '1.27.3-alpine', 'mainline', 'stable-alpine', 'latest', '1.27', '1']
const MINIO = ['RELEASE.2025-04-22T22-12-26Z', 'RELEASE.2024-12-18T13-15-44Z', 'latest', 'edge']

// prettier-ignore
const CASES: [string, string[], PolicyInputs, { filter: number; version: number; versions: string[]; notVersions: string[] }][] = [
  ['nginx, no filter', NGINX, {},
    { filter: 0, version: 3, versions: ['1.27.3', '1.27.3-alpine', '1.27', '1'], notVersions: ['mainline', 'stable-alpine', 'latest'] }],
  ['nginx, filter on alpine', NGINX, { filter: 'alpine$' },
    { filter: 5, version: 1, versions: ['1.27.3-alpine'], notVersions: ['stable-alpine'] }],
  ['minio, the version from a named group', MINIO, { filter: '^RELEASE\\.(?<version>\\d{4}-\\d\\d-\\d\\d)' },
    { filter: 2, version: 0, versions: ['RELEASE.2025-04-22T22-12-26Z', 'RELEASE.2024-12-18T13-15-44Z'], notVersions: [] }],
  ['a group that does not read as a version', ['build-abc', 'build-1.2'], { filter: '^build-(?<version>.+)$' },
    { filter: 0, version: 1, versions: ['build-1.2'], notVersions: ['build-abc'] }],
  ['no tags', [], {}, { filter: 0, version: 0, versions: [], notVersions: [] }]
]

describe('readTagList', () => {
  it.each(CASES)('%s', (_name, tags, inputs, expected) => {
    const policy = buildPolicy(inputs)
    const firstPass = readTagList(tags, policy)
    expect(firstPass.removedBy.filter).toBe(expected.filter)
    expect(firstPass.removedBy.version).toBe(expected.version)
    expect(firstPass.notVersions).toEqual(expected.notVersions)
    expect([...versionsAt(tags, firstPass, policy)].map(v => v.tag)).toEqual(expected.versions)
    // The later stages are counted by the selection, not here.
    for (const stage of STAGES.slice(2)) expect(firstPass.removedBy[stage]).toBe(0)
  })

  it('names five tags that are not versions at most', () => {
    const tags = ['latest', 'stable', 'edge', 'nightly', 'mainline', 'alpine', 'slim', '1.0.0']
    const firstPass = readTagList(tags, buildPolicy({}))
    expect(firstPass.removedBy.version).toBe(7)
    expect(firstPass.notVersions).toEqual(['latest', 'stable', 'edge', 'nightly', 'mainline'])
  })

  it('reads linuxserver counters as revisions, not as part of the variant', () => {
    const tags = ['5.14.2.9825-ls255', '5.14.2.9825-ls256', '5.15.0.9826-ls257', 'latest']
    const policy = buildPolicy({})
    const read = [...versionsAt(tags, readTagList(tags, policy), policy)]
    expect(read.map(v => v.variant)).toEqual(['', '', ''])
    expect(read.map(v => v.revision?.text)).toEqual(['ls255', 'ls256', 'ls257'])
  })

  it('reads every tag of a real repository (kong) the same as readTag alone, counters aside', () => {
    const tags = tagHistory('kong')
    const policy = buildPolicy({})
    const firstPass = readTagList(tags, policy)
    const versions = [...versionsAt(tags, firstPass, policy)]
    expect(versions.length + firstPass.removedBy.version).toBe(tags.length)
    const alone = tags.map(t => readTag(t, policy)).filter(v => 'components' in v)
    expect(versions.map(v => v.tag)).toEqual(alone.map(v => v.tag))
    expect(versions.map(formatVersion)).toEqual(
      alone.map(v => ('components' in v ? formatVersion(v) : ''))
    )
  })
})

describe('readListedTag', () => {
  const MINIO_GROUP = { filter: '^RELEASE\\.(?<version>\\d{4}-\\d\\d-\\d\\d)' }
  // prettier-ignore
  const TAGS: [string, PolicyInputs, string][] = [
    ['1.27.3-alpine', {}, 'version 1.27.3'],
    ['mainline', {}, 'not a version'],
    ['sha-1a2b3c4', {}, 'not a version'],
    ['1.27.3-alpine', { filter: 'alpine$' }, 'version 1.27.3'],
    ['1.27.3-bookworm', { filter: 'alpine$' }, 'filtered'],
    ['stable-alpine', { filter: 'alpine$' }, 'not a version'],
    ['RELEASE.2025-04-22T22-12-26Z', MINIO_GROUP, 'version 20250422 from 2025-04-22'],
    ['latest', MINIO_GROUP, 'filtered'],
    ['build-abc', { filter: '^build-(?<version>.+)$' }, 'not a version'],
    // The group is optional: the filter keeps the tag, which has no version then.
    ['edge', { filter: '^(?:v(?<version>[\\d.]+)|edge)$' }, 'not a version'],
    ['v2.11.3', { filter: '^(?:v(?<version>[\\d.]+)|edge)$' }, 'version 2.11.3 from 2.11.3']
  ]
  it.each(TAGS)('%s with %j', (tag, inputs, expected) => {
    const read = readListedTag(tag, buildPolicy(inputs))
    const words =
      read.kind !== 'version'
        ? read.kind
        : `version ${read.version.components.join('.')}` +
          (read.groupText === undefined ? '' : ` from ${read.groupText}`)
    expect(words).toBe(expected)
    if (read.kind === 'version') expect(read.version.tag).toBe(tag)
  })
})

describe('readTag', () => {
  // prettier-ignore
  const TAGS: [string, PolicyInputs, string | undefined][] = [
    ['3.14.7-slim', {}, '3.14.7'],
    ['v2.11.3', {}, '2.11.3'],
    ['latest', {}, undefined],
    // A date in a version group is one stamp, as the user extracted it.
    ['RELEASE.2025-04-22T22-12-26Z', { filter: '^RELEASE\\.(?<version>\\d{4}-\\d\\d-\\d\\d)' }, '20250422'],
    ['jdk21-1.2.3', { filter: '^jdk21-(?<version>.*)$' }, '1.2.3'],
    ['jdk17-1.2.3', { filter: '^jdk21-(?<version>.*)$' }, undefined]
  ]
  it.each(TAGS)('%s with %j', (tag, inputs, expected) => {
    const read = readTag(tag, buildPolicy(inputs))
    expect('components' in read ? read.components.join('.') : undefined).toBe(expected)
  })
})
