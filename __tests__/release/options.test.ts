/** The release inputs: durations as people write them, and errors that name the input. */
import { describe, expect, it } from '@jest/globals'
import { formatAge, parseDuration, parseReleaseInputs } from '../../src/release/options.js'

const H = 3_600_000
const D = 24 * H

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['3d', 3 * D],
    ['12h', 12 * H],
    ['2 days', 2 * D],
    ['1 week', 7 * D],
    ['1w', 7 * D],
    ['90m', 90 * 60_000],
    ['45 minutes', 45 * 60_000],
    ['1.5d', 36 * H],
    [' 3D ', 3 * D]
  ])('%j is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', '3', 'd', '3 fortnights', '-1d', '3d 12h', '1e3d', 'three days', '3.d'])(
    '%j is not a duration',
    text => expect(parseDuration(text)).toBeUndefined()
  )
})

describe('formatAge', () => {
  it.each([
    [20 * H, '20 h'],
    [3 * D, '3 days'],
    [D + H, '25 h'],
    [45 * 60_000, '45 min'],
    [-5000, '0 min'],
    [1 * D * 2, '48 h'.replace('48 h', '2 days')]
  ])('%d ms reads %s', (ms, text) => expect(formatAge(ms)).toBe(text))
})

describe('parseReleaseInputs', () => {
  const read = (inputs: Record<string, string>) => parseReleaseInputs(name => inputs[name] ?? '')

  it('defaults: no cooldown, lts auto', () => {
    expect(read({})).toEqual({ lts: 'auto' })
    expect(
      read({ 'minimum-release-age': '0', 'release-age-missing': 'hold', lts: 'auto' })
    ).toEqual({ lts: 'auto' })
  })

  it('a cooldown keeps what the user wrote, for messages', () => {
    expect(
      read({ 'minimum-release-age': '3d', 'release-age-missing': 'allow', lts: 'only' })
    ).toEqual({ cooldown: { minimumAgeMs: 3 * D, text: '3d', missing: 'allow' }, lts: 'only' })
  })

  it.each([
    [
      { 'minimum-release-age': '3 fortnights' },
      "Input 'minimum-release-age': '3 fortnights' is not a duration"
    ],
    [
      { 'minimum-release-age': '400d' },
      "Input 'minimum-release-age': '400d' is not a duration of at most a year"
    ],
    [
      { 'release-age-missing': 'skip' },
      "Input 'release-age-missing': 'skip' is not 'hold' or 'allow'."
    ],
    [{ lts: 'yes' }, "Input 'lts': 'yes' is not one of 'auto', 'only' or 'off'."]
  ])('%j is a usage error naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(message)
  })
})
