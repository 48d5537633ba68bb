/**
 * Applying the policy to a repository's tags: which pass, how many each
 * filter removed, and how the winner compares with the current tag.
 */
import semver from 'semver'
import type { NotAVersion, Version } from './parse.js'
import { isVersion, parseTag } from './parse.js'
import type { UpdateType } from './order.js'
import { compareVersions, newestFirst, updateType } from './order.js'
import type { TagPolicy } from './policy.js'

/** The filters in the order they apply; a tag is counted against the first that removes it. */
export const STAGES = [
  'filter',
  'version',
  'exclude',
  'prerelease',
  'variant',
  'precision',
  'range'
] as const
export type Stage = (typeof STAGES)[number]

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

/**
 * The version of a tag under the policy: the `version` group of `filter`
 * when it has one. `match` is the filter's match when the caller has it.
 */
export function readTag(
  tag: string,
  policy: TagPolicy,
  match: RegExpExecArray | null | undefined = policy.filter?.exec(tag)
): Version | NotAVersion {
  if (policy.versionGroup) {
    const group = match?.groups?.['version']
    if (group === undefined) return { tag, reason: 'no version group match' }
    const inner = parseTag(group, { allowStamps: true })
    return isVersion(inner) ? { ...inner, tag } : { tag, reason: inner.reason }
  }
  return parseTag(tag)
}

/** 3.14.7 → semver 3.14.7; 4 components compare on the first three; rc1 → -5.1 (rank.number). */
function toSemver(v: Version): string {
  const [a = 0, b = 0, c = 0] = v.components
  const pre = v.prerelease ? `-${v.prerelease.rank}.${v.prerelease.number}` : ''
  return `${a}.${b}.${c}${pre}`
}

function variantPasses(policy: TagPolicy, variant: string, wanted: string): boolean {
  const rule = policy.variant
  if (rule.kind === 'any') return true
  if (rule.kind === 'regex') return rule.pattern.test(variant)
  return variant === wanted
}

/**
 * Floating tags that stand for a prerelease: `6.0` beside `6.0-alpha2` when
 * the line has no `6.0.x` release yet but its releases are usually more
 * specific (`5.0.9`). Such a tag reads as a release but is not one.
 */
export function floatingOnPrerelease(versions: readonly Version[]): Set<string> {
  const floating = new Set<string>()
  if (!versions.some(v => v.prerelease)) return floating
  const lines = new Map<string, Line>()
  const precision = new Map<string, number>()
  for (const v of versions) {
    let node: Line | undefined = lines.get(v.variant)
    if (!node) lines.set(v.variant, (node = newLine()))
    const n = v.components.length
    for (let k = 0; k < n; k++) {
      const c = v.components[k] as number
      let child: Line | undefined = node.children.get(c)
      if (!child) node.children.set(c, (child = newLine()))
      node = child
      if (v.prerelease) node.prerelease = true
      else if (k < n - 1) node.extendedByRelease = true
    }
    if (!v.prerelease && n > (precision.get(v.variant) ?? 0)) precision.set(v.variant, n)
  }
  for (const v of versions) {
    if (v.prerelease || v.components.length >= (precision.get(v.variant) ?? 0)) continue
    let node = lines.get(v.variant)
    for (const c of v.components) node = node?.children.get(c)
    if (node && node.prerelease && !node.extendedByRelease) floating.add(v.tag)
  }
  return floating
}

/** A trie of version lines per variant: `1` → `1.2` → `1.2.3`. */
interface Line {
  readonly children: Map<number, Line>
  /** A prerelease lies on this line (`6.0` for `6.0-alpha2` and `6.0.1-rc1`). */
  prerelease: boolean
  /** A release more specific than this line exists (`6.0` for `6.0.0`). */
  extendedByRelease: boolean
}

const newLine = (): Line => ({ children: new Map(), prerelease: false, extendedByRelease: false })

/** Range membership, compiled once and remembered per version (variants share versions). */
function rangeTest(policy: TagPolicy): ((v: Version) => boolean) | undefined {
  if (!policy.range) return undefined
  const range = new semver.Range(policy.range, { includePrerelease: policy.prerelease })
  const seen = new Map<string, boolean>()
  return v => {
    const version = toSemver(v)
    let ok = seen.get(version)
    if (ok === undefined) seen.set(version, (ok = range.test(version)))
    return ok
  }
}

