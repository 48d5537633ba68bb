/**
 * The policy after `auto` was resolved against the current tag, and the
 * first filter stage that removes a version.
 */
import type { FloatingLines } from './floating.js'
import { compareVersions } from './order.js'
import type { Version } from './parse.js'
import type { TagPolicy } from './policy.js'
import { rangeTest } from './range.js'
import type { Stage } from './first-pass.js'
import { precisionOf, sameShape } from './shape.js'

export interface Rules {
  readonly variant: string
  readonly components: number | undefined
  readonly inRange: ((v: Version) => boolean) | undefined
  /** Variants repeat across thousands of tags: a `/regex/` variant runs once per variant. */
  readonly variantPasses: (variant: string) => boolean
  /** The current tag as the repository reads it; its shape is kept. */
  readonly current: Version | undefined
  /**
   * No current tag and `variant: auto`: no suffix is preferred rather than
   * required, so a repository whose every tag has one (`17.7.0-ce.0`) still
   * has an answer.
   */
  readonly variantPreferred: boolean
}

export function resolveRules(policy: TagPolicy, current: Version | undefined): Rules {
  const rule = policy.variant
  const variant = rule.kind === 'exact' ? rule.value : (current?.variant ?? '')
  const samePrecision = policy.precision === 'same' || (policy.precision === 'auto' && current)
  const variantPasses =
    rule.kind === 'any'
      ? () => true
      : rule.kind === 'regex'
        ? remembered(v => rule.pattern.test(v))
        : (v: string) => v === variant
  return {
    variant,
    components: samePrecision && current ? precisionOf(current) : undefined,
    inRange: rangeTest(policy.range, policy.prerelease),
    variantPasses,
    current,
    variantPreferred: !current && rule.kind === 'auto'
  }
}

/** `test`, remembered per text; bounded, since a hostile list may make every variant unique. */
function remembered(test: (text: string) => boolean): (text: string) => boolean {
  const seen = new Map<string, boolean>()
  return text => {
    let ok = seen.get(text)
    if (ok === undefined) {
      if (seen.size >= 10_000) seen.clear()
      seen.set(text, (ok = test(text)))
    }
    return ok
  }
}

/**
 * Prereleases pass only when asked for, with one exception: from a current
 * prerelease, a newer prerelease of its shape and stage or a newer release
 * is the way forward (a beta moves to a later beta or an rc, not to a
 * nightly), and an older release never is.
 */
function prereleaseStage(
  policy: TagPolicy,
  rules: Rules,
  lines: FloatingLines,
  v: Version
): Stage | undefined {
  if (policy.prerelease) return undefined
  const unreleased = v.prerelease !== undefined || lines.isFloating(v)
  const current = rules.current
  if (!current?.prerelease) return unreleased ? 'prerelease' : undefined
  if (v.prerelease && v.prerelease.rank < current.prerelease.rank) return 'prerelease'
  const newer = compareVersions(v, current)
  return newer > 0 || (unreleased && newer === 0) ? undefined : 'prerelease'
}

/** The first stage that removes `v`, or undefined when it passes. */
export function failingStage(
  policy: TagPolicy,
  rules: Rules,
  lines: FloatingLines,
  v: Version
): Stage | undefined {
  if (policy.exclude?.test(v.tag)) return 'exclude'
  const prerelease = prereleaseStage(policy, rules, lines, v)
  if (prerelease) return prerelease
  if (!rules.variantPreferred && !rules.variantPasses(v.variant)) return 'variant'
  if (rules.current && !sameShape(rules.current, v)) return 'variant'
  if (rules.components !== undefined && precisionOf(v) !== rules.components) {
    return 'precision'
  }
  if (rules.inRange && !rules.inRange(v)) return 'range'
  return undefined
}
