/** Dates out of untrusted API answers: only plausible push dates, only JSON objects, bodies capped. */
import { describe, expect, it } from '@jest/globals'
import {
  MAX_DATE_BODY_BYTES,
  jsonObject,
  plausibleDate
} from '../../src/registry/release-date-json.js'

const NOW = Date.UTC(2026, 11, 7, 12)
const answer = (body: string | Buffer) => ({
  status: 200,
  headers: {},
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  url: 'https://hub.docker.com/x'
})

describe('plausibleDate', () => {
  it.each([
    ['2026-07-01T09:30:00.123456Z', '2026-07-01T09:30:00.123Z'],
    ['Wed, 01 Jul 2026 09:30:00 GMT', '2026-07-01T09:30:00.000Z'],
    [1782898200, '2026-07-01T09:30:00.000Z'],
    ['2026-12-08T06:00:00Z', '2026-12-08T06:00:00.000Z']
  ])('%j is %s', (value, iso) => expect(plausibleDate(value, NOW)).toBe(iso))

  it.each([
    ['0001-01-01T00:00:00Z', 'the zero time some APIs send for "never"'],
    [0, 'the epoch'],
    ['2012-12-31T23:59:59Z', 'before Docker'],
    ['2027-01-01T00:00:00Z', 'weeks in the future'],
    ['yesterday', 'not a date'],
    [null, 'null'],
    [{ date: '2026-07-01' }, 'an object'],
    ['2026-07-01T09:30:00Z'.padEnd(100, ' '), 'too long to be a date']
  ])('%j is not a push date (%s)', (value, _why) =>
    expect(plausibleDate(value, NOW)).toBeUndefined()
  )
})

describe('jsonObject', () => {
  it('reads an object', () => {
    expect(jsonObject(answer('{"tag_last_pushed":"x"}'))).toEqual({
      json: { tag_last_pushed: 'x' }
    })
  })

  it.each([
    ['[1,2]', 'the answer was not a JSON object'],
    ['<html>', 'the answer was not a JSON object'],
    ['null', 'the answer was not a JSON object']
  ])('%j: %s', (body, why) => expect(jsonObject(answer(body))).toEqual({ why }))

  it('refuses a body over the cap without parsing it', () => {
    const big = Buffer.alloc(MAX_DATE_BODY_BYTES + 1, 0x20)
    expect(jsonObject(answer(big))).toEqual({ why: 'the answer was larger than 1024 KiB' })
  })
})
