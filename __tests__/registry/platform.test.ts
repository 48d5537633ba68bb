import { describe, expect, it } from '@jest/globals'
import { formatPlatform, parsePlatform, platformMatches } from '../../src/registry/platform.js'

describe('parsePlatform', () => {
  // prettier-ignore
  it.each([
    ['linux/amd64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/i386', 'linux/386'],
    ['Windows/AMD64', 'windows/amd64']
  ])('%s → %s', (text, expected) => {
    expect(formatPlatform(parsePlatform(text)!)).toBe(expected)
  })

  it.each(['linux', 'linux/', 'a/b/c/d', 'linux/amd 64'])('rejects %j', text => {
    expect(parsePlatform(text)).toBeUndefined()
  })
})

describe('platformMatches', () => {
  it('matches after normalising, with a missing variant as a wildcard', () => {
    expect(
      platformMatches(parsePlatform('linux/aarch64')!, {
        os: 'linux',
        architecture: 'arm64',
        variant: 'v8'
      })
    ).toBe(true)
    expect(
      platformMatches(parsePlatform('linux/amd64')!, {
        os: 'linux',
        architecture: 'amd64',
        variant: 'v3'
      })
    ).toBe(true)
    expect(
      platformMatches(parsePlatform('linux/arm/v6')!, {
        os: 'linux',
        architecture: 'arm',
        variant: 'v7'
      })
    ).toBe(false)
    expect(
      platformMatches(parsePlatform('linux/amd64')!, { os: 'windows', architecture: 'amd64' })
    ).toBe(false)
  })
})
