/** Compose interpolation: a default is what the file means; anything else is not a reference. */
import { describe, expect, it } from '@jest/globals'
import { interpolated } from '../../../src/files/yaml/interpolate.js'

describe('interpolated', () => {
  // prettier-ignore
  it.each([
    ['postgres:16.2', 'postgres:16.2'],
    ['postgres:${PG_TAG:-16.2}', 'postgres:16.2'],
    ['postgres:${PG_TAG-16.2}', 'postgres:16.2'],
    ['${REGISTRY:-ghcr.io}/acme/api:${TAG:-1.4.0}', 'ghcr.io/acme/api:1.4.0'],
    ['redis:${TAG:-}', 'redis:'],
    ['postgres:${PG_TAG}', undefined],
    ['postgres:$PG_TAG', undefined],
    ['postgres:${PG_TAG:?required}', undefined],
    ['postgres:${PG_TAG:+alt}', undefined],
    ['${{ matrix.image }}', undefined],
    ['$(params.image)', undefined],
    ['price$$', undefined]
  ])('interpolated(%j) reads %j', (text, out) => {
    expect(interpolated(text, 0)?.text).toBe(out)
  })

  it('places each character of a default where the file holds it', () => {
    const text = 'postgres:${PG_TAG:-16.2}'
    const start = 100
    const located = interpolated(text, start)
    const tagAt = located?.at.slice('postgres:'.length) ?? []
    expect(tagAt).toEqual([0, 1, 2, 3].map(k => start + text.indexOf('16.2') + k))
    expect(located?.via.at(-1)).toEqual({ name: 'PG_TAG', end: start + text.length })
    expect(located?.via[0]).toBeUndefined()
  })

  it('places plain text at its own offsets', () => {
    expect(interpolated('a:1', 7)?.at).toEqual([7, 8, 9])
  })
})
