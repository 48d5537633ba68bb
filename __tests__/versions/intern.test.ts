import { describe, expect, it } from '@jest/globals'
import { Interned, sameString } from '../../src/versions/intern.js'

/** A table and how many values it had to make. */
function counting(limit: number) {
  const table = new Interned<{ key: string }>(limit)
  let made = 0
  const get = (key: string) => table.get(key, () => (made++, { key }))
  return { get, made: () => made }
}

describe('Interned', () => {
  it('makes one value per key and shares it', () => {
    const t = counting(10)
    expect(t.get('alpine')).toBe(t.get('alpine'))
    expect(t.made()).toBe(1)
  })

  it('keeps what it has when full, rather than dropping everything', () => {
    const t = counting(2)
    const alpine = t.get('alpine')
    t.get('slim')
    t.get('ls1')
    t.get('ls1')
    expect(t.made()).toBe(4)
    expect(t.get('alpine')).toBe(alpine)
  })

  it('empties a full table after many lookups that mostly missed', () => {
    const t = counting(2)
    t.get('alpine')
    t.get('slim')
    // Sixty-four windows of 4096 lookups, the last one ending with the loop.
    for (let i = 2; i < 64 * 4096; i++) t.get(`ls${i}`)
    const before = t.made()
    t.get('jdk17')
    t.get('jdk17')
    expect(t.made()).toBe(before + 1)
  })
})

describe('sameString', () => {
  it('returns one string for equal texts', () => {
    const a = 'bookworm-slim'.slice(9)
    const b = ['s', 'l', 'i', 'm'].join('')
    expect(sameString(a)).toBe(sameString(b))
    expect(sameString('')).toBe('')
  })
})
