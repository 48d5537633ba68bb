/** The Hub API's answers: its error words (untrusted, one short line, never a secret) and its rate limit reset. */
import { describe, expect, it } from '@jest/globals'
import { errorDetail, parseJson, resetMs } from '../../src/registry/dockerhub-answers.js'

const PAT = 'dckr_pat_2b3e36beeb386dfdaacb9b46004ccb7c'

// prettier-ignore
const BODIES: [string, string][] = [
  ['{"message":"incorrect username or password","errinfo":{}}', 'incorrect username or password'],
  ['{"detail":"Authentication credentials were not provided."}', 'Authentication credentials were not provided.'],
  ['{"errinfo":{"namespace":"acme"},"message":"object not found"}', 'object not found'],
  ['{"error":"invalid_grant"}', 'invalid_grant'],
  ['{"message":"line one\\nline two\\u001b[31m"}', 'line one line two\\x1b[31m'],
  [`{"message":"bad password ${PAT}"}`, ''],
  [`{"message":"${'x'.repeat(300)}"}`, `${'x'.repeat(200)}…`],
  ['{"message":42}', ''],
  ['["message"]', ''],
  ['<html>Bad Gateway</html>', '']
]

describe('errorDetail', () => {
  it.each(BODIES)('%s → %j', (body, detail) => {
    expect(errorDetail(Buffer.from(body), [PAT])).toBe(detail)
  })
})

describe('parseJson', () => {
  it('gives undefined for what is not JSON', () => {
    expect(parseJson(Buffer.from('{"count":2}'))).toEqual({ count: 2 })
    expect(parseJson(Buffer.from('{"count":'))).toBeUndefined()
  })
})

describe('resetMs', () => {
  const now = Date.parse('2026-12-07T10:00:00Z')
  // prettier-ignore
  const HEADERS: [Record<string, string | string[]>, number | undefined][] = [
    [{ 'x-ratelimit-reset': String(now / 1000 + 60) }, 60_000],
    [{ 'x-ratelimit-reset': [String(now / 1000 + 5), '0'] }, 5_000],
    [{ 'x-ratelimit-reset': String(now / 1000 - 60) }, 0],
    [{ 'x-ratelimit-reset': 'Mon, 07 Dec 2026 10:01:00 GMT' }, undefined],
    [{ 'x-ratelimit-limit': '180' }, undefined]
  ]
  it.each(HEADERS)('%j → %s', (headers, ms) => {
    expect(resetMs(headers, now)).toBe(ms)
  })
})
