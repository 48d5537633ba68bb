/**
 * The versions the first pass keeps for the later passes: kept as read for
 * a short list, read again one at a time for a long one, with the same
 * result either way.
 */
import { describe, expect, it } from '@jest/globals'
import { formatVersion } from '../../src/versions/parse.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { readListedTag, readTagList, versionsAt } from '../../src/versions/first-pass.js'
import { ListedVersions, fromGroup } from '../../src/versions/listed-versions.js'
import { NO_COUNTERS } from '../../src/versions/revisions.js'
import { tagHistory } from '../helpers/fixtures.js'

describe('fromGroup', () => {
  it.each([
    ['RELEASE.2025-04-22T22-12-26Z', '2025-04-22', '20250422'],
    ['build-1.2', '1.2', '1.2'],
    ['build-abc', 'abc', undefined],
    ['build-', undefined, undefined]
  ])('%s with the group %s reads as %s', (tag, group, components) => {
    const read = fromGroup(tag, group)
    expect(read.tag).toBe(tag)
    expect('components' in read ? read.components.join('.') : undefined).toBe(components)
  })
})

describe('ListedVersions', () => {
  it('reads a list too long to keep the same as one it keeps', () => {
    const kong = tagHistory('kong')
    const long = Array.from({ length: Math.ceil(50_001 / kong.length) }, (_, k) =>
      kong.map(t => (k ? `${t}-x${k}` : t))
    ).flat()
    const policy = buildPolicy({})
    const kept = readTagList(kong, policy)
    const reparsed = readTagList(long, policy)
    const head = [...versionsAt(long, reparsed, policy)].slice(0, 200).map(formatVersion)
    expect(head).toEqual([...versionsAt(kong, kept, policy)].slice(0, 200).map(formatVersion))
  })

  it.each([3, 60_000])('gives back what was added, %i tags long, group texts too', count => {
    const policy = buildPolicy({ filter: '^build-(?<version>.+)$' })
    const tags = Array.from({ length: count }, (_, i) => (i % 3 ? `build-1.${i}` : `build-x${i}`))
    const versions = new ListedVersions(tags.length)
    tags.forEach((tag, i) => {
      const read = readListedTag(tag, policy)
      if (read.kind === 'version') versions.add(i, read.version, read.groupText)
    })
    const read = [...versions.read(tags, policy, NO_COUNTERS)]
    expect(read.length).toBe(tags.filter((_, i) => i % 3).length)
    expect(read.slice(0, 2).map(v => [v.tag, v.components.join('.')])).toEqual([
      ['build-1.1', '1.1'],
      ['build-1.2', '1.2']
    ])
    expect(read.at(-1)?.tag).toBe(tags.filter((_, i) => i % 3).at(-1))
  })
})
