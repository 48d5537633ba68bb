/**
 * The cooldown walk and the release rules on a selection: candidates newer
 * than the current tag, newest first, one date each, stopping at the first
 * old enough; held tags named with age and reason; undated tags held or
 * allowed; the chosen tag's date kept.
 */
import { describe, expect, it } from '@jest/globals'
import { applyRelease } from '../../src/release/apply.js'
import type { DateOf, ReleaseDate } from '../../src/release/cooldown.js'
import { MAX_EXAMINED } from '../../src/release/cooldown.js'
import type { ReleaseOptions } from '../../src/release/options.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

const NOW = Date.UTC(2026, 11, 7, 12)
const H = 3_600_000
const D = 24 * H
const TAGS = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0', '2.0.0-rc1']
const SOURCE = 'a test registry'

/** A registry's dates, hours before NOW (undefined: it tells none), and every tag asked. */
function registry(hoursAgo: Record<string, number | undefined>) {
  const asked: string[] = []
  const dateOf: DateOf = async tag => {
    asked.push(tag)
    const h = hoursAgo[tag]
    return h === undefined
      ? { source: SOURCE, why: 'it sends none' }
      : ({ date: new Date(NOW - h * H).toISOString(), source: SOURCE } satisfies ReleaseDate)
  }
  return { asked, dates: async () => dateOf }
}

const cooldown = (
  text: string,
  ms: number,
  missing: 'hold' | 'allow' = 'hold'
): ReleaseOptions => ({
  cooldown: { minimumAgeMs: ms, text, missing },
  lts: 'auto'
})

async function run(
  current: string | undefined,
  options: ReleaseOptions,
  hoursAgo: Record<string, number | undefined>
) {
  const r = registry(hoursAgo)
  const selection = selectTags(TAGS, buildPolicy({}), current)
  const outcome = await applyRelease('team/app', selection, options, r.dates, NOW)
  return { ...outcome, asked: r.asked, chosen: outcome.selection.passing[0]?.tag }
}

describe('the cooldown walk', () => {
  it('asks newest first and stops at the first tag old enough', async () => {
    const out = await run('1.0.0', cooldown('3d', 3 * D), {
      '1.4.0': 20,
      '1.3.0': 40,
      '1.2.0': 100,
      '1.1.0': 900
    })
    expect(out.asked).toEqual(['1.4.0', '1.3.0', '1.2.0'])
    expect(out.chosen).toBe('1.2.0')
    expect(out.held).toEqual([
      { tag: '1.4.0', reason: 'pushed 20 h ago; minimum 3 days' },
      { tag: '1.3.0', reason: 'pushed 40 h ago; minimum 3 days' }
    ])
    expect(out.released).toEqual({ date: new Date(NOW - 100 * H).toISOString(), source: SOURCE })
    expect(out.dateRequests).toBe(3)
    const current = out.selection.current
    expect(current?.version && current.newer.map(v => v.tag)).toEqual(['1.2.0', '1.1.0'])
    expect(current?.version && current.update).toBe('minor')
  })

  it('one request when the newest is old enough', async () => {
    const out = await run('1.0.0', cooldown('12h', 12 * H), { '1.4.0': 13 })
    expect(out).toMatchObject({ asked: ['1.4.0'], chosen: '1.4.0', held: [] })
  })

  it('every newer tag too young: no update, the current tag stays, each held', async () => {
    const out = await run('1.2.0', cooldown('1 week', 7 * D), { '1.4.0': 1, '1.3.0': 2 })
    expect(out.chosen).toBe('1.2.0')
    expect(out.held.map(h => h.tag)).toEqual(['1.4.0', '1.3.0'])
    expect(out.selection.current?.version && out.selection.current.update).toBeUndefined()
    expect(out.released).toBeUndefined()
  })

  it('nothing newer: no date is asked', async () => {
    const out = await run('1.4.0', cooldown('3d', 3 * D), {})
    expect(out).toMatchObject({ asked: [], chosen: '1.4.0', held: [], dateRequests: 0 })
  })

  it('undated tags are held, saying how to allow them', async () => {
    const out = await run('1.2.0', cooldown('3d', 3 * D), {})
    expect(out.chosen).toBe('1.2.0')
    expect(out.held[0]).toEqual({
      tag: '1.4.0',
      reason: `no release date from ${SOURCE} (it sends none); set release-age-missing: allow`
    })
  })

  it('release-age-missing: allow lets an undated tag through, with no released date', async () => {
    const out = await run('1.2.0', cooldown('3d', 3 * D, 'allow'), { '1.3.0': 1 })
    expect(out).toMatchObject({ asked: ['1.4.0'], chosen: '1.4.0', held: [] })
    expect(out.released).toBeUndefined()
  })

  it('a date in the future is held, not trusted', async () => {
    const out = await run('1.2.0', cooldown('3d', 3 * D), { '1.4.0': -20, '1.3.0': 200 })
    expect(out.chosen).toBe('1.3.0')
    expect(out.held[0]?.reason).toBe('pushed 0 min ago; minimum 3 days')
  })

  it('with no current tag, the newest old-enough tag of all', async () => {
    const out = await run(undefined, cooldown('3d', 3 * D), { '1.4.0': 1, '1.3.0': 100 })
    expect(out).toMatchObject({ asked: ['1.4.0', '1.3.0'], chosen: '1.3.0' })
  })

  it('bounds the requests per image', async () => {
    const many = Array.from({ length: 80 }, (_, i) => `1.${i}.0`)
    const r = registry({})
    const selection = selectTags(many, buildPolicy({}), '1.0.0')
    const out = await applyRelease('team/app', selection, cooldown('3d', 3 * D), r.dates, NOW)
    expect(r.asked).toHaveLength(MAX_EXAMINED)
    expect(out.held).toHaveLength(MAX_EXAMINED + 1)
    expect(out.held.at(-1)).toEqual({
      tag: `1.${79 - MAX_EXAMINED}.0`,
      reason: `not examined (nor ${79 - MAX_EXAMINED - 1} older candidates): the ${MAX_EXAMINED} newer tags examined were all held`
    })
    expect(out.selection.passing[0]?.tag).toBe('1.0.0')
  })
})

describe('LTS then cooldown', () => {
  it('dates only LTS candidates and lists both kinds of passed-over tags', async () => {
    const tags = ['21-jre', '22-jre', '23-jre', '24-jre', '25-jre', '26-jre']
    const r = registry({ '25-jre': 5 })
    const selection = selectTags(tags, buildPolicy({}), '21-jre')
    const out = await applyRelease(
      'library/eclipse-temurin',
      selection,
      cooldown('3d', 3 * D),
      r.dates,
      NOW
    )
    expect(r.asked).toEqual(['25-jre'])
    expect(out.selection.passing[0]?.tag).toBe('21-jre')
    expect(out.held.map(h => h.tag)).toEqual(['26-jre', '25-jre'])
  })
})
