/**
 * Hostile registries (issue 8, items 1-10) through the bundled action: what
 * a user sees (exit status, the failure, outputs, the log and summary) when
 * a registry sends other schemes, foreign challenges, tags that are shell
 * or workflow commands, broken indexes, truncated or endless bodies, or
 * tags that make a backtracking regex run forever. Servers: lab/hostile.mjs.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  BAD_INDEXES,
  HOSTILE_TAGS,
  MIB,
  TAG_GRAMMAR,
  USERS,
  basicHeader,
  canBindIpv6,
  startHostile
} from '../../lab/hostile.mjs'
import { runAction } from '../../lab/runner.mjs'
import type { Run } from '../helpers/action.js'
import { act, closeAll, closeLater, failure, visible, NODE } from '../helpers/action.js'

const DIGEST = /^sha256:[0-9a-f]{64}$/
const STACK = '    at '
const PASSWORD = USERS.alice
const BASIC = basicHeader('alice', PASSWORD).slice('Basic '.length)
const ALICE = { username: 'alice', password: PASSWORD }

afterAll(closeAll)

const hostile = async (options: Record<string, unknown>) => closeLater(await startHostile(options))

/** Runs the bundle with a deadline of our own, for runs that may hang today. */
function actWithin(inputs: Record<string, string>, timeoutMs: number): Promise<Run> {
  return runAction({ inputs, node: NODE, timeoutMs }) as Promise<Run>
}

