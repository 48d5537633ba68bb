/**
 * The many-image job summary as data: one row per image and current tag
 * (not per reference), the images that could not be checked, and the tags
 * held back. Pure; `update-summary.ts` turns it into what GitHub shows.
 */
import type { FileProblem } from '../files/types.js'
import { displayName } from '../reference.js'
import type { ImageCheck, ReferenceResult } from '../update/types.js'
import { formatReading } from '../versions/reading.js'
import { failureReason, reasonFromMessage } from './failure-reason.js'
import type { HeldTag } from '../release/narrow.js'
import type { PublishedPull } from './pull-requests.js'

export interface Place {
  readonly file: string
  readonly line: number
}

export interface SummaryRow {
  /** As people write it: `python`, `ghcr.io/o/app`. */
  readonly image: string
  readonly current: string
  /** The tag to move to; `current` when there is none newer. */
  readonly tag: string
  /** `major` … `digest`; '' when the row stays. */
  readonly update: string
  /** The full digest of `tag`; '' when unknown. */
  readonly digest: string
  readonly places: readonly Place[]
  /** How the current and chosen tags were read, in words. */
  readonly readings: readonly string[]
  /** Why the row stays although nothing failed. */
  readonly note?: string
  readonly held?: readonly HeldTag[]
}

export interface SummaryFailure {
  readonly image: string
  /** A few words: `not found`, `rate limited`, `timed out`. */
  readonly reason: string
  /** The whole message, for the folded part. */
  readonly message: string
  readonly places: readonly Place[]
}

export interface SummaryPull {
  readonly images: readonly string[]
  readonly url: string
  readonly number: number
  readonly action: string
}

export interface UpdateSummaryData {
  readonly rows: readonly SummaryRow[]
  readonly failures: readonly SummaryFailure[]
  readonly problems: readonly FileProblem[]
  readonly changedFiles: readonly string[]
  readonly pulls?: readonly SummaryPull[]
  /** How many references were found, and in how many files. */
  readonly references: number
  readonly files: number
}

/** A result as issue 19 extends it: the tags it did not propose. */
type WithHeld = ReferenceResult & { readonly held?: readonly HeldTag[] }

const placeOf = (r: ReferenceResult): Place => ({
  file: r.reference.file,
  line: r.reference.line
})

/** Rows and failures of every check, in the order the checks are given. */
export function summaryRows(checks: readonly ImageCheck[]): {
  rows: SummaryRow[]
  failures: SummaryFailure[]
} {
  const rows: SummaryRow[] = []
  const failures: SummaryFailure[] = []
  for (const check of checks) {
    const image = displayName(check.group.image)
    if (check.error) {
      failures.push({
        image,
        reason: failureReason(check.error),
        message: check.error.message,
        places: check.results.map(placeOf)
      })
      continue
    }
    const { ok, failed } = byShape(check.results)
    rows.push(...ok.map(results => rowOf(image, results)))
    failures.push(...failed.map(results => failedShape(image, results)))
  }
  return { rows, failures }
}

/** Results of one image grouped by what they read and move to. */
function byShape(results: readonly ReferenceResult[]): {
  ok: ReferenceResult[][]
  failed: ReferenceResult[][]
} {
  const groups = new Map<string, ReferenceResult[]>()
  for (const r of results) {
    const key = [r.current, r.tag, r.digest, r.update ?? '', r.error ?? ''].join('\u0000')
    const group = groups.get(key)
    if (group) group.push(r)
    else groups.set(key, [r])
  }
  const all = [...groups.values()]
  return { ok: all.filter(g => !g[0]?.error), failed: all.filter(g => g[0]?.error) }
}

function rowOf(image: string, results: readonly ReferenceResult[]): SummaryRow {
  const first = results[0] as WithHeld
  const readings: string[] = []
  if (first.currentVersion) {
    readings.push(`${first.current} read as ${formatReading(first.currentVersion)}`)
  }
  if (first.chosenVersion) {
    readings.push(`${first.tag} read as ${formatReading(first.chosenVersion)}`)
  }
  return {
    image,
    current: first.current,
    tag: first.tag,
    update: first.update ?? '',
    digest: first.digest,
    places: results.map(placeOf),
    readings,
    ...(first.note && { note: first.note }),
    ...(first.held?.length && { held: first.held })
  }
}

/** A shape whose new tag's digest could not be read: it stays, and says why. */
function failedShape(image: string, results: readonly ReferenceResult[]): SummaryFailure {
  const first = results[0] as ReferenceResult
  const message = `${first.current} → ${first.tag}: ${first.error ?? ''}`
  return {
    image,
    reason: reasonFromMessage(first.error ?? ''),
    message,
    places: results.map(placeOf)
  }
}

/** The data of a run: its checks, the files' problems, what was rewritten, the pull requests. */
export function updateSummaryData(
  checks: readonly ImageCheck[],
  problems: readonly FileProblem[],
  changedFiles: readonly string[],
  pulls: readonly PublishedPull[] = []
): UpdateSummaryData {
  const { rows, failures } = summaryRows(checks)
  const references = checks.reduce((n, c) => n + c.results.length, 0)
  const files = new Set(checks.flatMap(c => c.results.map(r => r.reference.file))).size
  return {
    rows,
    failures,
    problems,
    changedFiles,
    references,
    files,
    pulls: pulls.map(({ plan, outcome }) => ({
      images: plan.updates.map(u => `${u.image}:${u.to}`),
      url: outcome.url,
      number: outcome.number,
      action: outcome.action
    }))
  }
}
