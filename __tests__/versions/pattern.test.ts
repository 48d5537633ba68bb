import { describe, expect, it } from '@jest/globals'
import { compilePattern } from '../../src/versions/pattern.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('regular expressions from inputs run in linear time', () => {
  // A backtracking engine takes about 2^n steps on n a's and a b: 1.5 to 3 s at 28 (V8 has
  // some shortcuts), longer than the universe at 100. The variant tag reaches exclude and variant.
  const hostile = (n: number): string[] => ['1.0.0', `${'a'.repeat(n)}b`, `1.0.0-${'a'.repeat(n)}b`]

  it.each([
    ['filter', { filter: '^(a+)+$' }],
    ['exclude', { exclude: '(a+)+$', variant: '*' }],
    ['variant', { variant: '/^(a+)+$/' }],
    ['filter with a version group', { filter: '^(?<version>(a+)+|\\d.*)$' }]
  ])('%s: (a+)+$ on 28 a and a b is prompt', (_name, inputs) => {
    const policy = buildPolicy(inputs)
    expect(timed(() => selectTags(hostile(28), policy))).toBeLessThan(100)
  })

  it('filter: ^(a+)+$ on 100 a and a b returns, with the tags removed', () => {
    const s = selectTags(hostile(100), buildPolicy({ filter: '^(a+)+$' }))
    expect(s.removedBy.filter).toBe(3)
  })
})

describe('compilePattern', () => {
  it('keeps named groups, in (?<name>) and (?P<name>) spelling', () => {
    const pattern = compilePattern('filter', '^(?<line>[a-z]+)-(?P<version>\\d+(\\.\\d+)*)(-x)?$')
    expect(pattern.groupNames).toEqual(['line', 'version'])
    expect(pattern.match('release-1.2.3')).toEqual({
      groups: { line: 'release', version: '1.2.3' }
    })
    expect(pattern.match('nightly')).toBeNull()
  })

  it('omits a named group that took no part in the match', () => {
    expect(compilePattern('filter', '^(?<a>x)?(?<b>y)$').match('y')).toEqual({ groups: { b: 'y' } })
  })

  it('searches anywhere, like RegExp.test, unless anchored', () => {
    const pattern = compilePattern('exclude', 'alpine')
    expect(pattern.test('3.14-alpine3.20')).toBe(true)
    expect(pattern.test('3.14-slim')).toBe(false)
    expect(compilePattern('exclude', '^alpine').test('3.14-alpine')).toBe(false)
  })

  // prettier-ignore
  it.each([
    ['filter', '^(\\d+)\\.\\1$', /Input 'filter': .* RE2 syntax \(no lookaround or backreferences\): backreferences/],
    ['filter', '(?<v>a)\\k<v>', /backreferences/],
    ['exclude', '^(?!1\\.)', /Input 'exclude': .*lookaround/],
    ['exclude', '(?=alpine)', /lookaround/],
    ['variant', '(?<=-)alpine', /Input 'variant': .*lookaround/],
    ['filter', '(', /Input 'filter': '\(' is not a valid regular expression: missing closing \)/],
    ['filter', 'a{2,2000}', /invalid repeat count.*RE2 syntax/]
  ])('%s %s is refused with a reason', (input, source, message) => {
    expect(() => compilePattern(input, source)).toThrow(message)
  })

  it('refuses RE2-invalid input through buildPolicy with the input named', () => {
    expect(() => buildPolicy({ filter: '^(?!rc)' })).toThrow(/Input 'filter'/)
    expect(() => buildPolicy({ variant: '/(?=x)/' })).toThrow(/Input 'variant'/)
  })
})
