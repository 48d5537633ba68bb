import { describe, expect, it } from '@jest/globals'
import { explainNoMatch } from '../../src/versions/explain.js'
import { buildPolicy } from '../../src/versions/policy.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

const PYTHON = [
  '3.12.7',
  '3.12',
  '3.12-slim',
  '3.12.7-slim',
  '3.13.0',
  '3.13',
  '3.13-slim',
  '3.14.7',
  '3.14',
  '3',
  '3.14-slim',
  '3.14.7-slim',
  '3.14.7-alpine',
  '3.14-alpine',
  '3.15.0rc1',
  '3.15.0rc1-slim',
  '3.9.20',
  'latest',
  'slim',
  'alpine',
  'bookworm',
  '20260805',
  '3.14.7-slim-bookworm',
  'v3.14.7'
]

function choose(tags: string[], inputs: PolicyInputs, current?: string) {
  return selectTags(tags, buildPolicy(inputs), current)
}

describe('selectTags', () => {
  it('with no current tag: version tags without suffix, newest and most specific first', () => {
    const s = choose(PYTHON, {})
    expect(s.passing.map(v => v.tag).slice(0, 5)).toEqual([
      '3.14.7',
      'v3.14.7',
      '3.14',
      '3.13.0',
      '3.13'
    ])
    expect(s.total).toBe(PYTHON.length)
  })

  it('keeps the variant and precision of the current tag (auto)', () => {
    expect(choose(PYTHON, {}, '3.12-slim').passing[0]?.tag).toBe('3.14-slim')
    expect(choose(PYTHON, {}, '3.12.7-slim').passing[0]?.tag).toBe('3.14.7-slim')
    expect(choose(PYTHON, { precision: 'any' }, '3.12-slim').passing[0]?.tag).toBe('3.14.7-slim')
  })

  it('keeps the v spelling of the current tag', () => {
    expect(choose(PYTHON, {}, 'v3.12.7').passing[0]?.tag).toBe('v3.14.7')
    expect(choose(PYTHON, {}, '3.12.7').passing[0]?.tag).toBe('3.14.7')
  })

  it('reports the update against the current tag', () => {
    const s = choose(PYTHON, {}, '3.12.7')
    expect(s.current?.version && s.current.update).toBe('minor')
    expect(s.current?.version && s.current.newer.map(v => v.tag)).toEqual([
      '3.14.7',
      'v3.14.7',
      '3.13.0'
    ])
    const upToDate = choose(PYTHON, {}, '3.14.7')
    expect(upToDate.current?.version && upToDate.current.update).toBeUndefined()
  })

  it('reports a current tag that is not a version, and nothing as newer', () => {
    const s = choose(PYTHON, {}, 'latest')
    expect(s.current).toEqual({ tag: 'latest', reason: 'not a version' })
    expect(s.passing[0]?.tag).toBe('3.14.7')
  })

  it('takes prereleases only when asked', () => {
    expect(choose(PYTHON, { prerelease: true }).passing[0]?.tag).toBe('3.15.0rc1')
    expect(choose(PYTHON, { prerelease: true, variant: 'slim' }).passing[0]?.tag).toBe(
      '3.15.0rc1-slim'
    )
  })

  it('filters by variant: exact, any, regex', () => {
    expect(choose(PYTHON, { variant: 'alpine' }).passing.map(v => v.tag)).toEqual([
      '3.14.7-alpine',
      '3.14-alpine'
    ])
    expect(choose(PYTHON, { variant: '/^slim/' }).passing[0]?.tag).toBe('3.14.7-slim')
    expect(
      choose(PYTHON, { variant: '*' })
        .passing.slice(0, 5)
        .map(v => v.tag)
    ).toEqual(['3.14.7', '3.14.7-alpine', '3.14.7-slim', '3.14.7-slim-bookworm', 'v3.14.7'])
  })

  it('applies a semver range, filter and exclude', () => {
    expect(choose(PYTHON, { range: '~3.13' }).passing[0]?.tag).toBe('3.13.0')
    expect(choose(PYTHON, { range: '<3.13' }).passing[0]?.tag).toBe('3.12.7')
    expect(choose(PYTHON, { filter: '^3\\.12' }).passing[0]?.tag).toBe('3.12.7')
    expect(choose(PYTHON, { exclude: '^3\\.14' }).passing[0]?.tag).toBe('v3.14.7')
  })

  it('reads the version from a named group', () => {
    const tags = [
      'release-1.2.0',
      'release-1.10.0',
      'release-1.9.9',
      'nightly',
      'tip-20260815-alpine',
      'tip-20260901-alpine'
    ]
    expect(choose(tags, { filter: '^release-(?<version>.+)$' }).passing.map(v => v.tag)).toEqual([
      'release-1.10.0',
      'release-1.9.9',
      'release-1.2.0'
    ])
    expect(choose(tags, { filter: '^tip-(?<version>\\d+)-alpine$' }).passing[0]?.tag).toBe(
      'tip-20260901-alpine'
    )
  })

  it('compares four-component versions in ranges on the first three', () => {
    const tags = ['29.0.5.0', '29.0.5.1', '29.1.0.0', '30.0.0.0']
    expect(choose(tags, { range: '~29.0' }).passing.map(v => v.tag)).toEqual([
      '29.0.5.1',
      '29.0.5.0'
    ])
  })

  it('counts what each filter removed', () => {
    const s = choose(PYTHON, { range: '^4' }, '3.12')
    expect(s.passing).toEqual([])
    expect(s.removedBy).toEqual({
      filter: 0,
      version: 5,
      exclude: 0,
      prerelease: 2,
      variant: 8,
      precision: 6,
      range: 3
    })
    expect(s.nearest.map(r => `${r.tag}:${r.stage}`)).toEqual([
      '3.14:range',
      '3.13:range',
      '3.12:range'
    ])
  })
})

