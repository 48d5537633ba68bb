import { describe, expect, it } from '@jest/globals'
import { newestThatFit } from '../../src/versions/fit.js'

describe('newestThatFit', () => {
  const tags = ['3.14.7', '3.14', '3.13.0', '3']

  // prettier-ignore
  it.each([
    ['everything', 1000, ['3.14.7', '3.14', '3.13.0', '3']],
    ['exactly two', JSON.stringify(['3.14.7', '3.14']).length, ['3.14.7', '3.14']],
    ['one byte short of two', JSON.stringify(['3.14.7', '3.14']).length - 1, ['3.14.7']],
    ['only the brackets', 2, []],
    ['not even the brackets', 1, []]
  ])('%s', (_name, maxBytes, expected) => {
    const fitted = newestThatFit(tags, maxBytes)
    expect(fitted).toEqual(expected)
    expect(Buffer.byteLength(JSON.stringify(fitted))).toBeLessThanOrEqual(Math.max(maxBytes, 2))
  })

  it('keeps the newest head, never skipping a long tag to fit an older one', () => {
    expect(newestThatFit(['a'.repeat(50), 'b'], 20)).toEqual([])
  })

  it('counts bytes of UTF-8 and JSON escapes, not characters', () => {
    expect(newestThatFit(['é', 'x'], 6)).toEqual(['é'])
    expect(newestThatFit(['a"b'], 8)).toEqual(['a"b'])
    expect(newestThatFit(['a"b'], 7)).toEqual([])
  })

  it('fills a 1 MB output from 200,000 tags as closely as a tag allows', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `1.${i}.0-alpine3.20`)
    const limit = 1024 * 1024
    const fitted = newestThatFit(many, limit)
    const size = JSON.stringify(fitted).length
    expect(size).toBeLessThanOrEqual(limit)
    expect(size + JSON.stringify(many[fitted.length]).length + 1).toBeGreaterThan(limit)
    expect(fitted).toEqual(many.slice(0, fitted.length))
  })
})
