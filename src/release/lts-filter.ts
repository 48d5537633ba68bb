/**
 * `lts`: which selections the LTS rule narrows, and the tags it passed
 * over. `auto` narrows when the current tag is on an LTS line, `only`
 * always (for an image with known lines), `off` never.
 */
import type { LtsLine } from '../versions/lts.js'
import { ltsLineFor } from '../versions/lts.js'
import type { Selection } from '../versions/select.js'
import type { HeldTag } from './narrow.js'
import { narrowSelection } from './narrow.js'
import type { LtsMode } from './options.js'

/** Passed-over tags kept for the summary and the log: the newest few say enough. */
export const PASSED_OVER_SHOWN = 5

export interface LtsOutcome {
  readonly selection: Selection
  /** The LTS rule that narrowed the selection, when one did. */
  readonly line?: LtsLine
  /** Tags newer than the new choice that were not LTS, newest first (at most PASSED_OVER_SHOWN). */
  readonly passedOver: readonly HeldTag[]
}

function applies(line: LtsLine | undefined, selection: Selection, mode: LtsMode): boolean {
  if (!line || mode === 'off') return false
  if (mode === 'only') return true
  const current = selection.current?.version
  return current !== undefined && line.isLts(current)
}

export function applyLts(repository: string, selection: Selection, mode: LtsMode): LtsOutcome {
  const line = ltsLineFor(repository)
  if (!line || !applies(line, selection, mode)) return { selection, passedOver: [] }
  const narrowed = narrowSelection(selection, line.isLts)
  const top = narrowed.passing[0]
  const passedOver: HeldTag[] = []
  for (const v of selection.passing) {
    if (v === top || passedOver.length >= PASSED_OVER_SHOWN) break
    if (!line.isLts(v)) passedOver.push({ tag: v.tag, reason: notLts(line) })
  }
  const shown = top ? passedOver : newerThanCurrent(passedOver, selection)
  return { selection: narrowed, line, passedOver: shown }
}

/** With no LTS tag left, the tags passed over are those newer than the current one. */
function newerThanCurrent(held: HeldTag[], selection: Selection): HeldTag[] {
  const current = selection.current
  if (!current?.version) return held
  const newer = new Set(current.newer.map(v => v.tag))
  return held.filter(h => newer.has(h.tag))
}

export const notLts = (line: LtsLine): string => `not an LTS release (LTS: ${line.rule})`
