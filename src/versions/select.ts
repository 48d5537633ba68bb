/**
 * Applying the policy to a repository's tags: which pass, how many each
 * filter removed, and how the winner compares with the current tag.
 *
 * Passes over the tag list, so memory follows the passing tags rather than
 * every tag (a registry may list a million): the first reads each tag and
 * learns the version lines and build counters (first-pass.ts), the next read each
 * version tag again (cheap next to keeping it) and keep only what passes,
 * the counts and the few nearest misses (pass.ts: filtering, then shape preference).
 */
import type { NotAVersion, Version } from './parse.js'
import { isVersion, makeVersion } from './parse.js'
import { pinReason } from './pins.js'
import type { UpdateType } from './order.js'
import { compareVersions, newestFirst, updateType } from './order.js'
import type { TagPolicy } from './policy.js'
import type { Removed } from './nearest.js'
import type { Rules } from './rules.js'
import { resolveRules } from './rules.js'
import type { FirstPass, Stage } from './first-pass.js'
import { readTag, readTagList, versionsAt } from './first-pass.js'
import type { Pass } from './pass.js'
import { runPass } from './pass.js'

export { floatingOnPrerelease } from './floating.js'
export type { Removed } from './nearest.js'
export type { Stage } from './first-pass.js'

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
  /**
   * The newest tag that differs from the current tag only by its line
   * (`0.9.0-pg17` for `0.8.0-pg16`), when it is newer than every passing
   * tag: the current tag's line stopped, and the pin stays on it.
   */
  readonly lineStopped?: Version
  /** Why the current tag is kept as it is (a floating channel, a Windows release): pins.ts. */
  readonly pinned?: string
}

export type CurrentTag =
  | {
      readonly tag: string
      readonly version: Version
      readonly newer: readonly Version[]
      readonly update?: UpdateType
    }
  | { readonly tag: string; readonly version?: undefined; readonly reason: string }

/**
 * `precision: auto` keeps the current tag's precision unless the short tags
 * stopped: the newest release is longer and has no tag of that precision
 * (`2022.12` beside `2026.07.2`, the newest two-part tag years old). A
 * longer current tag keeps its precision (`2.479.2` beside weekly `2.480`).
 */
function shortTagsStopped(policy: TagPolicy, rules: Rules, pass: Pass): boolean {
  const newest = pass.offPrecision
  const count = rules.components
  if (policy.precision !== 'auto' || !rules.current || !newest || count === undefined) return false
  const top = pass.passing[0]
  if (!top) return true
  if (compareVersions(newest, top) <= 0 || newest.components.length <= count) return false
  return !top.components.every((c, i) => c === newest.components[i])
}

export function selectTags(
  tags: readonly string[],
  policy: TagPolicy,
  currentTag?: string
): Selection {
  const firstPass = readTagList(tags, policy)
  const parsedCurrent = currentTag ? readTag(currentTag, policy, firstPass.channelLines) : undefined
  const pin = parsedCurrent && pinReason(parsedCurrent, firstPass)
  if (pin) return pinnedSelection(tags, firstPass, parsedCurrent, pin)
  const current =
    parsedCurrent && isVersion(parsedCurrent)
      ? firstPass.reading.read(parsedCurrent)
      : parsedCurrent
  const currentVersion = current && isVersion(current) ? current : undefined
  let rules = resolveRules(policy, currentVersion)
  const order = newestFirst(currentVersion?.prefix ?? '')
  if (firstPass.lines.needsReleases) {
    for (const v of versionsAt(tags, firstPass, policy)) firstPass.lines.markRelease(v)
  }
  let pass = runPass(tags, firstPass, policy, rules, order)
  if (shortTagsStopped(policy, rules, pass)) {
    rules = { ...rules, components: undefined }
    pass = runPass(tags, firstPass, policy, rules, order)
  }
  const { passing, removedBy, nearest, offLine } = pass
  const stopped = offLine && currentVersion && lineStopped(offLine, currentVersion, passing[0])
  return {
    passing,
    total: tags.length,
    removedBy,
    nearest: nearest.top,
    notVersions: firstPass.notVersions,
    variant:
      policy.variant.kind === 'any'
        ? '*'
        : policy.variant.kind === 'regex'
          ? `/${policy.variant.pattern.source}/`
          : rules.variant,
    ...(rules.components !== undefined && { components: rules.components }),
    ...(current && { current: describeCurrent(current, passing) }),
    ...(stopped && { lineStopped: offLine })
  }
}

/** A tag on another line is newer than the current tag and than every tag on its line. */
const lineStopped = (other: Version, current: Version, top: Version | undefined): boolean =>
  compareVersions(other, current) > 0 && (!top || compareVersions(other, top) > 0)

/** The selection for a pin that stays (pins.ts): the tag itself, when the registry lists it. */
function pinnedSelection(
  tags: readonly string[],
  firstPass: FirstPass,
  pinned: Version | NotAVersion,
  reason: string
): Selection {
  const { tag } = pinned
  const kept = isVersion(pinned)
    ? firstPass.reading.read(pinned)
    : makeVersion(tag, '', [], undefined, '', '', undefined)
  const listed = tags.includes(tag)
  const versions = tags.length - firstPass.removedBy.filter - firstPass.removedBy.version
  const removedBy = { ...firstPass.removedBy }
  removedBy.variant = versions - (listed && isVersion(pinned) ? 1 : 0)
  return {
    passing: listed ? [kept] : [],
    total: tags.length,
    removedBy,
    nearest: [],
    notVersions: firstPass.notVersions,
    variant: '',
    current: { tag, reason },
    pinned: reason
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
