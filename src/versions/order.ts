/**
 * Ordering of versions and tags, newest first (interface.md "Order"):
 * components numerically (missing ones are 0), a release above its
 * prereleases, then the more specific tag, the preferred `v` spelling, the
 * variant in natural order, and last the tag text so the order is total.
 */
import type { Version } from './parse.js'

/** Positive when `a` is a newer version than `b`; 0 for equal versions (`3.14` = `3.14.0`). */
export function compareVersions(a: Version, b: Version): number {
  const length = Math.max(a.components.length, b.components.length)
  for (let i = 0; i < length; i++) {
    const d = (a.components[i] ?? 0) - (b.components[i] ?? 0)
    if (d !== 0) return d
  }
  const pa = a.prerelease
  const pb = b.prerelease
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0
  return pa.rank - pb.rank || pa.number - pb.number
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
    compareVersions(b, a) ||
    b.components.length - a.components.length ||
    Number(b.prefix.toLowerCase() === want) - Number(a.prefix.toLowerCase() === want) ||
    compareVariants(a.variant, b.variant) ||
    (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)
}

export type UpdateType = 'major' | 'minor' | 'patch' | 'prerelease'

/** What kind of move `to` is from `from`, when it is newer; undefined otherwise. */
export function updateType(from: Version, to: Version): UpdateType | undefined {
  if (compareVersions(to, from) <= 0) return undefined
  const length = Math.max(from.components.length, to.components.length)
  for (let i = 0; i < length; i++) {
    if ((from.components[i] ?? 0) !== (to.components[i] ?? 0)) {
      return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch'
    }
  }
  return 'prerelease'
}
