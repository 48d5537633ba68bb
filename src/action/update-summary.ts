/**
 * The job summary of an update run, made to read at a glance in GitHub's
 * summary panel (about 880 px): the counts; one compact table with a row per
 * image and current tag (where it is used, current → new, update type, a
 * short digest); the images that could not be checked, each with a reason
 * and its full message folded; the tags held back; how each tag was read,
 * folded per image; the pull requests and the files left untouched.
 */
import type { FileProblem } from '../files/types.js'
import type { ImageCheck } from '../update/types.js'
import type { Core } from './core.js'
import type { PublishedPull } from './pull-requests.js'
import type { SummaryFailure, SummaryRow, UpdateSummaryData } from './summary-rows.js'
import { updateSummaryData } from './summary-rows.js'
import {
  code,
  escape,
  fullPlaceCode,
  htmlTable,
  paragraph,
  plural,
  shortDigest,
  imageCode,
  shortPlaceCode,
  wrapAtSlashes
} from './summary-html.js'
import type { UpdateNotes } from '../github/pulls/types.js'
import { addSourcesSection } from './sources-summary.js'
import { cell, detailsHtml, nowrapCell, whole } from '../text/html.js'

type Summary = Core['summary']

/** GitHub caps a step's summary at 1 MiB; a repository with more rows is cut. */
export const ROWS_SHOWN = 500
/** Places listed in a row (each may wrap at its slashes); the rest are in the folded part. */
const PLACES_SHOWN = 2

const SIGNIFICANCE = ['major', 'minor', 'patch', 'prerelease', 'revision', 'digest', '']
const rank = (row: SummaryRow): number => SIGNIFICANCE.indexOf(row.update)

/** Updates first, the biggest moves first; rows that stay keep their order after them. */
const ordered = (rows: readonly SummaryRow[]): SummaryRow[] =>
  rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .map(x => x.row)

function counts(data: UpdateSummaryData): string {
  const updates = data.rows.filter(r => r.update).length
  const images = new Set(data.failures.map(f => f.image)).size
  const head = [`<b>${plural(updates, 'update')}</b>`]
  if (images) head.push(`<b>${plural(images, 'image')} could not be checked</b>`)
  const rewritten = data.changedFiles.length
  const found =
    `${plural(data.references, 'reference')} in ${plural(data.files, 'file')}; ` +
    `${plural(rewritten, 'file')} rewritten.`
  return `${head.join(', ')}. ${found}\n\n`
}

function moveCell(row: SummaryRow): string {
  const current = whole(row.current || '—')
  if (!row.update || row.update === 'digest') return nowrapCell(current)
  return nowrapCell(`${current}<br>→ <b>${whole(row.tag)}</b>`)
}

function placesCell(row: SummaryRow): string {
  const shown = row.places.slice(0, PLACES_SHOWN).map(shortPlaceCode)
  const more = row.places.length - shown.length
  return cell(shown.join('<br>') + (more > 0 ? `<br>and ${more} more` : ''))
}

/** The update type over the short digest: one narrow column instead of two. */
function updateCell(row: SummaryRow): string {
  const type =
    row.update === 'digest' ? 'new digest' : row.update || (row.note ? 'stays' : 'up to date')
  const digest = row.digest ? whole(shortDigest(row.digest)) : '—'
  return nowrapCell(`${escape(type)}<br>${digest}`)
}

function imageRow(row: SummaryRow): string {
  return [cell(imageCode(row.image)), moveCell(row), updateCell(row), placesCell(row)].join('')
}

function imageTable(rows: readonly SummaryRow[], limit: number): string {
  const shown = rows.slice(0, limit)
  const more = rows.length - shown.length
  const table = htmlTable(
    ['image', 'current → new', 'update, digest', 'used in'],
    shown.map(imageRow)
  )
  return more > 0 ? `${table}and ${more} more (all are in the \`results\` output)\n\n` : table
}

/** Places listed in a folded part; the rest are counted (all are in `results`). */
export const PLACES_LISTED = 50

function placeList(places: SummaryRow['places']): string {
  const more = places.length - PLACES_LISTED
  const list = places.slice(0, PLACES_LISTED).map(fullPlaceCode).join(', ')
  return more > 0 ? `${list} and ${more} more` : list
}