describe('floatingOnPrerelease', () => {
  it('flags a less specific tag whose line has only prereleases', () => {
    const tags = [
      '5.0.9',
      '5.0',
      '5',
      '6.0',
      '6.0-alpha2',
      '6.0-trixie',
      '6.0-alpha2-trixie',
      '5.0.9-trixie'
    ]
    const s = choose(tags, { variant: '*' })
    expect(s.passing.map(v => v.tag)).toEqual(['5.0.9', '5.0.9-trixie', '5.0', '5'])
    expect(s.removedBy.prerelease).toBe(4)
  })

  it('leaves alone a repository whose releases are no more specific than the tag', () => {
    expect(choose(['2.0', '2.0-rc1', '1.9'], {}).passing[0]?.tag).toBe('2.0')
  })

  it('leaves alone a floating tag once its line has a release', () => {
    expect(
      choose(['6.0', '6.0.0', '6.0-alpha2', '5.0.9'], { precision: 'any' }).passing[0]?.tag
    ).toBe('6.0.0')
  })
})

describe('explainNoMatch', () => {
  it('names each filter with its count and the nearest misses', () => {
    const s = choose(PYTHON, { range: '^4' }, '3.12')
    const text = explainNoMatch('python', s, buildPolicy({ range: '^4' }))
    expect(text).toContain(`No tag of python passes the filters (${PYTHON.length} tags listed)`)
    expect(text).toContain('range ^4: removed 3')
    expect(text).toContain('variant: none (no suffix): removed 8')
    expect(text).toContain(
      'Nearest removed: 3.14 (removed by range), 3.13 (removed by range), 3.12 (removed by range)'
    )
  })

  it('says so when a repository has no tags', () => {
    expect(explainNoMatch('x', choose([], {}), buildPolicy({}))).toMatch(/has no tags/)
  })
})

describe('buildPolicy', () => {
  // prettier-ignore
  it.each([
    [{ range: '^^3' }, /Input 'range'/],
    [{ filter: '(' }, /Input 'filter': '\(' is not a valid regular expression/],
    [{ exclude: '[' }, /Input 'exclude'/],
    [{ variant: '/(/' }, /Input 'variant'/],
    [{ variant: 'has space' }, /Input 'variant'/],
    [{ precision: 'exact' }, /Input 'precision'/]
  ])('%j is refused', (inputs, message) => {
    expect(() => buildPolicy(inputs)).toThrow(message)
  })
})
