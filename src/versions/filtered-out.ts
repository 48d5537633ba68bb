/**
 * What the `filter` input removed, looked at again when nothing passed: how
 * many of the tags it removed read as versions without it, and the newest
 * few, so the hint can show what a working filter would have to match.
 * Only on that failure path, so reading every tag once more is affordable.
 */
import { compareVersions } from './order.js'
import type { Version } from './parse.js'
import { isVersion, parseTag } from './parse.js'
import type { TagPolicy } from './policy.js'

export interface FilteredOut {
  /** Tags the filter removed that read as versions on their own. */
  readonly versions: number
  /** The newest of those, newest first. */
  readonly newest: readonly string[]
}

export function filteredOut(tags: readonly string[], policy: TagPolicy, shown = 3): FilteredOut {
  const filter = policy.filter
  if (!filter) return { versions: 0, newest: [] }
  let versions = 0
  const newest: Version[] = []
  for (const tag of tags) {
    if (filter.test(tag)) continue
    const parsed = parseTag(tag)
    if (!isVersion(parsed)) continue
    versions++
    const at = newest.findIndex(v => compareVersions(parsed, v) > 0)
    if (at >= 0) newest.splice(at, 0, parsed)
    else newest.push(parsed)
    if (newest.length > shown) newest.pop()
  }
  return { versions, newest: newest.map(v => v.tag) }
}
