/**
 * A tag's shape beyond its variant: the chosen tag keeps the current tag's
 * channel (`develop-`, `arm64v8-`, `base-` ≠ `base-devel-`), its kind of
 * version (numbers, CalVer, dates never mix), whether it names a dated build
 * (`9.4-20240723`) or the version's line (`9.4`), and, for a pinned build,
 * its counter (`-ce.N` ≠ `-ee.N`). With no current tag, unprefixed undated tags are
 * preferred.
 */
import type { Version } from './parse.js'

export type VersionKind = 'number' | 'calver' | 'date'

/** `3.14.7` numbers; `2026.07.2` CalVer (a year first); `20250101`, `RELEASE.2025-…` dates. */
export function kindOf(v: Version): VersionKind {
  const first = v.components[0] as number
  if (first >= 100_000) return 'date'
  return first >= 1990 && first < 2200 ? 'calver' : 'number'
}

/** Dates and timestamps rank below every numbered release: `20260805.1` never outranks `3.24.1`. */
export const isDateKind = (v: Version): boolean => (v.components[0] as number) >= 100_000

/**
 * How many components the precision rules count: a date or timestamp is
 * one, whatever respin or build follows it (`jammy-20240911.1`).
 */
export const precisionOf = (v: Version): number => (isDateKind(v) ? 1 : v.components.length)

/**
 * How a date is written, which a date pin keeps (`amd64-2025-01-15` moves
 * to `amd64-2025-02-01`, never to `amd64-20250301` or to a timestamp
 * `amd64-2025-03-05T10-00-00Z`): with hyphens or not, and how many digits.
 */
function dateSpelling(v: Version): number {
  const at = v.channel.length + v.prefix.length
  const hyphens = v.tag.charCodeAt(at + 4) === 45 ? 100 : 0
  return hyphens + String(v.components[0]).length
}

/** A dated build or release marker (`9.4-20240723`, `5.0-GA`), not the version's line. */
export const isStamped = (v: Version): boolean => v.revision?.stamped === true

/** Whether `v` has the shape of `current` (the variant is the policy's to judge). */
export function sameShape(current: Version, v: Version): boolean {
  if (v.channel !== current.channel || isStamped(v) !== isStamped(current)) return false
  if (v.line !== current.line) return false
  if (kindOf(v) !== kindOf(current)) return false
  if (isDateKind(v) && dateSpelling(v) !== dateSpelling(current)) return false
  // A pinned build moves to a build of the same counter (`-ce.N` ≠ `-ee.N`).
  const counter = current.revision
  if (!counter || counter.stamped) return true
  return v.revision !== undefined && v.revision.stem === counter.stem
}

/**
 * With no current tag, the preference among passing tags: 0 unprefixed and
 * undated, 1 unprefixed dated builds, 2 any channel; with `variantPreferred`
 * (no variant asked for), 3 any suffix. Only the best present is kept.
 */
export function preference(v: Version, variantPreferred: boolean): number {
  if (variantPreferred && v.variant) return 3
  return v.channel || leadingLine(v) ? 2 : isStamped(v) ? 1 : 0
}

/** A line written before the version (`16-` in `16-3.4`), which reads like a channel. */
const leadingLine = (v: Version): boolean => v.line !== '' && !v.line.startsWith('10.0.')
