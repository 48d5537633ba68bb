/**
 * Where a build counter may stand in a variant: the counter-shaped parts at
 * either end of real images' variants, the slot each is counted in, and the
 * numbered words of tags that are not versions.
 */
import { describe, expect, it } from '@jest/globals'
import type { SlotKey } from '../../src/versions/counter-slots.js'
import {
  counterPartsOf,
  isBareNumberFirst,
  isCounterSpelling,
  numberedWords,
  slotKey,
  slotStem
} from '../../src/versions/counter-slots.js'

/** `slot number (rest)` of each end, or '-' where none. */
function ends(variant: string): [string, string] {
  const found = counterPartsOf(variant)
  const word = (c: NonNullable<typeof found>['first']) =>
    c ? `${c.slot} ${c.number}${c.padded ? ' padded' : ''} (${c.rest})` : '-'
  return [word(found?.first), word(found?.last)]
}

describe('counterPartsOf', () => {
  // prettier-ignore
  const CASES: [string, [string, string]][] = [
    ['ls308', ['a:ls 308 ()', '-']],
    // `arm64` has a counter's shape: only its numbers never changing tell it apart.
    ['k3s1-arm64', ['a:k3s 1 (arm64)', 'z:arm 64 (k3s1)']],
    ['1-jdk17', ['a: 1 (jdk17)', '-']],
    ['debian-12-r5', ['-', 'z:r 5 (debian-12)']],
    ['r3-ls295', ['a:r 3 (ls295)', 'z:ls 295 (r3)']],
    ['ce.0', ['a:ce. 0 ()', '-']],
    ['b06', ['a:b 6 padded ()', '-']],
    // Another product's major is a line: `pg16`, `jdk21`, the `12` of `debian-12`.
    ['pg16', ['-', '-']],
    ['jdk21-alpine', ['-', '-']],
    ['bookworm-12', ['-', 'z: 12 (bookworm)']],
    ['alpine', ['-', '-']],
    ['ubuntu24.04', ['-', '-']]
  ]
  it.each(CASES)('%s', (variant, expected) => {
    expect(ends(variant)).toEqual(expected)
  })

  it('answers the same object for a variant it has seen (interned)', () => {
    expect(counterPartsOf('r1-ls2')).toBe(counterPartsOf('r1-ls2'))
  })
})

describe('slot keys', () => {
  // prettier-ignore
  const CASES: [SlotKey, string, boolean, boolean][] = [
    [slotKey('a', ''), '', true, true],
    [slotKey('a', 'r'), 'r', true, false],
    [slotKey('z', 'ls'), 'ls', true, false],
    [slotKey('z', ''), '', false, false],
    [slotKey('a', 'k3s'), 'k3s', false, false],
    [slotKey('a', 'ce.'), 'ce.', false, false]
  ]
  it.each(CASES)('%s', (key, stem, counterSpelling, bareFirst) => {
    expect(slotStem(key)).toBe(stem)
    expect(isCounterSpelling(key)).toBe(counterSpelling)
    expect(isBareNumberFirst(key)).toBe(bareFirst)
  })
})

describe('numberedWords', () => {
  it.each([
    ['latest-pg16', ['pg']],
    ['jdk21-alpine', ['jdk']],
    ['sha-1a2b3c4', []],
    ['cafe12', []],
    ['gitlab-ce.0', []],
    ['nanoserver-ltsc2022', ['ltsc']],
    ['latest', []]
  ])('%s', (tag, words) => {
    expect(numberedWords(tag)).toEqual(words)
  })
})
