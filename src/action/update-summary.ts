/**
 * The job summary of an update run: one table for every image reference
 * found (image, file:line, current → new, update type, digest), then the
 * files that could not be read.
 */
import type { FileProblem } from '../files/types.js'
import type { ResultRow } from '../update/outputs.js'
import { resultRow } from '../update/outputs.js'
import type { ReferenceResult } from '../update/types.js'
import { formatReading } from '../versions/reading.js'
import type { Core } from './core.js'
import type { PublishedPull } from './pull-requests.js'
import { code, escape } from './summary.js'
import type { UpdateNotes } from '../pulls/release-notes.js'
import { addSourcesSection } from './sources-summary.js'

type Summary = Core['summary']

/** GitHub caps a step's summary at 1 MiB; a repository with more references is cut. */
const ROWS_SHOWN = 500

function moveCell(row: ResultRow): string {
  if (row.error) return `${code(row.current || '—')} ✗`
  if (!row['update-available']) return `${code(row.current || '—')} (up to date)`
  return `${code(row.current || '—')} → <b>${code(row.tag)}</b>`
}

function typeCell(row: ResultRow): string {
  if (row.error) return `failed: ${escape(row.error.split('\n')[0] ?? '')}`
  return escape(row['update-type']) || '—'
}

/** How the tags were read, so a user sees why this tag was chosen (issue 12). */
function readingCell(result: ReferenceResult): string {
  const { currentVersion, chosenVersion } = result
  if (!currentVersion) return '—'
  const current = escape(formatReading(currentVersion))
  return chosenVersion ? `${current}<br>→ ${escape(formatReading(chosenVersion))}` : current
}

export async function writeUpdateSummary(
  summary: Summary,
  results: readonly ReferenceResult[],
  problems: readonly FileProblem[],
  changedFiles: readonly string[],
  pulls: readonly PublishedPull[] = [],
  notes: ReadonlyMap<string, UpdateNotes> = new Map()
): Promise<void> {
  const rows = results.map(resultRow)
  const updates = rows.filter(r => r['update-available']).length
  const failed = rows.filter(r => r.error).length
  summary
    .addHeading('registry-tags: image references', 2)
    .addRaw(
      `${rows.length} reference${rows.length === 1 ? '' : 's'}, ${updates} with an update` +
        `${failed ? `, ${failed} failed` : ''}; ${changedFiles.length} file${changedFiles.length === 1 ? '' : 's'} rewritten.\n\n`
    )
    .addTable([
      ['image', 'file:line', 'current → new', 'update type', 'digest', 'read as'].map(data => ({
        data,
        header: true
      })),
      ...rows
        .slice(0, ROWS_SHOWN)
        .map((row, i) => [
          code(row.image),
          code(`${row.file}:${row.line}`),
          moveCell(row),
          typeCell(row),
          row.digest ? code(row.digest) : '—',
          readingCell(results[i] as ReferenceResult)
        ])
    ])
  if (rows.length > ROWS_SHOWN) {
    summary.addRaw(`and ${rows.length - ROWS_SHOWN} more (all are in the \`results\` output)\n\n`)
  }
  if (pulls.length) {
    summary.addHeading('Pull requests', 3).addTable([
      [
        { data: 'images', header: true },
        { data: 'pull request', header: true },
        { data: 'this run', header: true }
      ],
      ...pulls.map(({ plan, outcome }) => [
        escape(plan.updates.map(u => `${u.image}:${u.to}`).join(', ') || plan.key),
        outcome.number ? `<a href="${escape(outcome.url)}">#${outcome.number}</a>` : '—',
        outcome.action
      ])
    ])
  }
  addSourcesSection(summary, notes)
  if (problems.length) {
    summary.addHeading('Files left untouched', 3).addTable([
      [
        { data: 'file:line', header: true },
        { data: 'problem', header: true }
      ],
      ...problems.map(p => [code(`${p.file}:${p.line}`), escape(p.message)])
    ])
  }
  await summary.write()
}
