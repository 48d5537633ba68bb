/**
 * The cooldown walk (interface.md "Release dates"): the candidates newer
 * than the current tag, newest first, one date request each, stopping at
 * the first tag old enough. Every tag before it is held, with its age and
 * the reason. Pure apart from the date source it is given.
 */
import type { Version } from '../versions/parse.js'
import type { HeldTag } from './narrow.js'
import type { Cooldown } from './options.js'
import { formatAge } from './options.js'

/** What a registry said of one tag's release date. */
export interface ReleaseDate {
  /** ISO 8601, when the registry told it. */
  readonly date?: string
  /** Where it came from: `Docker Hub's tags API (tag_last_pushed)`. */
  readonly source: string
  /** Why there is no date, when there is none. */
  readonly why?: string
}

export type DateOf = (tag: string) => Promise<ReleaseDate>

/** A bound on the requests one image's cooldown may send: past it, the rest are held unexamined. */
export const MAX_EXAMINED = 30

export interface CooldownOutcome {
  /** The tag chosen and the date it was trusted with; undefined when every candidate was held. */
  readonly chosen?: { readonly tag: string; readonly date?: ReleaseDate }
  /** The candidates examined and not proposed, newest first. */
  readonly held: readonly HeldTag[]
  /** Candidates past MAX_EXAMINED: not proposed either, and not dated. */
  readonly notExamined: readonly string[]
  /** Date requests made (one per tag examined). */
  readonly examined: number
}

export async function walkCooldown(
  candidates: readonly Version[],
  dateOf: DateOf,
  cooldown: Cooldown,
  now: number
): Promise<CooldownOutcome> {
  const held: HeldTag[] = []
  let examined = 0
  for (const candidate of candidates) {
    if (examined >= MAX_EXAMINED) {
      return { held, notExamined: candidates.slice(examined).map(v => v.tag), examined }
    }
    examined++
    const date = await dateOf(candidate.tag)
    const reason = holdReason(date, cooldown, now)
    if (reason === undefined) {
      return { chosen: { tag: candidate.tag, date }, held, notExamined: [], examined }
    }
    held.push({ tag: candidate.tag, reason })
  }
  return { held, notExamined: [], examined }
}

/** Undefined when the tag may be proposed; else why not. */
export function holdReason(date: ReleaseDate, cooldown: Cooldown, now: number): string | undefined {
  const minimum = formatAge(cooldown.minimumAgeMs)
  if (date.date === undefined) {
    if (cooldown.missing === 'allow') return undefined
    const why = date.why ? ` (${date.why})` : ''
    return `no release date from ${date.source}${why}; set release-age-missing: allow`
  }
  const age = now - Date.parse(date.date)
  if (age >= cooldown.minimumAgeMs) return undefined
  return `pushed ${formatAge(age)} ago; minimum ${minimum}`
}
