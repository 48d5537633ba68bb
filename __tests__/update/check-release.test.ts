/**
 * The release rules in a check of a repository's references (image: auto
 * and the pull-request path, which proposes only what the check found):
 * each current tag's own candidates dated, held tags never proposed and
 * listed in the row with why, the trusted date kept.
 */
import { describe, expect, it } from '@jest/globals'
import type { ImageListing, LookupEngine } from '../../src/lookup.js'
import { silentLogger } from '../../src/logger.js'
import type { RegistryApi } from '../../src/registry/api.js'
import type { DateOf } from '../../src/release/cooldown.js'
import type { ReleaseOptions } from '../../src/release/options.js'
import { checkImage } from '../../src/update/check.js'
import { groupByImage } from '../../src/update/groups.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { found } from '../helpers/references.js'

const H = 3_600_000
const TAGS = ['21-jre', '22-jre', '25-jre', '26-jre', '1.0.0']
const digestOf = (tag: string): string =>
  `sha256:${Buffer.from(tag).toString('hex').padEnd(64, '0').slice(0, 64)}`
const api = {
  send: async (request: { url: string }) => ({
    status: 200,
    headers: { 'docker-content-digest': digestOf(request.url.split('/').pop() as string) }
  }),
  context: () => ({})
} as unknown as RegistryApi
const listed: ImageListing = { api, list: { tags: TAGS, pages: 1, dropped: 0 } }

/** An engine whose registry dates tags `hoursAgo`, recording what was asked. */
function engineWith(hoursAgo: Record<string, number>) {
  const asked: string[] = []
  const dateOf: DateOf = async tag => {
    asked.push(tag)
    const h = hoursAgo[tag]
    return h === undefined
      ? { source: 'the test registry', why: 'unknown tag' }
      : { date: new Date(Date.now() - h * H).toISOString(), source: 'the test registry' }
  }
  const engine: LookupEngine = {
    log: silentLogger,
    pager: { pageSize: 100, maxPages: 10 } as LookupEngine['pager'],
    credentialFor: async () => {
      throw new Error('not used: the listing is given')
    },
    api: () => api,
    releaseDates: async () => dateOf
  }
  return { engine, asked }
}

const COOLDOWN: ReleaseOptions = {
  cooldown: { minimumAgeMs: 72 * H, text: '3d', missing: 'hold' },
  lts: 'auto'
}

async function check(refs: string[], hoursAgo: Record<string, number>, release = COOLDOWN) {
  const { engine, asked } = engineWith(hoursAgo)
  const [group] = groupByImage(refs.map((r, i) => found('Dockerfile', i + 1, r)))
  const result = await checkImage(engine, group!, buildPolicy({}), listed, release)
  return { results: result.results, asked }
}

describe('checkImage with release rules', () => {
  it('an LTS pin is dated only against LTS candidates; a young one is held, not proposed', async () => {
    const { results, asked } = await check(['eclipse-temurin:21-jre'], { '25-jre': 5 })
    expect(asked).toEqual(['25-jre'])
    expect(results[0]).toMatchObject({ tag: '21-jre', newer: [] })
    expect(results[0]!.update).toBeUndefined()
    expect(results[0]!.held).toEqual([
      {
        tag: '26-jre',
        reason: 'not an LTS release (LTS: Java 8, 11, 17, 21, 25, then every two years)'
      },
      { tag: '25-jre', reason: 'pushed 5 h ago; minimum 3 days' }
    ])
    expect(results[0]!.note).toBe(
      'newer tags held: 26-jre: not an LTS release (LTS: Java 8, 11, 17, 21, 25, then every two years)'
    )
  })

  it('an old enough LTS tag is proposed with the date it was trusted with', async () => {
    const { results } = await check(['eclipse-temurin:21-jre'], { '25-jre': 100 })
    expect(results[0]).toMatchObject({ tag: '25-jre', update: 'major' })
    expect(results[0]!.released?.source).toBe('the test registry')
    expect(Date.now() - Date.parse(results[0]!.released!.date)).toBeGreaterThan(99 * H)
  })

  it('each current tag is its own walk: a non-LTS pin dates its own candidates', async () => {
    const { results, asked } = await check(['eclipse-temurin:21-jre', 'eclipse-temurin:22-jre'], {
      '25-jre': 100,
      '26-jre': 1
    })
    expect(asked).toEqual(['25-jre', '26-jre', '25-jre'])
    expect(results.map(r => r.tag)).toEqual(['25-jre', '25-jre'])
    expect(results[1]!.held).toEqual([
      { tag: '26-jre', reason: 'pushed 60 min ago; minimum 3 days' }
    ])
  })

  it('without release rules nothing is dated', async () => {
    const { results, asked } = await check(['eclipse-temurin:21-jre'], {}, { lts: 'off' })
    expect(asked).toEqual([])
    expect(results[0]).toMatchObject({ tag: '26-jre', update: 'major' })
  })
})
