import { describe, expect, it } from '@jest/globals'
import { readTail } from '../../src/versions/suffix.js'

const describeTail = (rest: string) => {
  const tail = readTail(rest)
  if (!tail) return undefined
  const pre = tail.prerelease
  return {
    pre: pre ? `${pre.kind}${pre.number ? `.${pre.number}` : ''}` : '',
    revision: tail.revision
      ? `${tail.revision.text}${tail.revision.stamped ? ' (dated)' : ''}`
      : '',
    variant: tail.variant
  }
}

// prettier-ignore
const TAILS: [rest: string, pre: string, revision: string, variant: string][] = [
  ['', '', '', ''],
  ['-slim-bookworm', '', '', 'slim-bookworm'],
  ['rc1-noble', 'rc.1', '', 'noble'],
  ['.dev20250215-cuda12.4-cudnn9-devel', 'dev.20250215', '', 'cuda12.4-cudnn9-devel'],
  ['-beta-slim-rootless.1', 'beta.1', '', 'slim-rootless'],
  ['-minimal-beta1', 'beta.1', '', 'minimal'],
  ['-jdk21-preview', '', '', 'jdk21-preview'],
  ['-al2-native-RC-headless', 'rc', '', 'al2-native-headless'],
  ['-20240723', '', '20240723 (dated)', ''],
  ['-kitten-20241024', '', '20241024 (dated)', 'kitten'],
  ['-GA', '', 'GA (dated)', ''],
  ['.Final-jdk21', '', 'Final (dated)', 'jdk21'],
  ['_11-jre-jammy', '', '11', 'jre-jammy'],
  ['_p1-r4-ls170', '', 'p1', 'r4-ls170'],
  ['.vb_15dcf73f6a_9-1-jdk17', '', '', '1-jdk17'],
  ['-a0bfb8370-ls247', '', '', 'ls247'],
  ['.fips', '', '', 'fips'],
  ['-ls308', '', '', 'ls308'],
  ['-rc42.ce.0', 'rc.42', '', 'ce.0']
]

describe('readTail', () => {
  it.each(TAILS)('%j', (rest, pre, revision, variant) => {
    expect(describeTail(rest)).toEqual({ pre, revision, variant })
  })

  it.each(['bookworm', '-', '-slim-', '--slim', '.x', 'u504'])(
    '%j cannot follow a version',
    rest => {
      expect(readTail(rest)).toBeUndefined()
    }
  )

  it('shares one reading between tags with the same tail', () => {
    expect(readTail('-debian-12-r5')).toBe(readTail('-debian-12-r5'))
  })
})