/** The first stage that removes `v`, or undefined when it passes. */
function failingStage(
  policy: TagPolicy,
  v: Version,
  wantedVariant: string,
  components: number | undefined,
  floating: ReadonlySet<string>,
  inRange: ((v: Version) => boolean) | undefined
): Stage | undefined {
  if (policy.exclude?.test(v.tag)) return 'exclude'
  if ((v.prerelease || floating.has(v.tag)) && !policy.prerelease) return 'prerelease'
  if (!variantPasses(policy, v.variant, wantedVariant)) return 'variant'
  if (components !== undefined && v.components.length !== components) return 'precision'
  if (inRange && !inRange(v)) return 'range'
  return undefined
}

export function selectTags(
  tags: readonly string[],
  policy: TagPolicy,
  currentTag?: string
): Selection {
  const current = currentTag ? readTag(currentTag, policy) : undefined
  const currentVersion = current && isVersion(current) ? current : undefined
  const wantedVariant =
    policy.variant.kind === 'exact' ? policy.variant.value : (currentVersion?.variant ?? '')
  const samePrecision =
    policy.precision === 'same' || (policy.precision === 'auto' && currentVersion)
  const components = samePrecision && currentVersion ? currentVersion.components.length : undefined

  const removedBy = Object.fromEntries(STAGES.map(s => [s, 0])) as Record<Stage, number>
  const removed: Removed[] = []
  const notVersions: string[] = []
  const passing: Version[] = []
  const versions: Version[] = []
  for (const tag of tags) {
    const match = policy.filter?.exec(tag)
    if (match === null) {
      removedBy.filter++
      removed.push({ tag, stage: 'filter' })
      continue
    }
    const parsed = readTag(tag, policy, match)
    if (!isVersion(parsed)) {
      removedBy.version++
      if (notVersions.length < 5) notVersions.push(tag)
      continue
    }
    versions.push(parsed)
  }
  const floating = floatingOnPrerelease(versions)
  const inRange = rangeTest(policy)
  for (const parsed of versions) {
    const tag = parsed.tag
    const stage = failingStage(policy, parsed, wantedVariant, components, floating, inRange)
    if (!stage) {
      passing.push(parsed)
      continue
    }
    removedBy[stage]++
    removed.push({ tag, stage, version: parsed })
  }
  const order = newestFirst(currentVersion?.prefix ?? '')
  passing.sort(order)
  return {
    passing,
    total: tags.length,
    removedBy,
    nearest: nearestRemoved(removed, order),
    notVersions,
    variant:
      policy.variant.kind === 'any'
        ? '*'
        : policy.variant.kind === 'regex'
          ? `/${policy.variant.pattern.source}/`
          : wantedVariant,
    ...(components !== undefined && { components }),
    ...(current && { current: describeCurrent(current, passing) })
  }
}

function nearestRemoved(removed: Removed[], order: (a: Version, b: Version) => number): Removed[] {
  const depth = (r: Removed): number => STAGES.indexOf(r.stage)
  const closer = (a: Removed, b: Removed): number =>
    depth(b) - depth(a) || order(a.version as Version, b.version as Version)
  // The three closest, in one pass: sorting every removed tag costs more than the rest.
  const top: Removed[] = []
  for (const r of removed) {
    if (!r.version) continue
    if (top.length === NEAREST && closer(r, top[NEAREST - 1] as Removed) >= 0) continue
    top.push(r)
    top.sort(closer)
    if (top.length > NEAREST) top.pop()
  }
  return top
}

const NEAREST = 3

function describeCurrent(current: Version | NotAVersion, passing: readonly Version[]): CurrentTag {
  if (!isVersion(current)) {
    return { tag: current.tag, reason: current.reason }
  }
  const newer = passing.filter(v => compareVersions(v, current) > 0)
  const top = newer[0]
  const update = top && updateType(current, top)
  return { tag: current.tag, version: current, newer, ...(update && { update }) }
}
