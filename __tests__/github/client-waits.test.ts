/**
 * Which GitHub answers the client sends again, and when it gives up: a
 * table of real answers (secondary limits as 403 and 429, the hourly limit,
 * 5xx on repeatable and non-repeatable requests), each wait logged.
 */
import { describe, expect, it } from '@jest/globals'
import { MAX_LIMIT_WAITS, RequestWaits, spaceWrites } from '../../src/github/client-waits.js'
import type { ApiAnswer } from '../../src/github/errors.js'
import { Deadline } from '../../src/transport/deadline.js'

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
const HOURLY = 'API rate limit exceeded for installation ID 1234567.'

const answer = (
  method: string,
  path: string,
  status: number,
  message: string,
  headers: Record<string, string> = {}
): ApiAnswer => ({ method, path, status, headers, data: { message, status: String(status) } })

function waitsWith(
  options: { maxLimitWaits?: number; maxServerRetries?: number; deadlineMs?: number } = {}
) {
  const info: string[] = []
  const log = { debug() {}, info: (m: string) => info.push(m), warning() {} }
  const { deadlineMs = 30_000, ...rest } = options
  return { waits: new RequestWaits({ log, deadline: new Deadline(deadlineMs), ...rest }), info }
}

// prettier-ignore
const AGAIN: [string, ApiAnswer, boolean][] = [
  ['403 secondary limit, retry-after 0', answer('POST', '/repos/o/r/git/blobs', 403, SECONDARY, { 'retry-after': '0', 'x-ratelimit-remaining': '4990' }), true],
  ['429 secondary limit, retry-after 0', answer('POST', '/repos/o/r/pulls', 429, SECONDARY, { 'retry-after': '0' }), true],
  ['403 secondary limit naming no wait (a minute, past the 30 s deadline)', answer('GET', '/repos/o/r', 403, SECONDARY), false],
  ['403 hourly limit used up', answer('GET', '/repos/o/r', 403, HOURLY, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1765150000' }), false],
  ['403 permission', answer('POST', '/repos/o/r/git/refs', 403, 'Resource not accessible by integration'), false],
  ['502 of a read', answer('GET', '/repos/o/r/git/ref/heads/main', 502, 'Server Error'), true],
  ['503 of a tree', answer('POST', '/repos/o/r/git/trees', 503, 'Service Unavailable'), true],
  ['502 of a new ref', answer('POST', '/repos/o/r/git/refs', 502, 'Server Error'), false],
  ['502 of a new pull request', answer('POST', '/repos/o/r/pulls', 502, 'Server Error'), false],
  ['422 validation', answer('POST', '/repos/o/r/pulls', 422, 'Validation Failed'), false],
  ['200', answer('GET', '/repos/o/r', 200, ''), false]
]

describe('RequestWaits', () => {
  it.each(AGAIN)('%s: sent again = %s', async (_name, given, again) => {
    const { waits, info } = waitsWith()
    expect(await waits.again(given.method, given.path, given)).toBe(again)
    expect(info).toHaveLength(again ? 1 : 0)
    if (again) expect(info[0]).toMatch(`${given.method} ${given.path} answered ${given.status}`)
  })

  it(`waits for a secondary limit ${MAX_LIMIT_WAITS} times, then keeps the answer`, async () => {
    const limited = AGAIN[0]![1]
    const { waits, info } = waitsWith()
    const tries = []
    for (let i = 0; i < MAX_LIMIT_WAITS + 1; i++)
      tries.push(await waits.again('POST', limited.path, limited))
    expect(tries).toEqual([true, true, false])
    expect(info).toEqual([
      "POST /repos/o/r/git/blobs answered 403: GitHub's secondary rate limit; retrying in 0 s (retry 1)",
      "POST /repos/o/r/git/blobs answered 403: GitHub's secondary rate limit; retrying in 0 s (retry 2)"
    ])
  })

  it.each<[string, Parameters<typeof waitsWith>[0], Record<string, string>]>([
    ['no waits allowed', { maxLimitWaits: 0 }, { 'retry-after': '0' }],
    ['a wait over two minutes', {}, { 'retry-after': '121' }],
    ['a wait past the deadline', { deadlineMs: 5_000 }, { 'retry-after': '10' }]
  ])('keeps a secondary limit at once when %s', async (_name, options, headers) => {
    const { waits, info } = waitsWith(options)
    const limited = answer('POST', '/repos/o/r/git/blobs', 403, SECONDARY, headers)
    expect(await waits.again('POST', limited.path, limited)).toBe(false)
    expect(info).toEqual([])
  })

  it('keeps a 5xx at once when retries are off', async () => {
    const { waits } = waitsWith({ maxServerRetries: 0 })
    const failed = answer('GET', '/repos/o/r', 502, 'Server Error')
    expect(await waits.again('GET', failed.path, failed)).toBe(false)
  })
})

describe('spaceWrites', () => {
  it('lets the first write go at once and holds the next one for the spacing', async () => {
    await new Promise(resolve => setTimeout(resolve, 350))
    const started = Date.now()
    await spaceWrites(300)
    const first = Date.now() - started
    await spaceWrites(300)
    expect(first).toBeLessThan(100)
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
  })
})
