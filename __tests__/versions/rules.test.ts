/**
 * The policy resolved against the current tag (`variant: auto`, `precision:
 * auto`), and the first filter stage that removes each version.
 */
import { describe, expect, it } from '@jest/globals'
import { FloatingLines } from '../../src/versions/floating.js'
import { buildPolicy } from '../../src/versions/policy.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { failingStage, resolveRules } from '../../src/versions/rules.js'
import type { Stage } from '../../src/versions/first-pass.js'
import { version, versions } from './helpers.js'

/** The stage that removes `tag` among `tags`, for the policy and current tag given. */
function stageOf(inputs: PolicyInputs, current: string | undefined, tags: string[], tag: string) {
  const policy = buildPolicy(inputs)
  const rules = resolveRules(policy, current === undefined ? undefined : version(current))
  const lines = new FloatingLines()
  const all = versions(tags)
  for (const v of all) lines.add(v)
  for (const v of all) lines.markRelease(v)
  return failingStage(policy, rules, lines, version(tag))
}

const PYTHON = ['3.14.7', '3.14', '3.14.7-slim', '3.14-slim', '3.15.0rc1', '3.15', '3.13.0', '3.13']

// prettier-ignore
const CASES: [PolicyInputs, string | undefined, string, Stage | undefined][] = [
  // inputs, current tag, tag, first stage that removes it
  [{}, undefined, '3.14.7', undefined],
  [{}, undefined, '3.15.0rc1', 'prerelease'],
  // 3.15 stands for 3.15.0rc1 while 3.15 has no release: a floating prerelease.
  [{}, undefined, '3.15', 'prerelease'],
  [{ prerelease: true }, undefined, '3.15.0rc1', undefined],
  [{ exclude: '^3\\.14' }, undefined, '3.14.7', 'exclude'],
  // exclude comes before prerelease.
  [{ exclude: 'rc' }, undefined, '3.15.0rc1', 'exclude'],
  [{ range: '^3.13 <3.14' }, undefined, '3.14.7', 'range'],
  [{ range: '^3.13 <3.14' }, undefined, '3.13.0', undefined],
  // variant: auto keeps the current tag's suffix and shape.
  [{}, '3.13.0-slim', '3.14.7', 'variant'],
  [{}, '3.13.0-slim', '3.14.7-slim', undefined],
  [{ variant: 'slim' }, undefined, '3.14.7', 'variant'],
  [{ variant: '*' }, '3.13.0', '3.14.7-slim', undefined],
  [{ variant: '/^(slim|alpine)$/' }, undefined, '3.14-slim', undefined],
  [{ variant: '/^(slim|alpine)$/' }, undefined, '3.14.7', 'variant'],
  // precision: auto keeps the current tag's number of components.
  [{}, '3.13.0', '3.14', 'precision'],
  [{}, '3.13', '3.14.7', 'precision'],
  [{ precision: 'any' }, '3.13.0', '3.14', undefined],
  [{ precision: 'same' }, undefined, '3.14', undefined],
  // From a current prerelease: a newer prerelease or release moves forward, an older release does not.
  [{}, '3.15.0rc1', '3.15.0rc2', undefined],
  [{}, '3.15.0rc1', '3.15.0b4', 'prerelease'],
  [{}, '3.15.0rc1', '3.15.0', undefined],
  [{}, '3.15.0rc1', '3.14.7', 'prerelease']
]

describe('failingStage', () => {
  it.each(CASES)('%j, current %s: %s → %s', (inputs, current, tag, stage) => {
    expect(stageOf(inputs, current, [...PYTHON, tag], tag)).toBe(stage)
  })
})

describe('resolveRules', () => {
  // prettier-ignore
  const RESOLVED: [PolicyInputs, string | undefined, { variant: string; components: number | undefined; variantPreferred: boolean }][] = [
    [{}, undefined, { variant: '', components: undefined, variantPreferred: true }],
    [{}, '3.13.0-slim-bookworm', { variant: 'slim-bookworm', components: 3, variantPreferred: false }],
    [{ variant: 'alpine' }, '3.13-slim', { variant: 'alpine', components: 2, variantPreferred: false }],
    [{ precision: 'any' }, '1.27.3', { variant: '', components: undefined, variantPreferred: false }],
    [{ precision: 'same' }, 'v2.11', { variant: '', components: 2, variantPreferred: false }]
  ]
  it.each(RESOLVED)('%j, current %s', (inputs, current, expected) => {
    const rules = resolveRules(
      buildPolicy(inputs),
      current === undefined ? undefined : version(current)
    )
    expect({
      variant: rules.variant,
      components: rules.components,
      variantPreferred: rules.variantPreferred
    }).toEqual(expected)
  })

  it('compiles the range once into a test', () => {
    const rules = resolveRules(buildPolicy({ range: '~1.27' }), undefined)
    expect(['1.27.3', '1.28.0'].map(t => rules.inRange?.(version(t)))).toEqual([true, false])
    expect(resolveRules(buildPolicy({}), undefined).inRange).toBeUndefined()
  })
})
