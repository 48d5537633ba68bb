import { describe, expect, it } from '@jest/globals'
import { isDateStamp, readHead } from '../../src/versions/head.js'

// prettier-ignore
const HEADS: [tag: string, channel: string, prefix: string, components: number[], end: number][] = [
  ['3.14.7-slim', '', '', [3, 14, 7], 6],
  ['v1.31.4-k3s1', '', 'v', [1, 31, 4], 7],
  ['develop-6.2.1.10461-ls259', 'develop-', '', [6, 2, 1, 10461], 19],
  ['amd64-nightly-version-6.2.1.10437', 'amd64-nightly-version-', '', [6, 2, 1, 10437], 33],
  ['alpine-v3.19.1', 'alpine-', 'v', [3, 19, 1], 14],
  ['RELEASE.2025-08-13T08-35-41Z-cpuv1', 'RELEASE.', '', [20250813083541], 28],
  ['nightly-2025-01-31', 'nightly-', '', [20250131], 18],
  ['2018.03.0.20230905.0', '', '', [2018, 3, 0, 20230905, 0], 20],
  ['8u432-b06-jre', '', '', [8, 432], 5]
]

describe('readHead', () => {
  it.each(HEADS)('%s', (tag, channel, prefix, components, end) => {
    expect(readHead(tag)).toMatchObject({ channel, prefix, components, end })
  })

  it.each([
    'latest',
    'mainline-alpine3.24-perl',
    'one-two-three-four-five-1.2.3',
    'RELEASE.x',
    '1.2.3.4.5.6.7',
    `1${'0'.repeat(16)}`
  ])('%s has no version at its start', tag => {
    expect(readHead(tag)).toBeUndefined()
  })
})

describe('isDateStamp', () => {
  it.each([
    [20250101, true],
    [19991231, true],
    [20251301, false],
    [20250132, false],
    [12345678, false]
  ])('%s is a date: %s', (value, expected) => {
    expect(isDateStamp(value, 8)).toBe(expected)
  })
})
