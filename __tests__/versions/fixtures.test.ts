/**
 * The version engine against the real tag histories of official images:
 * for every floating alias that means "highest stable version of this
 * variant", `variant: <alias>` (no variant for `latest`) must choose the
 * most specific tag that was declared beside it.
 */
import { describe, expect, it } from '@jest/globals'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import type { Version } from '../../src/versions/parse.js'
import { newestFirst } from '../../src/versions/order.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { aliases, prng, tagHistory, tagImages } from '../helpers/fixtures.js'

/**
 * Aliases reviewed by hand that do not mean "highest stable of this variant":
 * the maintainers chose another line, so no version rule can derive them.
 */
const NOT_HIGHEST: Record<string, string> = {
  'amazoncorretto latest': 'follows the Java 8 LTS line (8u504), not the highest Java version',
  'influxdb data': '1.13.0-data exists; the maintainers keep the alias on the 1.12 line',
  'influxdb data-alpine': 'as influxdb data',
  'influxdb meta': 'as influxdb data (1.13.0-meta exists)',
  'influxdb meta-alpine': 'as influxdb data'
}

/** Perl's odd minor versions (5.45.x) are development releases; its aliases follow the even ones. */
const PERL_DEVELOPMENT_SERIES = (image: string): boolean => image === 'perl'

const isPrereleaseAlias = (alias: string): boolean => /(^|-)rc($|-)/.test(alias)

/**
 * The variant an alias denotes: the alias itself when a tag beside it has that
 * suffix (`noble` beside `9.7.1-noble`), else the one suffix the tags beside
 * it share (`corretto` beside only `9.7.1-jdk25-corretto`).
 */
function variantOf(alias: string, beside: string[]): string {
  if (alias === 'latest') return ''
  const variants = beside
    .map(t => parseTag(t))
    .filter(isVersion)
    .map(v => v.variant)
  return variants.includes(alias) ? alias : (variants[0] ?? alias)
}

/**
 * With no current tag, a tag that names a line before its version (pypy's
 * `3.11-7.3.23-trixie`: Python 3.11, PyPy 7.3.23) is, like a prefixed tag,
 * only chosen when no tag without one passes: the alias's expected tag is
 * then the most specific one without a line (`3.11-trixie`).
 */
function expectedFor(variant: string, beside: string[]): string | undefined {
  const candidates = beside
    .map(t => parseTag(t))
    .filter((p): p is Version => isVersion(p) && p.variant === variant && !p.prerelease && !p.line)
  return candidates.sort((a, b) => b.components.length - a.components.length)[0]?.tag
}

const cases = aliases().filter(
  a =>
    !isPrereleaseAlias(a.alias) &&
    !NOT_HIGHEST[`${a.image} ${a.alias}`] &&
    !PERL_DEVELOPMENT_SERIES(a.image)
)

describe('aliases in the official images', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(100)
  })

  it.each(cases.map(a => [`${a.image}:${a.alias}`, a] as const))('%s', (_name, a) => {
    const variant = variantOf(a.alias, a.tags_beside_it)
    const expected = expectedFor(variant, a.tags_beside_it)
    expect(expected).toBeDefined()
    const policy = buildPolicy({ variant: variant || 'auto' })
    const chosen = selectTags(tagHistory(a.image), policy).passing[0]?.tag
    expect(chosen).toBe(expected)
  })

  it.each(
    aliases()
      .filter(a => isPrereleaseAlias(a.alias))
      .map(a => [`${a.image}:${a.alias}`, a] as const)
  )('%s chooses a prerelease of the same line with prerelease: true', (_name, a) => {
    const beside = parseTag(a.tags_beside_it[0]!) as Version
    const variant = a.alias.replace(/(^|-)rc($|-)/, '$1$2').replace(/^-|-$/g, '')
    const policy = buildPolicy({ variant: variant || 'auto', prerelease: true })
    const chosen = selectTags(tagHistory(a.image), policy).passing[0] as Version
    expect(chosen.prerelease?.kind).toBe('rc')
    expect(chosen.components.slice(0, 2)).toEqual(beside.components.slice(0, 2))
  })
})

describe('ordering over every fixture tag', () => {
  const all = tagImages().flatMap(image => tagHistory(image))
  const versions = all.map(t => parseTag(t)).filter(isVersion)
  const compare = newestFirst('')

  it('is antisymmetric and transitive (sampled triples)', () => {
    const random = prng(42)
    const pick = (): Version => versions[Math.floor(random() * versions.length)]!
    for (let i = 0; i < 30_000; i++) {
      const [a, b, c] = [pick(), pick(), pick()]
      expect(Math.sign(compare(a, b)) + Math.sign(compare(b, a))).toBe(0)
      if (a.tag !== b.tag) expect(compare(a, b)).not.toBe(0)
      if (compare(a, b) < 0 && compare(b, c) < 0) expect(compare(a, c)).toBeLessThan(0)
    }
  })

  it.each(tagImages())('sorting %s is the same whatever the input order', image => {
    const tags = tagHistory(image)
    const policy = buildPolicy({ variant: '*', prerelease: true })
    const reference = selectTags(tags, policy).passing.map(v => v.tag)
    const random = prng(image.length)
    const shuffled = [...tags].sort(() => random() - 0.5)
    expect(selectTags(shuffled, policy).passing.map(v => v.tag)).toEqual(reference)
    expect(selectTags([...tags].reverse(), policy).passing.map(v => v.tag)).toEqual(reference)
  })

  it('with perl, the development series wins unless a range excludes it', () => {
    expect(selectTags(tagHistory('perl'), buildPolicy({})).passing[0]?.tag).toBe('5.45.2')
    expect(selectTags(tagHistory('perl'), buildPolicy({ range: '<5.45' })).passing[0]?.tag).toBe(
      '5.44.0'
    )
  })

  it('treats cassandra 6.0, a floating tag on 6.0-alpha2, as a prerelease', () => {
    const s = selectTags(tagHistory('cassandra'), buildPolicy({}))
    expect(s.passing[0]?.tag).toBe('5.0.9')
    expect(
      selectTags(tagHistory('cassandra'), buildPolicy({ prerelease: true })).passing[0]?.tag
    ).toBe('6.0')
  })

  it('never ranks a date stamp above a real version', () => {
    const chosen = selectTags(tagHistory('debian'), buildPolicy({})).passing[0]!
    expect(chosen.components[0]).toBeLessThan(100)
  })
})
