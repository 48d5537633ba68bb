/**
 * Ordering of versions and tags, newest first (interface.md "Order"):
 * dates below numbered releases, components numerically (missing ones are
 * 0), a release above its prereleases, the version's own tag above its
 * builds and the newest build first, then the more specific tag, the
 * preferred `v` spelling, no channel before a channel, the variant in
 * natural order, and last the tag text so the order is total.
 */
import type { Version } from './parse.js'
import { isCompanion } from './lines.js'
import { isDateKind } from './shape.js'

/**
 * A date or timestamp as a time to compare: `20250115` (a day) and
 * `20240101000000` (a second) are on one scale, so a later day is newer
 * than an earlier second.
 */
function timeOf(n: number): number {
  if (n >= 19_900_101 && n < 22_000_000) return n * 1_000_000
  if (n >= 199_001_010_000 && n < 220_000_000_000) return n * 100
  return n
}

/** Dates below numbered releases, then the components, then a release above its prereleases. */
function compareReleases(a: Version, b: Version): number {
  const dates = Number(isDateKind(b)) - Number(isDateKind(a))
  if (dates !== 0) return dates
  if (isDateKind(a)) {
    const d = timeOf(a.components[0] as number) - timeOf(b.components[0] as number)
    if (d !== 0) return d
  }
  const length = Math.max(a.components.length, b.components.length)
  for (let i = 0; i < length; i++) {
    const d = (a.components[i] ?? 0) - (b.components[i] ?? 0)
    if (d !== 0) return d
  }
  const pa = a.prerelease
  const pb = b.prerelease
  if (pa === pb) return 0
  if (!pa || !pb) return pa ? -1 : 1
  return pa.rank - pb.rank || pa.number - pb.number
}

/**
 * Positive when `a` is a newer version than `b`; 0 for equal versions
 * (`3.14` = `3.14.0`). Revisions count only between two builds of one
 * version (`-ls308` above `-ls305`): counters restart, so `v1.30.2-k3s2` is
 * older than `v1.30.3-k3s1`, and the version's own tag (`9.0.3`) is no older
 * than its builds (`9.0.3-4`).
 */
export function compareVersions(a: Version, b: Version): number {
  const d = compareReleases(a, b)
  if (d !== 0 || !a.revision || !b.revision) return d
  return compareNumbers(a.revision.numbers, b.revision.numbers)
}

/** In order, a missing number below any (`r3` below `r3-ls2`). */
function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1)
    if (d !== 0) return d
  }
  return 0
}

/** Among equal versions: the version's own tag first, then the newest build. */
function revisionsFirst(a: Version, b: Version): number {
  if (!a.revision || !b.revision) return a.revision ? 1 : b.revision ? -1 : 0
  return compareNumbers(b.revision.numbers, a.revision.numbers)
}

/**
 * Natural order of variants: no variant first; words alphabetically; numbers
 * in them highest first, so `alpine3.21` comes before `alpine3.20`.
 */
export function compareVariants(a: string, b: string): number {
  if (a === b) return 0
  if (!a || !b) return a ? 1 : -1
  const sa = segments(a)
  const sb = segments(b)
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i] as string | number
    const y = sb[i] as string | number
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return y - x
    if (typeof x === 'number') return 1
    if (typeof y === 'number') return -1
    return x < y ? -1 : 1
  }
  return sa.length - sb.length
}

const segmentCache = new Map<string, (string | number)[]>()

function segments(variant: string): (string | number)[] {
  let cached = segmentCache.get(variant)
  if (!cached) {
    cached = (variant.match(/\d+|\D+/g) ?? []).map(s => (/^\d/.test(s) ? Number(s) : s))
    if (segmentCache.size > 50_000) segmentCache.clear()
    segmentCache.set(variant, cached)
  }
  return cached
}

/**
 * A newest-first comparator. `preferPrefix` is the current tag's spelling
 * (`v` or empty), so `v1.2.3` and `1.2.3` resolve to the one the user writes.
 */
export function newestFirst(preferPrefix = ''): (a: Version, b: Version) => number {
  const want = preferPrefix.toLowerCase()
  return (a, b) =>
    compareReleases(b, a) ||
    revisionsFirst(a, b) ||
    b.components.length - a.components.length ||
    Number(b.prefix.toLowerCase() === want) - Number(a.prefix.toLowerCase() === want) ||
    (a.channel === b.channel ? 0 : a.channel < b.channel ? -1 : 1) ||
    compareLines(a.line, b.line) ||
    compareVariants(a.variant, b.variant) ||
    (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)
}

/** Lines newest first (`3.11` before `3.10` before `3` before `2.7`); no line first. */
function compareLines(a: string, b: string): number {
  if (a === b) return 0
  if (!a || !b) return a ? 1 : -1
  const na = a.split('.').map(Number)
  const nb = b.split('.').map(Number)
  for (let i = 0; i < Math.min(na.length, nb.length); i++) {
    const d = (nb[i] as number) - (na[i] as number)
    if (d !== 0) return Number.isNaN(d) ? (a < b ? -1 : 1) : d
  }
  return nb.length - na.length || (a < b ? -1 : 1)
}

export type UpdateType = 'major' | 'minor' | 'patch' | 'prerelease' | 'revision'

/**
 * What kind of move `to` is from `from`, when it is newer; undefined
 * otherwise. A newer date or timestamp is a `patch`: it rebuilds the same
 * line. Only the build counter or date stamp moving is a `revision`.
 */
export function updateType(from: Version, to: Version): UpdateType | undefined {
  if (compareVersions(to, from) <= 0) return undefined
  const length = Math.max(from.components.length, to.components.length)
  for (let i = 0; i < length; i++) {
    if ((from.components[i] ?? 0) !== (to.components[i] ?? 0)) {
      if (isDateKind(to)) return 'patch'
      return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch'
    }
  }
  const companion = companionMove(from, to)
  if (companion) return companion
  const [pa, pb] = [from.prerelease, to.prerelease]
  const samePrerelease = pa === pb || (pa && pb && pa.rank === pb.rank && pa.number === pb.number)
  return samePrerelease ? 'revision' : 'prerelease'
}

/** The companion version moved (`16-3.4-3.6.1` → `16-3.5-3.6.1`): the kind of its move. */
function companionMove(from: Version, to: Version): UpdateType | undefined {
  if (!isCompanion(from.revision) || !isCompanion(to.revision)) return undefined
  const a = from.revision!.numbers
  const b = to.revision!.numbers
  const i = a.findIndex((n, k) => n !== b[k])
  if (i < 0 || a.length !== b.length) return undefined
  return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch'
}
