import { describe, expect, it } from '@jest/globals'
import type { Version } from '../../src/versions/parse.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import { kindOf, precisionOf, preference, sameShape } from '../../src/versions/shape.js'

function v(tag: string): Version {
  const parsed = parseTag(tag)
  if (!isVersion(parsed)) throw new Error(`${tag} is not a version`)
  return parsed
}

describe('kindOf and precisionOf', () => {
  it.each([
    ['3.14.7', 'number', 3],
    ['3206.vb_15dcf73f6a_9', 'number', 1],
    ['2026.07.2', 'calver', 3],
    ['2023.5.20240819.0', 'calver', 4],
    ['jammy-20240911.1', 'date', 1],
    ['RELEASE.2025-08-13T08-35-41Z', 'date', 1]
  ])('%s is %s with precision %d', (tag, kind, precision) => {
    expect([kindOf(v(tag)), precisionOf(v(tag))]).toEqual([kind, precision])
  })
})

describe('sameShape', () => {
  it.each([
    ['develop-1.2.3', 'develop-1.3.0', true],
    ['base-20240101.0.1', 'base-devel-20240102.0.1', false],
    ['1.2.3', 'arm64v8-1.3.0', false],
    ['9.4-20240723', '10.2-20260602', true],
    ['9.4', '10.2-20260602', false],
    ['5.0-GA', '5.0-20260727', true],
    ['2.0.20240816.0', '2023.12.20260817.0', false],
    ['21.0.5_11', '21.0.6_7', true],
    ['21.0.5_11', '21.0.6', false],
    ['21.0.5', '21.0.6_7', true]
  ])('%s → %s: %s', (current, candidate, expected) => {
    expect(sameShape(v(current), v(candidate))).toBe(expected)
  })
})

describe('preference', () => {
  it('prefers unprefixed tags, then undated ones, then (when asked) no suffix', () => {
    const tags = ['1.2.3', '1.2-20240101', 'develop-1.2.3', '1.2.3-alpine']
    expect(tags.map(t => preference(v(t), true))).toEqual([0, 1, 2, 3])
    expect(tags.map(t => preference(v(t), false))).toEqual([0, 1, 2, 0])
  })
})