function failureSection(failures: readonly SummaryFailure[], limit: number): string {
  if (!failures.length) return ''
  const items = failures.slice(0, limit).map(f => {
    const places = placeList(f.places)
    const line = `<b>${imageCode(f.image)}</b>: ${escape(f.reason)}`
    return detailsHtml(line, `${paragraph(f.message)}\n<p>Used in ${places}</p>`)
  })
  const more = failures.length - limit
  const tail =
    more > 0 ? `\nand ${more} more (each has its \`error\` in the \`results\` output)\n` : ''
  return `### Could not be checked\n\n${items.join('')}${tail}\n`
}

/** Newer tags that were not proposed, and why (release age, LTS). */
export function heldSection(rows: readonly SummaryRow[]): string {
  const lines = rows.flatMap(r =>
    (r.held ?? []).map(h =>
      [
        cell(imageCode(r.image)),
        // The current tag over the one not proposed: one narrow column leaves the reason room.
        nowrapCell(`${whole(r.current)}<br>not ${whole(h.tag)}`),
        cell(escape(h.reason))
      ].join('')
    )
  )
  if (!lines.length) return ''
  const table = htmlTable(['image', 'current, not proposed', 'why'], lines)
  return `### Held back and passed over\n\n${table}`
}

/** How each row's tags were read and every place it is used, folded per image. */
function readingSection(rows: readonly SummaryRow[], limit: number): string {
  const shown = rows
    .slice(0, limit)
    .filter(r => r.readings.length || r.places.length > PLACES_SHOWN || r.note)
  if (!shown.length) return ''
  const inner = shown.map(r => {
    const lines = [
      ...r.readings.map(escape),
      ...(r.note ? [escape(r.note)] : []),
      `used in ${placeList(r.places)}`
    ]
    return detailsHtml(
      `${wrapAtSlashes(r.image)} ${code(r.current || '—')}`,
      `<p>${lines.join('<br>')}</p>`
    )
  })
  return detailsHtml('How each tag was read, and every place it is used', inner.join('')) + '\n'
}

function pullSection(pulls: UpdateSummaryData['pulls']): string {
  if (!pulls?.length) return ''
  const rows = pulls.map(p =>
    [
      cell(`<a href="${escape(p.url)}">#${p.number}</a>`),
      cell(escape(p.action)),
      cell(p.images.map(name => imageCode(name)).join(', '))
    ].join('')
  )
  return `### Pull requests\n\n${htmlTable(['pull request', 'this run', 'images'], rows)}`
}

function problemSection(problems: readonly FileProblem[], limit: number): string {
  if (!problems.length) return ''
  const rows = problems
    .slice(0, limit)
    .map(p => [cell(fullPlaceCode(p)), cell(escape(p.message))].join(''))
  const more = problems.length - rows.length
  const tail = more > 0 ? `and ${more} more (each has its annotation in the log)\n\n` : ''
  return `### Files left untouched\n\n${htmlTable(['file:line', 'problem'], rows)}${tail}`
}

/** GitHub refuses a step summary over 1 MiB; this leaves room for what else the step adds. */
export const MAX_SUMMARY_BYTES = 1_000_000

/**
 * The whole summary as GitHub-flavoured Markdown with HTML blocks. Pure.
 * Within MAX_SUMMARY_BYTES: the folded readings go first, then fewer rows,
 * failures and problems are listed (the rest counted; `results` has all).
 */
export function renderUpdateSummary(data: UpdateSummaryData): string {
  const rows = ordered(data.rows)
  let text = ''
  for (const limit of [ROWS_SHOWN, 200, 100, 50, 20, 10]) {
    for (const readings of [true, false]) {
      text = renderWithin(data, rows, limit, readings)
      if (Buffer.byteLength(text) <= MAX_SUMMARY_BYTES) return text
    }
  }
  return text
}

function renderWithin(
  data: UpdateSummaryData,
  rows: readonly SummaryRow[],
  limit: number,
  readings: boolean
): string {
  return [
    '## registry-tags: image references\n\n',
    counts(data),
    rows.length ? imageTable(rows, limit) : '',
    failureSection(data.failures, limit),
    heldSection(rows.slice(0, limit)),
    readings ? readingSection(rows, limit) : '',
    pullSection(data.pulls),
    problemSection(data.problems, limit)
  ].join('')
}

export async function writeUpdateSummary(
  summary: Summary,
  checks: readonly ImageCheck[],
  problems: readonly FileProblem[],
  changedFiles: readonly string[],
  pulls: readonly PublishedPull[] = [],
  notes: ReadonlyMap<string, UpdateNotes> = new Map()
): Promise<void> {
  const data = updateSummaryData(checks, problems, changedFiles, pulls)
  summary.addRaw(renderUpdateSummary(data))
  addSourcesSection(summary, notes)
  await summary.write()
}
