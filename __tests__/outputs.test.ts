import { describe, expect, it } from '@jest/globals'
import { jsonArrayThatFits } from '../src/outputs.js'

describe('jsonArrayThatFits', () => {
  it('keeps everything that fits', () => {
    expect(jsonArrayThatFits(['3.14', '3.13'])).toBe('["3.14","3.13"]')
    expect(jsonArrayThatFits([])).toBe('[]')
  })

  it('keeps the newest entries that fit in the byte budget, as valid JSON', () => {
    // '["1.0","1.1"]' is 13 bytes; one more entry would make 19.
    expect(jsonArrayThatFits(['1.0', '1.1', '1.2'], 13)).toBe('["1.0","1.1"]')
    expect(jsonArrayThatFits(['1.0', '1.1', '1.2'], 18)).toBe('["1.0","1.1"]')
    expect(jsonArrayThatFits(['1.0', '1.1', '1.2'], 19)).toBe('["1.0","1.1","1.2"]')
  })

  it('stays under GitHub 1 MB output cap with 200,000 tags', () => {
    const tags = Array.from({ length: 200_000 }, (_, i) => `${i % 50}.${i % 97}.${i}-alpine3.21`)
    const json = jsonArrayThatFits(tags)
    expect(Buffer.byteLength(json)).toBeLessThan(1_000_000)
    const parsed = JSON.parse(json) as string[]
    expect(parsed.length).toBeGreaterThan(40_000)
    expect(parsed).toEqual(tags.slice(0, parsed.length))
  })
})