/** What the log shows on GitHub: the runner replaces every masked value with ***. */
function seen(run: Run): string {
  const masks = [...run.stdout.matchAll(/^::add-mask::(.*)$/gm)]
    .map(m => m[1]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .filter(Boolean)
  return masks.reduce((text, secret) => text.split(secret).join('***'), visible(run))
}

/** A failure the user can act on: one message, no stack trace, no JavaScript error names. */
function expectCleanFailure(run: Run, about: RegExp): void {
  expect(run.code).not.toBe(0)
  expect(failure(run)).toMatch(about)
  expect(failure(run)).not.toMatch(/TypeError|is not a function|Cannot read properties/)
  expect(visible(run)).not.toContain(STACK)
}

describe('1. only http and https URLs are followed', () => {
  const schemes = ['ftp:', 'ws:', 'file:', 'javascript:']
  const cases = ['realm', 'redirect', 'link'].flatMap(where => schemes.map(s => [where, s]))

  it.each(cases)('refuses a %s with the scheme %s', async (where, scheme) => {
    const h = await hostile({ mode: 'scheme', where, scheme })
    const run = await act({ image: h.image, ...ALICE })
    // Named as a refused scheme, not as an unreachable host after trying it.
    expectCleanFailure(run, /scheme|protocol|only https?\b/i)
    expect(failure(run)).toContain(scheme)
    expect(failure(run)).not.toMatch(/unreachable|ECONNREFUSED/)
    expect(h.trap!.requests).toEqual([])
    expect(h.requests.filter(r => r.path.includes('last=1.1.0'))).toEqual([])
    expect(seen(run)).not.toContain(BASIC)
  })
})

describe("2. credentials go only to the registry's host and the realm it named", () => {
  it.each(['bearer', 'basic'])(
    'a redirect target answering 401 with its own %s challenge gets no credentials',
    async challenge => {
      const h = await hostile({ mode: 'foreign-challenge', challenge })
      const run = await act({ image: h.image, ...ALICE })
      // The registry itself did get them: the test would prove nothing otherwise.
      expect(h.requests.some(r => r.authorization === `Basic ${BASIC}`)).toBe(true)
      expect(h.other!.requests.filter(r => r.authorization !== null)).toEqual([])
      if (run.code !== 0) expect(failure(run)).not.toBe('')
      expect(visible(run)).not.toContain(STACK)
      expect(seen(run)).not.toContain(BASIC)
    }
  )
})

describe('3. tags outside the grammar are dropped, counted, never printed', () => {
  it('keeps 1.0.0 and 1.1.0 and nothing of the four hostile tags', async () => {
    const h = await hostile({ mode: 'bad-tags' })
    const run = await act({ image: h.image })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.1.0')
    expect(JSON.parse(run.outputs['tags']!)).toEqual(['1.1.0', '1.0.0'])
    expect(run.outputs['count']).toBe('2')
    for (const tag of JSON.parse(run.outputs['tags']!)) expect(tag).toMatch(TAG_GRAMMAR)
    for (const value of Object.values(run.outputs)) {
      for (const tag of HOSTILE_TAGS) expect(value).not.toContain(tag)
      expect(value).not.toMatch(/\$\(|;rm|::warning::/)
    }
    expect(run.stdout).not.toMatch(/^::warning::pwned/m)
    for (const fragment of ['touch /tmp/x', '9.9.9;rm', HOSTILE_TAGS[3]!, '::warning::pwned'])
      expect(visible(run)).not.toContain(fragment)
    // Counted: the summary or the log says four were dropped.
    expect(visible(run)).toMatch(
      /\b4\b[^\n]*(invalid|dropped|grammar|skipped|ignored)|(invalid|dropped|grammar|skipped|ignored)[^\n]*\b4\b/i
    )
  })
})

describe('4. manifests and indexes are validated', () => {
  it.each(Object.keys(BAD_INDEXES))(
    'an index with %s fails clearly and puts no bad digest in an output',
    async index => {
      const h = await hostile({ mode: 'bad-index', index })
      const run = await act({ image: h.image, platform: 'linux/amd64' })
      expectCleanFailure(run, /index|manifest|platform|digest/i)
      for (const name of ['digest', 'platform-digest'])
        if (run.outputs[name]) expect(run.outputs[name]).toMatch(DIGEST)
      expect(visible(run)).not.toContain('$(id)')
    }
  )

  it('does not trust a Docker-Content-Digest that is not sha256 and 64 hex digits', async () => {
    const h = await hostile({ mode: 'bad-digest-header' })
    const run = await act({ image: h.image, platform: 'linux/amd64' })
    expect(run.code).toBe(0)
    expect(run.outputs['digest']).toBe(h.digests.index)
    expect(run.outputs['platform-digest']).toBe(h.digests.amd64)
    expect(visible(run)).not.toContain('$(id)')
  })
})

describe('5 and 6. bodies: truncated, oversized, endless', () => {
  it('fails at once on a body shorter than its Content-Length', async () => {
    const h = await hostile({ mode: 'truncated' })
    const run = await actWithin({ image: h.image }, 60_000)
    expectCleanFailure(run, /truncat|incomplete|Content-Length|ended|closed|short/i)
    expect(run.durationMs).toBeLessThan(5000)
  }, 70_000)

  it('refuses a 70 MiB tag list', async () => {
    const h = await hostile({ mode: 'oversized' })
    const run = await actWithin({ image: h.image }, 90_000)
    expectCleanFailure(run, /64 MiB|too large/i)
    expect(run.outputs['tags']).toBeUndefined()
  }, 100_000)

  it('stops reading an endless body soon after 64 MiB', async () => {
    const h = await hostile({ mode: 'endless' })
    const run = await actWithin({ image: h.image }, 90_000)
    expectCleanFailure(run, /64 MiB|too large/i)
    expect(h.sent()).toBeLessThan(96 * MIB)
  }, 100_000)
})

describe('7. the base64 user:password of Basic auth is masked', () => {
  it('masks it on a successful lookup', async () => {
    const h = await hostile({ mode: 'basic' })
    const run = await act({ image: h.image, ...ALICE })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${BASIC}`)
    expect(visible(run)).not.toContain(BASIC)
  })

  it('keeps it out of sight when the registry echoes the header in its error', async () => {
    const h = await hostile({ mode: 'basic', echoAuthorization: true })
    const run = await act({ image: h.image, ...ALICE })
    expect(run.code).not.toBe(0)
    expect(seen(run)).not.toContain(BASIC)
    expect(seen(run)).not.toContain(PASSWORD)
    expect(visible(run)).not.toContain(STACK)
  })
})

describe('8. a registry at an IPv6 literal', () => {
  it('looks up [::1]:PORT/x/app', async () => {
    if (!(await canBindIpv6())) return console.warn('skipped: ::1 cannot be bound here')
    const h = await hostile({ host: '::1' })
    const run = await act({ image: h.image })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.1.0')
    expect(run.outputs['reference']).toBe(`${h.image}:1.1.0@${h.digests.index}`)
  })
})

describe('9. Link headers are parsed per RFC 8288', () => {
  it('follows a next link whose title holds a quoted comma', async () => {
    const h = await hostile({ mode: 'link-comma' })
    const run = await act({ image: h.image })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ tag: '2.0.0', total: '3' })
  })
})

describe('10. regular expressions from inputs run in bounded time', () => {
  it('filter ^(a+)+$ against a 60-character aaa…b tag', async () => {
    const h = await hostile({ mode: 'redos' })
    const run = await actWithin({ image: h.image, filter: '^(a+)+$' }, 60_000)
    expect(run.durationMs).toBeLessThan(20_000)
    if (run.code !== 0) expect(failure(run)).toMatch(/filter|no tag|match/i)
    expect(visible(run)).not.toContain(STACK)
  }, 70_000)

  it('keeps named groups: the version group still picks the version', async () => {
    const h = await hostile({ tags: ['release-1.0.0', 'release-1.1.0', 'other-9.0.0'] })
    const run = await act({ image: h.image, filter: '^release-(?<version>.+)$' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ tag: 'release-1.1.0', version: '1.1.0', count: '2' })
  })
})
