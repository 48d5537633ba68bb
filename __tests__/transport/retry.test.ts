import { describe, expect, it } from '@jest/globals'
import { Deadline } from '../../src/transport/deadline.js'
import { NetworkError, RetryAfterError, isTemporaryCode } from '../../src/transport/errors.js'
import { retryAfterMs } from '../../src/transport/headers.js'
import { RetryPolicy, backoffMs, isRetryableStatus, withRetry } from '../../src/transport/retry.js'
import { mayFallBackToHttp } from '../../src/transport/schemes.js'
import { recordingLog, scriptedExchange } from './exchanges.js'
import type { Step } from './exchanges.js'

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

const URL_ASKED = 'https://r.example/v2/library/python/tags/list'
const WHAT = 'GET https://r.example/v2/library/python/tags/list'

/** A refused connection as the attempt reports it. */
function refused(): NetworkError {
  return new NetworkError(`${WHAT} failed: connect ECONNREFUSED 127.0.0.1:443`, {
    url: URL_ASKED,
    code: 'ECONNREFUSED',
    temporary: true
  })
}

function timedOut(): NetworkError {
  return new NetworkError(`${WHAT} timed out after 20 s`, {
    url: URL_ASKED,
    code: 'ETIMEDOUT',
    temporary: true
  })
}

/** withRetry over a scripted exchange; waits are recorded, not slept. */
async function retried(steps: Step[], deadline = new Deadline(Infinity), maxRetryAfterMs = 60_000) {
  const { log, info } = recordingLog()
  const waits: number[] = []
  const policy = new RetryPolicy({
    maxRetries: 4,
    maxRetryAfterMs,
    deadline,
    log,
    sleep: async ms => void waits.push(ms)
  })
  const script = scriptedExchange(steps)
  const outcome = await withRetry(policy)(script.exchange)({ method: 'GET', url: URL_ASKED }).then(
    response => response.status,
    (error: Error) => error
  )
  return { outcome, tries: script.seen.length, waits, info }
}

describe('withRetry', () => {
  it('retries a 503 after a backoff and returns the answer that followed', async () => {
    const got = await retried([{ status: 503 }, { status: 200 }])
    expect(got).toMatchObject({ outcome: 200, tries: 2 })
    expect(got.waits[0]).toBeGreaterThanOrEqual(250)
    expect(got.waits[0]).toBeLessThanOrEqual(500)
    expect(got.info).toEqual([
      expect.stringMatching(/^GET \S+ answered 503; retry 1 of 4 in 0\.\d s$/)
    ])
  })

  it('waits as a 429 with `Retry-After: 3` asks', async () => {
    const got = await retried([{ status: 429, headers: { 'retry-after': '3' } }, { status: 200 }])
    expect(got).toMatchObject({ outcome: 200, tries: 2, waits: [3000] })
    expect(got.info).toEqual([
      `${WHAT} answered 429 and asked to wait 3 s (Retry-After); waiting (retry 1 of 4)`
    ])
  })

  it('waits until a `Retry-After: <HTTP-date>`', async () => {
    const date = new Date(Date.now() + 30_000).toUTCString()
    const got = await retried([{ status: 503, headers: { 'retry-after': date } }, { status: 200 }])
    expect(got).toMatchObject({ outcome: 200, tries: 2 })
    expect(got.waits[0]).toBeGreaterThan(28_000)
    expect(got.waits[0]).toBeLessThanOrEqual(30_000)
    expect(got.info[0]).toMatch(/answered 503 and asked to wait (29|30) s \(Retry-After\); waiting/)
  })

  it('fails at once when Retry-After is longer than it may wait', async () => {
    const got = await retried([{ status: 429, headers: { 'retry-after': '120' } }])
    expect(got.tries).toBe(1)
    expect(got.outcome).toBeInstanceOf(RetryAfterError)
    expect((got.outcome as Error).message).toBe(
      `${WHAT} answered 429 and asked to wait 120 s (Retry-After); that is longer than the 60 s this action waits. Try again later.`
    )
  })

  it('fails at once when Retry-After outlasts the step', async () => {
    const now = Date.now()
    const got = await retried(
      [{ status: 503, headers: { 'retry-after': '30' } }],
      new Deadline(10_000, () => now)
    )
    expect((got.outcome as Error).message).toBe(
      `${WHAT} answered 503 and asked to wait 30 s (Retry-After); only 10 s left of the step's timeout. Try again later, or raise 'timeout'.`
    )
  })

  it('retries a refused connection, and gives the last error when tries run out', async () => {
    const once = await retried([refused(), { status: 200 }])
    expect(once).toMatchObject({ outcome: 200, tries: 2 })
    expect(once.info[0]).toMatch(/ECONNREFUSED 127\.0\.0\.1:443; retry 1 of 4 in /)
    const always = await retried([refused()])
    expect(always.tries).toBe(5)
    expect((always.outcome as NetworkError).code).toBe('ECONNREFUSED')
  })

  it('retries a timeout once only', async () => {
    const got = await retried([timedOut()])
    expect(got.tries).toBe(2)
    expect(got.waits).toEqual([])
    expect(got.info).toEqual([`${WHAT} timed out after 20 s; retrying once`])
  })

  // prettier-ignore
  it.each<[string, Step[], number, number | string]>([
    ['a 404', [{ status: 404 }, { status: 200 }], 1, 404],
    ['a 200', [{ status: 200 }], 1, 200],
    ['503 five times', [{ status: 503 }], 5, 503],
    ['a permanent network error', [new NetworkError('no such host', { url: URL_ASKED, code: 'ENOTFOUND', temporary: false })], 1, 'ENOTFOUND'],
    ['another error', [new TypeError('bad')], 1, 'TypeError']
  ])('%s: %d tries, ends in %s', async (_what, steps, tries, end) => {
    const got = await retried(steps)
    expect(got.tries).toBe(tries)
    const outcome = got.outcome
    expect(typeof outcome === 'number' ? outcome : ((outcome as NetworkError).code ?? outcome.name)).toBe(end)
  })

  it('gives up a backoff the deadline cannot hold, returning the answer', async () => {
    const now = Date.now()
    const got = await retried([{ status: 502 }, { status: 200 }], new Deadline(100, () => now))
    expect(got).toMatchObject({ outcome: 502, tries: 1, waits: [], info: [] })
  })
})
