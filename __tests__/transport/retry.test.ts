import { describe, expect, it } from '@jest/globals'
import { isTemporaryCode } from '../../src/transport/errors.js'
import { retryAfterMs } from '../../src/transport/headers.js'
import { backoffMs, isRetryableStatus } from '../../src/transport/retry.js'
import { mayFallBackToHttp } from '../../src/transport/schemes.js'

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-22T10:00:00Z')
  // prettier-ignore
  it.each([
    [{ 'retry-after': '7' }, 7000],
    [{ 'retry-after': ' 0 ' }, 0],
    [{ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' }, 30000],
    [{ 'retry-after': 'Sun, 22 Nov 2026 09:00:00 GMT' }, 0],
    [{ 'x-retry-after': String(now / 1000 + 90) }, 90000],
    [{ 'retry-after': ['3', '9'] }, 3000],
    [{ 'retry-after': 'soon' }, undefined],
    [{}, undefined]
  ])('%j → %s', (headers, expected) => {
    expect(retryAfterMs(headers, now)).toBe(expected)
  })
})

describe('backoffMs', () => {
  it('grows exponentially with jitter and is capped', () => {
    expect(backoffMs(1, 500, 8000, () => 0)).toBe(250)
    expect(backoffMs(1, 500, 8000, () => 1)).toBe(500)
    expect(backoffMs(3, 500, 8000, () => 1)).toBe(2000)
    expect(backoffMs(20, 500, 8000, () => 1)).toBe(8000)
  })
})

describe('isRetryableStatus', () => {
  it.each([408, 429, 500, 502, 503, 504])('%d is retried', s =>
    expect(isRetryableStatus(s)).toBe(true)
  )
  it.each([200, 400, 401, 403, 404, 405, 501])('%d is not', s =>
    expect(isRetryableStatus(s)).toBe(false)
  )
})

describe('network error codes', () => {
  // prettier-ignore
  it.each([
    ['ETIMEDOUT', true, false],
    ['ECONNREFUSED', true, true],
    ['ECONNRESET', true, true],
    ['EPROTO', true, true],
    ['ERR_SSL_WRONG_VERSION_NUMBER', true, true],
    ['EAI_AGAIN', true, false],
    ['ENOTFOUND', false, false],
    ['ETRUNCATED', false, false],
    ['ETOOLARGE', false, false],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', false, false],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', false, false],
    ['ERR_TLS_CERT_ALTNAME_INVALID', false, false]
  ])('%s: temporary %s, falls back to HTTP %s', (code, temporary, fallback) => {
    expect(isTemporaryCode(code)).toBe(temporary)
    expect(mayFallBackToHttp(code)).toBe(fallback)
  })
})
