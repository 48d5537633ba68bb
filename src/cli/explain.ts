/**
 * `--explain`: how the current and chosen tags were read (prefix, version,
 * prerelease, variant, revision), and for a lookup the rules in force once
 * `auto` was resolved, so a user can see why a tag was chosen. The reading
 * itself is the version engine's (versions/reading.ts); this only lays it out.
 */
import type { LookupResult } from '../lookup.js'
import type { ReferenceResult } from '../update/types.js'
import { lineNotes } from '../versions/explain.js'
import type { Version } from '../versions/parse.js'
import type { TagPolicy } from '../versions/policy.js'
import { describeReading } from '../versions/reading.js'
import type { Selection } from '../versions/select.js'
import { alignColumns, notAVersion, printable } from './print.js'

const PARTS = ['prefix', 'version', 'prerelease', 'variant', 'revision'] as const
const HEADER = ['TAG', 'PREFIX', 'VERSION', 'PRERELEASE', 'VARIANT', 'REVISION']

/** A tag's reading as table cells; '-' for a part the tag does not have. */
function readingCells(version: Version): string[] {
  const reading = describeReading(version)
  return [version.tag, ...PARTS.map(part => String(reading[part] ?? '') || '-')]
}

/** A tag and its reading, for --json. */
function readingJson(version: Version): Record<string, unknown> {
  return { tag: version.tag, ...describeReading(version) }
}

/** The lookup's current (when given) and chosen tags, read, and the rules that chose. */
export function explainLookup(result: LookupResult, policy: TagPolicy): string {
  const { selection, chosen } = result
  const current = selection.current
  const rows = [['', ...HEADER]]
  if (current?.version) rows.push(['current', ...readingCells(current.version)])
  if (current?.version?.tag !== chosen.tag) rows.push(['chosen', ...readingCells(chosen)])
  const unread = current && !current.version ? [`The current tag ${notAVersion(current)}.`] : []
  return [
    'How the tags were read:',
    ...alignColumns(rows),
    ...unread,
    `Rules: ${describeRules(selection, policy)}.`,
    ...lineNotes(selection).map(printable),
    ...passedOver(result.held),
    ''
  ].join('\n')
}

/** --json --explain: the same, as data. */
export function lookupExplanation(
  result: LookupResult,
  policy: TagPolicy
): Record<string, unknown> {
  const current = result.selection.current
  const lines = lineNotes(result.selection)
  return {
    current: !current
      ? null
      : current.version
        ? readingJson(current.version)
        : { tag: current.tag, reason: current.reason },
    chosen: readingJson(result.chosen),
    rules: describeRules(result.selection, policy),
    ...(lines.length > 0 && { lines }),
    ...(result.held?.length && { held: result.held }),
    ...(result.released && { released: result.released })
  }
}

/** `variant 'slim' (auto: the current tag's); precision 2 components (auto: the current tag's)`. */
export function describeRules(selection: Selection, policy: TagPolicy): string {
  const auto = policy.variant.kind === 'auto' ? ` (auto: ${autoSource(selection)})` : ''
  const variant =
    selection.variant === '*'
      ? 'any variant'
      : selection.variant.startsWith('/')
        ? `variant matching ${selection.variant}`
        : selection.variant
          ? `variant '${selection.variant}'${auto}`
          : `no variant${auto}`
  return `${variant}; ${describePrecision(selection, policy)}`
}

/** What `auto` was resolved from. */
function autoSource(selection: Selection): string {
  const current = selection.current
  return !current
    ? 'no current tag'
    : current.version
      ? "the current tag's"
      : 'the current tag is not a version'
}

function describePrecision(selection: Selection, policy: TagPolicy): string {
  const n = selection.components
  if (n !== undefined) {
    const count = `precision ${n} component${n === 1 ? '' : 's'}`
    return policy.precision === 'auto' ? `${count} (auto: the current tag's)` : count
  }
  if (policy.precision !== 'auto') return 'any precision'
  return selection.current?.version
    ? "any precision (auto: the newest release has no tag of the current tag's precision)"
    : `any precision (auto: ${autoSource(selection)})`
}

/** Each scanned reference's current tag and, when it moves, the chosen tag, read. */
export function explainScan(results: readonly ReferenceResult[]): string {
  const rows = [['FILE:LINE', '', ...HEADER]]
  const unread: string[] = []
  const held: string[] = []
  for (const result of results) {
    const where = `${printable(result.reference.file)}:${result.reference.line}`
    if (!result.currentVersion) {
      unread.push(`${where}: ${unreadWhy(result)}`)
      continue
    }
    rows.push([where, 'current', ...readingCells(result.currentVersion)])
    if (result.chosenVersion) rows.push(['', 'chosen', ...readingCells(result.chosenVersion)])
    for (const line of passedOver(result.held)) held.push(`${where}: ${line}`)
  }
  const table = rows.length > 1 ? alignColumns(rows) : []
  return ['How the tags were read:', ...table, ...unread, ...held, ''].join('\n')
}

/** Why a reference has no reading: the check's note, or that its image failed. */
function unreadWhy(result: ReferenceResult): string {
  if (result.error) return `${result.current || '-'}: not read (the image could not be checked)`
  return printable(result.note ?? `${result.current}: not read as a version`)
}

/** --json --explain: a row's readings. */
export function scanExplanation(result: ReferenceResult): Record<string, unknown> {
  return {
    current: result.currentVersion ? readingJson(result.currentVersion) : null,
    chosen: result.chosenVersion ? readingJson(result.chosenVersion) : null,
    ...(result.held?.length && { held: result.held })
  }
}

/** Newer tags passed over (not LTS) or held by the cooldown, each with why (issue 19). */
function passedOver(held: readonly { tag: string; reason: string }[] | undefined): string[] {
  return (held ?? []).map(h => printable(`Passed over ${h.tag}: ${h.reason}.`))
}
