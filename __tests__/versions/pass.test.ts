/**
 * One pass over a repository's versions: filtering (which versions are
 * candidates) and shape preference (which shape of candidate is kept), each
 * on its own, then together over real tag lists.
 */
import { describe, expect, it } from '@jest/globals'
import { readTag, readTagList } from '../../src/versions/first-pass.js'
import { newestFirst } from '../../src/versions/order.js'
import type { Version } from '../../src/versions/parse.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import { OS_RELEASE, ShapePreference, filterVersion, runPass } from '../../src/versions/pass.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { resolveRules } from '../../src/versions/rules.js'
import { tagHistory } from '../helpers/fixtures.js'

const version = (tag: string): Version => {
  const read = parseTag(tag)
  if (!isVersion(read)) throw new Error(`${tag} is not a version`)
  return read
}

const NGINX = ['1.27.3', '1.27.3-alpine', '1.27', '1.26.2', '1.28.0-rc1', 'mainline']
const WINDOWS = ['ltsc2022', '1809', '2004', '10.0.17763.6414', '3.12.1-windowsservercore']

describe('filterVersion', () => {
  // prettier-ignore
  const CASES: [string, string[], PolicyInputs, string | undefined, string, string | undefined][] = [
    ['a release, no current tag', NGINX, {}, undefined, '1.26.2', undefined],
    ['a suffix is only less preferred, not filtered', NGINX, {}, undefined, '1.27.3-alpine', undefined],
    ['a release candidate', NGINX, {}, undefined, '1.28.0-rc1', 'prerelease'],
    ['excluded', NGINX, { exclude: '^1\\.26' }, undefined, '1.26.2', 'exclude'],
    ['the current tag keeps its variant', NGINX, {}, '1.26.2', '1.27.3-alpine', 'variant'],
    ['the current tag keeps its precision', NGINX, {}, '1.26.2', '1.27', 'precision'],
    ['out of range', NGINX, { range: '<1.27' }, undefined, '1.27.3', 'range'],
    ['an OS release beside Windows tags', WINDOWS, {}, undefined, '1809', OS_RELEASE],
    ['a bare number elsewhere', NGINX, {}, undefined, '1809', undefined]
  ]
  it.each(CASES)('%s', (_name, tags, inputs, currentTag, tag, expected) => {
    const policy = buildPolicy(inputs)
    const pass = readTagList(tags, policy)
    const current = currentTag ? readTag(currentTag, policy) : undefined
    const rules = resolveRules(policy, current && isVersion(current) ? current : undefined)
    expect(filterVersion(version(tag), pass, policy, rules)).toBe(expected)
  })
})

describe('ShapePreference', () => {
  // prettier-ignore
  const CASES: [string, string[], (string | undefined)[], string[], number][] = [
    ['no suffix before a suffix', ['1.27.3-alpine', '1.27.3', '1.26.2-alpine', '1.26.2'],
      [undefined, undefined, 'variant', undefined], ['1.27.3', '1.26.2'], 1],
    ['undated before dated builds', ['9.4-20240723', '9.4', '9.3'],
      [undefined, undefined, undefined], ['9.4', '9.3'], 1],
    ['a channel only when nothing else', ['stable-1.2.3', 'stable-1.2.2'],
      [undefined, undefined], ['stable-1.2.3', 'stable-1.2.2'], 0],
    ['each step displaces the less preferred (a `v` is no channel)', ['1.0.0-ce.0', 'stable-1.0.0', 'v1.0.0', '1.0.1-ce.0', '1.0.0'],
      [undefined, undefined, undefined, 'variant', undefined], ['v1.0.0', '1.0.0'], 2]
  ]
  it.each(CASES)('%s', (_name, tags, verdicts, kept, displaced) => {
    const shapes = new ShapePreference(resolveRules(buildPolicy({}), undefined))
    expect(tags.map(t => shapes.offer(version(t)))).toEqual(verdicts)
    expect(shapes.kept.map(v => v.tag)).toEqual(kept)
    expect(shapes.displaced).toBe(displaced)
  })

  it('keeps every candidate beside a current tag (filtering kept its shape)', () => {
    const rules = resolveRules(buildPolicy({ variant: '*' }), version('1.2.3'))
    const shapes = new ShapePreference(rules)
    for (const t of ['1.2.4-alpine', 'v1.2.4', '1.2.4'])
      expect(shapes.offer(version(t))).toBe(undefined)
    expect(shapes.kept).toHaveLength(3)
  })
})

describe('runPass', () => {
  // prettier-ignore
  const CASES: [string, PolicyInputs, string | undefined][] = [
    ['kong', {}, undefined],
    ['kong', {}, '3.4.2-ubuntu'],
    ['tomcat', { prerelease: true }, '10.1-jdk17'],
    ['mariadb', { exclude: 'focal', range: '>=10.6' }, undefined]
  ]
  it.each(CASES)(
    '%s %j, current %s: every tag is passing or counted once',
    (image, inputs, currentTag) => {
      const tags = tagHistory(image)
      const policy = buildPolicy(inputs)
      const first = readTagList(tags, policy)
      const current = currentTag ? readTag(currentTag, policy) : undefined
      const rules = resolveRules(policy, current && isVersion(current) ? current : undefined)
      const order = newestFirst('')
      const { passing, removedBy, nearest } = runPass(tags, first, policy, rules, order)
      const removed = Object.values(removedBy).reduce((a, b) => a + b, 0)
      expect(passing.length).toBeGreaterThan(0)
      expect(passing.length + removed).toBe(tags.length)
      expect([...passing].sort(order)).toEqual(passing)
      expect(nearest.top.length).toBeLessThanOrEqual(3)
      for (const v of passing) expect(filterVersion(v, first, policy, rules)).toBeUndefined()
    }
  )
})
