/**
 * A selection with fewer passing tags: what the LTS rule and the cooldown
 * leave. The passing tags keep their order; the current tag's newer tags
 * and update type are worked out again from what is left.
 */
import { compareVersions, updateType } from '../versions/order.js'
import type { Version } from '../versions/parse.js'
import type { CurrentTag, Selection } from '../versions/select.js'

/** A tag passed over, and why, in the words the summary, the log and --explain show. */
export interface HeldTag {
  readonly tag: string
  readonly reason: string
}

export function narrowSelection(selection: Selection, keep: (v: Version) => boolean): Selection {
  const passing = selection.passing.filter(keep)
  if (passing.length === selection.passing.length) return selection
  const current = selection.current && recount(selection.current, passing)
  return { ...selection, passing, ...(current && { current }) }
}

function recount(current: CurrentTag, passing: readonly Version[]): CurrentTag {
  if (!current.version) return current
  const newer = passing.filter(v => compareVersions(v, current.version) > 0)
  const top = newer[0]
  const update = top && updateType(current.version, top)
  return { tag: current.tag, version: current.version, newer, ...(update && { update }) }
}

/** The tags newer than the current one: what a cooldown must date. All of them without a current tag. */
export function narrowCandidates(selection: Selection): readonly Version[] {
  const current = selection.current
  return current?.version ? current.newer : selection.passing
}
