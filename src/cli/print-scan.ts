/**
 * What `registry-tags scan` prints: one table of every reference found
 * (image, file:line, current → new, update type, digest; on a terminal
 * fitted to its width by scan-table.ts), the notes on
 * references that stay, and what was (or would be) rewritten; `--json` the
 * action's `results` rows. File names come from the user's disk: printed,
 * but never with raw control characters.
 */
import type { ResultRow } from '../update/outputs.js'
import { resultRow } from '../update/outputs.js'
import type { ReferenceResult } from '../update/types.js'
import { alignColumns, printable } from './print.js'
import type { ScanCells } from './scan-table.js'
import { fitScanTable } from './scan-table.js'

/** The width the table fits when the terminal does not say (and at most, when it does). */
export const TERMINAL_COLUMNS = 100

export interface ScanPrint {
  readonly results: readonly ReferenceResult[]
  /** How many files the globs matched, and how many images the references name. */
  readonly files: number
  readonly images: number
  /** Files whose text changed (written with --write), in the order found. */
  readonly rewritten: readonly string[]
  readonly written: boolean
}

/** `sha256:` and the first 12 hex digits: enough to tell digests apart at a glance. */
export function abbreviatedDigest(digest: string): string {
  return digest.startsWith('sha256:') ? digest.slice(0, 'sha256:'.length + 12) : digest
}

/** The table, the notes, and one line of what happened to the files. */
export function formatScan(
  print: ScanPrint,
  options: { readonly terminal: boolean; readonly columns?: number }
): string {
  const rows = print.results.map(resultRow)
  // On a terminal the table fits its width; piped, every cell is whole (for grep).
  const table = options.terminal
    ? fitScanTable(rows.map(scanCells), options.columns ?? TERMINAL_COLUMNS)
    : alignColumns([
        ['IMAGE', 'FILE:LINE', 'CURRENT → NEW', 'UPDATE', 'DIGEST'],
        ...rows.map(row => scanRow(row, options.terminal))
      ])
  const notes = print.results
    .filter(r => r.note && !r.error)
    .map(r => `${where(r.reference)}: ${printable(r.note ?? '')}`)
  return [...table, '', ...notes, ...(notes.length ? [''] : []), ...summary(print, rows), ''].join(
    '\n'
  )
}

function scanRow(row: ResultRow, terminal: boolean): string[] {
  const current = row.current || '-'
  const move = row['update-available'] ? `${current} → ${row.tag}` : current
  const type = row.error ? 'failed' : row['update-type'] || '-'
  const digest = row.digest ? (terminal ? abbreviatedDigest(row.digest) : row.digest) : '-'
  return [row.image, `${printable(row.file)}:${row.line}`, move, type, digest]
}

/** 12 hex digits, as `docker images` shows an image ID: the algorithm is always sha256 here. */
export const terminalDigest = (digest: string): string =>
  abbreviatedDigest(digest).replace(/^sha256:/, '')

/** A row as the fitted table takes it: printable text, a short digest. */
function scanCells(row: ResultRow): ScanCells {
  const current = row.current || '-'
  return {
    image: printable(row.image),
    place: { file: printable(row.file), line: row.line },
    current,
    ...(row['update-available'] && { next: row.tag }),
    update: row.error ? 'failed' : row['update-type'] || '-',
    digest: row.digest ? terminalDigest(row.digest) : '-'
  }
}

const where = (reference: ReferenceResult['reference']): string =>
  `${printable(reference.file)}:${reference.line}`

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

function summary(print: ScanPrint, rows: readonly ResultRow[]): string[] {
  const updates = rows.filter(r => r['update-available']).length
  const failed = rows.filter(r => r.error).length
  const counts =
    `${plural(rows.length, 'reference')} to ${plural(print.images, 'image')} in ` +
    `${plural(print.files, 'file')}: ${updates} with an update` +
    (failed ? `, ${failed} failed` : '') +
    '.'
  const files = print.rewritten.map(printable).join(', ')
  const count = plural(print.rewritten.length, 'file')
  const outcome = !print.rewritten.length
    ? 'No file to rewrite.'
    : print.written
      ? `Rewrote ${count}: ${files}.`
      : `${count} would be rewritten (run with --write): ${files}.`
  return [counts, outcome]
}

/** `--json`: the rows of the action's `results` output, all of them, with full digests. */
export function formatScanJson(
  results: readonly ReferenceResult[],
  explain?: (result: ReferenceResult) => Record<string, unknown>
): string {
  const rows = results.map(r => ({ ...resultRow(r), ...(explain && { explain: explain(r) }) }))
  return `${JSON.stringify(rows, null, 2)}\n`
}

/** When the globs matched files but none names an image: said on stderr, nothing on stdout. */
export function nothingFound(files: number, patterns: readonly string[]): string {
  const shown = patterns.map(printable).join(', ')
  return files === 0
    ? `No file matches ${shown}.`
    : `No image references found in the ${plural(files, 'file')} that ${shown} matched.`
}
