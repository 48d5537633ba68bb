/**
 * The release rules on one selection: first the LTS lines narrow the
 * passing tags, then the cooldown holds the candidates too young to
 * propose. What is left chooses as before (its first tag); what was passed
 * over is kept, with why, for the outputs, the summary, --explain and the
 * log.
 */
import type { Selection } from '../versions/select.js'
import type { CooldownOutcome, DateOf, ReleaseDate } from './cooldown.js'
import { MAX_EXAMINED, walkCooldown } from './cooldown.js'
import { applyLts } from './lts-filter.js'
import type { HeldTag } from './narrow.js'
import { narrowCandidates, narrowSelection } from './narrow.js'
import type { ReleaseOptions } from './options.js'

export interface ReleaseOutcome {
  readonly selection: Selection
  /** Tags passed over (not LTS) or held (too young, undated), newest first. */
  readonly held: readonly HeldTag[]
  /** The chosen tag's release date, when the cooldown examined it. */
  readonly released?: ReleaseDate
  /** Date requests the cooldown made. */
  readonly dateRequests: number
}

/** Whether the rules can change anything, so that callers build no date source otherwise. */
export const needsDates = (options: ReleaseOptions): boolean => options.cooldown !== undefined

export async function applyRelease(
  repository: string,
  selection: Selection,
  options: ReleaseOptions,
  dates: (() => Promise<DateOf>) | undefined,
  now: number = Date.now()
): Promise<ReleaseOutcome> {
  const lts = applyLts(repository, selection, options.lts)
  const { cooldown } = options
  const candidates = narrowCandidates(lts.selection)
  if (!cooldown || !dates || candidates.length === 0) {
    return { selection: lts.selection, held: lts.passedOver, dateRequests: 0 }
  }
  const walk: CooldownOutcome = await walkCooldown(candidates, await dates(), cooldown, now)
  const held = new Set([...walk.held.map(h => h.tag), ...walk.notExamined])
  const narrowed = narrowSelection(lts.selection, v => !held.has(v.tag))
  return {
    selection: narrowed,
    held: [...lts.passedOver, ...walk.held, ...notExamined(walk.notExamined)],
    ...(walk.chosen?.date?.date && { released: walk.chosen.date }),
    dateRequests: walk.examined
  }
}

/** One row for the candidates past the bound, however many: the summary stays readable. */
function notExamined(tags: readonly string[]): HeldTag[] {
  const [first] = tags
  if (first === undefined) return []
  const more =
    tags.length > 1
      ? ` (nor ${tags.length - 1} older candidate${tags.length === 2 ? '' : 's'})`
      : ''
  return [
    {
      tag: first,
      reason: `not examined${more}: the ${MAX_EXAMINED} newer tags examined were all held`
    }
  ]
}
