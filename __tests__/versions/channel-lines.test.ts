/**
 * One number after a channel (`open-21-jre`): a version line where the
 * repository writes that channel before dotted versions
 * (`open-21.0.5_11-jre`), else a name (`pr-123`, `jdk-21`, `sha-1234567`).
 * Read from the whole list, in whatever order it comes, and the current tag
 * in the same context.
 */
import { describe, expect, it } from '@jest/globals'
import { readTagList, versionsAt } from '../../src/versions/first-pass.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

const policy = buildPolicy({})
const SEMERU = ['open-21-jre', 'open-21.0.5_11-jre', 'open-25-jre', 'open-25.0.1_8-jre', 'latest']

// prettier-ignore
const REPOSITORIES: [string, string[], string[], string[]][] = [
  // [name, tags, the tags read as versions, the channels with lines]
  ['semeru, the line listed before the build', SEMERU,
    ['open-21-jre', 'open-21.0.5_11-jre', 'open-25-jre', 'open-25.0.1_8-jre'], ['open-']],
  ['pull requests only', ['pr-123', 'pr-124', '1.2.3'], ['1.2.3'], []],
  ['jdk-21 alone', ['jdk-21', '1.0.0'], ['1.0.0'], []],
  ['jdk-21 beside another channel with lines', ['jdk-21', 'open-21.0.5_11-jre', 'open-21-jre'],
    ['open-21.0.5_11-jre', 'open-21-jre'], ['open-']],
  ['commit builds', ['sha-1234567', 'sha-7654321', '2.0.0'], ['2.0.0'], []],
  ['a channel of dated builds', ['jammy-20250101.1', 'jammy-20250102.1', 'jammy-5'],
    ['jammy-20250101.1', 'jammy-20250102.1'], []],
  ['develop builds and a develop line', ['develop-6.1.0', 'develop-6', 'nightly-7'],
    ['develop-6.1.0', 'develop-6'], ['develop-']]
]

describe('readTagList, one number after a channel', () => {
  it.each(REPOSITORIES)('%s', (_name, tags, versions, channels) => {
    const firstPass = readTagList(tags, policy)
    expect([...versionsAt(tags, firstPass, policy)].map(v => v.tag).sort()).toEqual(
      [...versions].sort()
    )
    expect([...firstPass.channelLines]).toEqual(channels)
    expect(firstPass.removedBy.version).toBe(tags.length - versions.length)
    expect(firstPass.notVersions.filter(t => versions.includes(t))).toEqual([])
  })

  it('reads a list too long to keep the same way, each line once', () => {
    const tags = Array.from({ length: 30_000 }, (_, i) => [
      `open-${i}-jre`,
      `open-${i}.0.1_7-jre`
    ]).flat()
    const firstPass = readTagList(tags, policy)
    const read = [...versionsAt(tags, firstPass, policy)]
    expect(read).toHaveLength(60_000)
    const line = read.find(v => v.tag === 'open-29999-jre')
    expect(line && [line.channel, line.components, line.variant]).toEqual(['open-', [29999], 'jre'])
  })
})

describe('selectTags reads the current tag with the repository', () => {
  it('moves open-21-jre to the newest line of its shape', () => {
    const selection = selectTags(SEMERU, policy, 'open-21-jre')
    expect(selection.current?.version?.components).toEqual([21])
    expect(selection.passing.map(v => v.tag)).toEqual(['open-25-jre', 'open-21-jre'])
  })

  it('leaves pr-123 a name where the channel has no dotted versions', () => {
    const selection = selectTags(['pr-123', 'pr-124', '1.2.3'], policy, 'pr-123')
    expect(selection.current).toEqual({ tag: 'pr-123', reason: 'not a version' })
  })
})
