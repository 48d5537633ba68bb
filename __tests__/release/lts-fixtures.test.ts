/**
 * LTS lines on real tag lists (fixtures/lts, and the full amazoncorretto
 * history of fixtures/tags): the tag chosen once the selection is narrowed
 * to LTS lines, keeping variant, prefix, revision and precision; and the
 * newer tags passed over, named.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { applyLts } from '../../src/release/lts-filter.js'
import type { LtsMode } from '../../src/release/options.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { FIXTURES, schemeFamilies, tagHistory } from '../helpers/fixtures.js'

interface LtsCase {
  current?: string
  lts?: LtsMode
  range?: string
  expected: string
  alternatives?: string[]
  why: string
}
interface LtsFamily {
  family: string
  image: string
  tags: string[]
  cases: LtsCase[]
}

const DIR = join(FIXTURES, 'lts')
const families: LtsFamily[] = readdirSync(DIR)
  .filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as LtsFamily)

function choose(image: string, tags: readonly string[], c: Omit<LtsCase, 'expected' | 'why'>) {
  const selection = selectTags(tags, buildPolicy({ range: c.range }), c.current)
  return applyLts(`library/${image}`, selection, c.lts ?? 'auto')
}

describe('the LTS fixtures', () => {
  it('has the four families', () => {
    expect(families.map(f => f.family).sort()).toEqual([
      'eclipse-temurin',
      'ibm-semeru-runtimes',
      'node',
      'ubuntu'
    ])
  })

  const cases = families.flatMap(f =>
    f.cases.map(
      c => [`${f.family}: ${c.current ?? '(none)'} lts=${c.lts ?? 'auto'}`, f, c] as const
    )
  )
  it.each(cases)('%s', (_name, family, c) => {
    const chosen = choose(family.image, family.tags, c).selection.passing[0]?.tag
    const right = chosen === c.expected || (c.alternatives ?? []).includes(chosen ?? '')
    expect({ chosen, right }).toEqual({ chosen, right: true })
  })
})

describe('amazoncorretto, its whole tag history', () => {
  const tags = tagHistory('amazoncorretto')

  it.each([
    ['21', '25'],
    ['21-alpine', '25-alpine'],
    ['17-al2023-jdk', '25-al2023-jdk'],
    ['11.0.25-alpine3.20', '25.0.3-alpine3.20'],
    ['22-alpine', '26-alpine']
  ])('%s moves to %s', (current, expected) => {
    expect(choose('amazoncorretto', tags, { current }).selection.passing[0]?.tag).toBe(expected)
  })

  it('names the newer interim tags it passed over, newest first', () => {
    const outcome = choose('amazoncorretto', tags, { current: '21-alpine' })
    expect(outcome.passedOver.map(h => h.tag)).toEqual(['26-alpine'])
    expect(outcome.passedOver[0]!.reason).toBe(
      'not an LTS release (LTS: Java 8, 11, 17, 21, 25, then every two years)'
    )
    expect(outcome.selection.current?.version && outcome.selection.current.update).toBe('major')
  })

  it('with lts: off, or a non-LTS pin, passes nothing over', () => {
    expect(choose('amazoncorretto', tags, { current: '21', lts: 'off' }).passedOver).toEqual([])
    expect(choose('amazoncorretto', tags, { current: '22', lts: 'auto' }).passedOver).toEqual([])
  })

  it('the same tags under another name have no LTS lines', () => {
    const selection = selectTags(tags, buildPolicy({}), '21')
    expect(applyLts('library/corretto-mirror', selection, 'only').selection).toBe(selection)
  })
})

describe('ibm-semeru-runtimes, the scheme fixture (25 without jammy or focal)', () => {
  const tags = schemeFamilies().find(f => f.family === 'ibm-semeru-runtimes')!.tags

  it.each([
    ['open-21-jre', 'open-25-jre'],
    ['open-17-jre-focal', 'open-21-jre-focal'],
    ['open-21-jdk-jammy', 'open-21-jdk-jammy'],
    ['open-21.0.4_7-jre-jammy', 'open-21.0.5_11-jre-jammy'],
    ['open-11.0.24_8-jdk', 'open-25.0.1_8-jdk'],
    ['open-8u422-b05-jre-jammy', 'open-8u432-b06-jre-jammy'],
    ['open-22-jdk-jammy', 'open-23-jdk-jammy']
  ])('%s moves to %s', (current, expected) => {
    const outcome = choose('ibm-semeru-runtimes', tags, { current })
    expect(outcome.selection.passing[0]?.tag).toBe(expected)
  })

  it('names the interim line it passed over for a major line', () => {
    const outcome = choose('ibm-semeru-runtimes', tags, { current: 'open-21-jdk-jammy' })
    expect(outcome.passedOver.map(h => h.tag)).toEqual(['open-23-jdk-jammy', 'open-22-jdk-jammy'])
  })
})
