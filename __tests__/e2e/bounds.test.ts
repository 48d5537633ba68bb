/**
 * Bounded time and memory (issue 8) through the bundled action: a registry
 * that never answers, a Retry-After longer than the step may take, retries
 * the log tells about, GitHub's 1 MB output limit with 200,000 tags, and
 * peak memory (the child's own maxRSS, reported at exit by a preload).
 * Servers: lab/hostile.mjs.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { MIB, manyTag, startHostile } from '../../lab/hostile.mjs'
import { runAction } from '../../lab/runner.mjs'
import type { Run } from '../helpers/action.js'
import { closeAll, closeLater, failure, visible, NODE } from '../helpers/action.js'

const OUTPUT_LIMIT = 1_000_000
/** Prints the process's peak resident memory when it exits (a data: URL, so no file to clean). */
const PEAK_RSS = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`

afterAll(closeAll)

const hostile = async (options: Record<string, unknown>) => closeLater(await startHostile(options))

/** Runs the bundle with a deadline of our own, and its peak memory in MiB. */
async function actMeasured(
  inputs: Record<string, string>,
  timeoutMs: number
): Promise<Run & { peakMiB: number }> {
  const run = (await runAction({
    inputs,
    env: { NODE_OPTIONS: PEAK_RSS },
    node: NODE,
    timeoutMs
  })) as Run
  const kib = Number(/peak-rss-kib=(\d+)/.exec(run.stderr)?.[1] ?? NaN)
  return { ...run, peakMiB: kib / 1024 }
}

/** Log lines at info level: what a user reads without turning on debug logging. */
const infoLines = (run: Run): string[] =>
  run.stdout.split('\n').filter(line => line.trim() && !line.startsWith('::'))

describe('time', () => {
  it('fails within 60 s when the registry accepts and never answers (default timeouts)', async () => {
    const h = await hostile({ mode: 'silent' })
    const run = await actMeasured({ image: h.image }, 85_000)
    expect(run.code).not.toBe(0)
    expect(run.durationMs).toBeLessThan(60_000)
    expect(failure(run)).toMatch(/timed out|no answer|did not answer|not answer/i)
    expect(infoLines(run).join('\n')).toMatch(/retr|timed out|no answer|waiting/i)
    expect(visible(run)).not.toContain('    at ')
  }, 90_000)

  it('fails at once on a Retry-After longer than the time left, naming the wait', async () => {
    const h = await hostile({ mode: 'retry-after', retryAfter: 600 })
    const run = await actMeasured({ image: h.image, timeout: '30' }, 60_000)
    expect(run.code).not.toBe(0)
    expect(run.durationMs).toBeLessThan(10_000)
    expect(failure(run)).toMatch(/Retry-After|wait/i)
    expect(failure(run)).toMatch(/600\s?s|10 min/i)
  })

  it('says at info level that it retries after a 503', async () => {
    const h = await hostile({ mode: 'flaky' })
    const run = await actMeasured({ image: h.image }, 60_000)
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.1.0')
    expect(infoLines(run).join('\n')).toMatch(/retr[^\n]*503|503[^\n]*retr/i)
  })

  it('says at info level how long it waits for a short Retry-After', async () => {
    const h = await hostile({ mode: 'flaky', status: 429, retryAfter: 3 })
    const run = await actMeasured({ image: h.image, timeout: '30' }, 60_000)
    expect(run.code).toBe(0)
    expect(run.durationMs).toBeGreaterThanOrEqual(3000)
    expect(infoLines(run).join('\n')).toMatch(/(wait|retr)[^\n]*\b3\s?s|\b3\s?s[^\n]*(wait|retr)/i)
  })
})

describe('memory and the 1 MB output limit', () => {
  it('200,000 tags: the newest that fit in tags and newer-tags, the full count', async () => {
    const h = await hostile({ mode: 'many', count: 200_000 })
    const run = await actMeasured({ image: h.image, current: '0.0.0' }, 85_000)
    expect(run.code).toBe(0)
    expect(run.durationMs).toBeLessThan(60_000)
    expect(run.outputs).toMatchObject({ tag: '199.999.0', count: '200000', total: '200000' })
    for (const name of ['tags', 'newer-tags']) {
      expect(Buffer.byteLength(run.outputs[name]!)).toBeLessThan(OUTPUT_LIMIT)
      const tags = JSON.parse(run.outputs[name]!) as string[]
      expect(tags.length).toBeGreaterThan(1000)
      // Newest first, none skipped: a prefix of the full list.
      expect(tags.every((tag, i) => tag === manyTag(199_999 - i))).toBe(true)
    }
    expect(Buffer.byteLength(run.summary)).toBeLessThan(OUTPUT_LIMIT)
    expect(run.peakMiB).toBeLessThan(200)
  }, 90_000)

  it('1,000,000 tags need no more than a few hundred MiB', async () => {
    const h = await hostile({ mode: 'many', count: 1_000_000 })
    const run = await actMeasured({ image: h.image }, 110_000)
    expect(run.code).toBe(0)
    // Every one of them passes, the worst case. Measured: ~360 MiB on Node 20,
    // ~420 on Node 24, whose larger young generation keeps more garbage (617 before).
    expect(run.peakMiB).toBeLessThan(460)
    expect(run.outputs['count']).toBe('1000000')
    expect(Buffer.byteLength(run.outputs['tags']!)).toBeLessThan(OUTPUT_LIMIT)
  }, 120_000)

  it('an endless body costs no more memory than its 64 MiB cap allows', async () => {
    const h = await hostile({ mode: 'endless' })
    const run = await actMeasured({ image: h.image }, 85_000)
    expect(run.code).not.toBe(0)
    expect(run.peakMiB).toBeLessThan(300)
    expect(h.sent()).toBeLessThan(96 * MIB)
  }, 90_000)
})
