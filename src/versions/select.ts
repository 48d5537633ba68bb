/**
 * Applying the policy to a repository's tags: which pass, how many each
 * filter removed, and how the winner compares with the current tag.
 *
 * Two passes over the tag list, so memory follows the passing tags rather
 * than every tag (a registry may list a million): the first reads each tag
 * and learns the version lines (FloatingLines), the second reads each
 * version tag again (cheap next to keeping it) and keeps only what passes,
 * the counts and the few nearest misses.
 */
import type { FloatingLines } from './floating.js'
import type { NotAVersion, Version } from './parse.js'
import { isVersion } from './parse.js'
import type { UpdateType } from './order.js'
import { compareVersions, newestFirst, updateType } from './order.js'
import type { TagPolicy } from './policy.js'
import { rangeTest } from './range.js'
import type { Stage } from './scan.js'
import { STAGES, readTag, scanTags, versionsAt } from './scan.js'

export { floatingOnPrerelease } from './floating.js'
export type { Stage } from './scan.js'

export interface Removed {
  readonly tag: string
  readonly stage: Stage
  readonly version?: Version
}

export interface Selection {
  /** Passing tags, newest first. */
  readonly passing: readonly Version[]
  readonly total: number
  readonly removedBy: Readonly<Record<Stage, number>>
  /** The removed tags closest to passing: furthest through the filters, then newest. */
  readonly nearest: readonly Removed[]
  /** A few tags that are not versions, to show what the `version` count means. */
  readonly notVersions: readonly string[]
  /** The effective rules, after `auto` was resolved against the current tag. */
  readonly variant: string
  readonly components?: number
  readonly current?: CurrentTag
}

export type CurrentTag =
  | {
      readonly tag: string
      readonly version: Version
      readonly newer: readonly Version[]
      readonly update?: UpdateType
    }
  | { readonly tag: string; readonly version?: undefined; readonly reason: string }

/** The rules after `auto` was resolved against the current tag. */
interface Rules {
  readonly variant: string
  readonly components: number | undefined
  readonly inRange: ((v: Version) => boolean) | undefined
  /** Variants repeat across thousands of tags: a `/regex/` variant runs once per variant. */
  readonly variantPasses: (variant: string) => boolean
}

function resolveRules(policy: TagPolicy, current: Version | undefined): Rules {
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
    components: samePrecision && current ? current.components.length : undefined,
    inRange: rangeTest(policy.range, policy.prerelease),
    variantPasses
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

/** The first stage that removes `v`, or undefined when it passes. */
function failingStage(
  policy: TagPolicy,
  rules: Rules,
  lines: FloatingLines,
  v: Version
): Stage | undefined {
  if (policy.exclude?.test(v.tag)) return 'exclude'
  if (!policy.prerelease && (v.prerelease || lines.isFloating(v))) return 'prerelease'
  if (!rules.variantPasses(v.variant)) return 'variant'
  if (rules.components !== undefined && v.components.length !== rules.components) {
    return 'precision'
  }
  if (rules.inRange && !rules.inRange(v)) return 'range'
  return undefined
}

export function selectTags(
  tags: readonly string[],
  policy: TagPolicy,
  currentTag?: string
): Selection {
  const current = currentTag ? readTag(currentTag, policy) : undefined
  const currentVersion = current && isVersion(current) ? current : undefined
  const rules = resolveRules(policy, currentVersion)
  const { removedBy, notVersions, lines, isVersionAt, groups } = scanTags(tags, policy)
  const order = newestFirst(currentVersion?.prefix ?? '')
  const nearest = new NearestRemoved(order)
  const passing: Version[] = []
  const versions = (): Generator<Version> => versionsAt(tags, isVersionAt, groups, policy)
  if (lines.needsReleases) for (const v of versions()) lines.markRelease(v)
  for (const v of versions()) {
    const stage = failingStage(policy, rules, lines, v)
    if (!stage) passing.push(v)
    else {
      removedBy[stage]++
      nearest.offer(stage, v)
    }
  }
  passing.sort(order)
  return {
    passing,
    total: tags.length,
    removedBy,
    nearest: nearest.top,
    notVersions,
    variant:
      policy.variant.kind === 'any'
        ? '*'
        : policy.variant.kind === 'regex'
          ? `/${policy.variant.pattern.source}/`
          : rules.variant,
    ...(rules.components !== undefined && { components: rules.components }),
    ...(current && { current: describeCurrent(current, passing) })
  }
}

const NEAREST = 3
const depth = (stage: Stage): number => STAGES.indexOf(stage)

/** The removed tags closest to passing: furthest through the filters, then newest. */
class NearestRemoved {
  readonly top: Removed[] = []

  constructor(private readonly order: (a: Version, b: Version) => number) {}

  /** Positive when `b` is closer to passing than (stage, version). */
  private behind(stage: Stage, version: Version, b: Removed): number {
    return depth(b.stage) - depth(stage) || this.order(version, b.version as Version)
  }

  /** One removed version; a record is made only for the few that enter the top. */
  offer(stage: Stage, version: Version): void {
    const last = this.top[NEAREST - 1]
    if (last && this.behind(stage, version, last) >= 0) return
    this.top.push({ tag: version.tag, stage, version })
    this.top.sort((a, b) => this.behind(a.stage, a.version as Version, b))
    if (this.top.length > NEAREST) this.top.pop()
  }
}

function describeCurrent(current: Version | NotAVersion, passing: readonly Version[]): CurrentTag {
  if (!isVersion(current)) {
    return { tag: current.tag, reason: current.reason }
  }
  // `passing` is newest first, so the newer versions are its head.
  let count = 0
  while (count < passing.length && compareVersions(passing[count] as Version, current) > 0) count++
  const newer = passing.slice(0, count)
  const top = newer[0]
  const update = top && updateType(current, top)
  return { tag: current.tag, version: current, newer, ...(update && { update }) }
}
