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
import { summaryRows } from './summary-rows.js'
import {
  cell,
  code,
  details,
  escape,
  htmlTable,
  nowrapCell,
  paragraph,
  placeCode,
  plural,
  shortDigest,
  imageCode,
  shortPlaceCode,
  whole,
  wrapAtSlashes
} from './summary-html.js'

type Summary = Core['summary']

/** GitHub caps a step's summary at 1 MiB; a repository with more rows is cut. */
export const ROWS_SHOWN = 500
/** Places listed in a row (each may wrap at its slashes); the rest are in the folded part. */
export const PLACES_SHOWN = 2

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

function imageTable(rows: readonly SummaryRow[]): string {
  const shown = rows.slice(0, ROWS_SHOWN)
  const more = rows.length - shown.length
  const table = htmlTable(
    ['image', 'current → new', 'update, digest', 'used in'],
    shown.map(imageRow)
  )
  return more > 0 ? `${table}and ${more} more (all are in the \`results\` output)\n\n` : table
}

function failureSection(failures: readonly SummaryFailure[]): string {
  if (!failures.length) return ''
  const items = failures.map(f => {
    const places = f.places.map(placeCode).join(', ')
    const line = `<b>${imageCode(f.image)}</b>: ${escape(f.reason)}`
    return details(line, `${paragraph(f.message)}\n<p>Used in ${places}</p>`)
  })
  return `### Could not be checked\n\n${items.join('')}\n`
}

/** Newer tags that were not proposed, and why (release age, LTS). */
export function heldSection(rows: readonly SummaryRow[]): string {
  const lines = rows.flatMap(r =>
    (r.held ?? []).map(h =>
      [
        cell(imageCode(r.image)),
        nowrapCell(whole(r.current)),
        nowrapCell(whole(h.tag)),
        cell(escape(h.reason))
      ].join('')
    )
  )
  if (!lines.length) return ''
  const table = htmlTable(['image', 'current', 'not proposed', 'why'], lines)
  return `### Held back and passed over\n\n${table}`
}

/** How each row's tags were read and every place it is used, folded per image. */
function readingSection(rows: readonly SummaryRow[]): string {
  const shown = rows
    .slice(0, ROWS_SHOWN)
    .filter(r => r.readings.length || r.places.length > PLACES_SHOWN || r.note)
  if (!shown.length) return ''
  const inner = shown.map(r => {
    const lines = [
      ...r.readings.map(escape),
      ...(r.note ? [escape(r.note)] : []),
      `used in ${r.places.map(placeCode).join(', ')}`
    ]
    return details(
      `${wrapAtSlashes(r.image)} ${code(r.current || '—')}`,
      `<p>${lines.join('<br>')}</p>`
    )
  })
  return details('How each tag was read, and every place it is used', inner.join('')) + '\n'
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

function problemSection(problems: readonly FileProblem[]): string {
  if (!problems.length) return ''
  const rows = problems.map(p => [cell(placeCode(p)), cell(escape(p.message))].join(''))
  return `### Files left untouched\n\n${htmlTable(['file:line', 'problem'], rows)}`
}

/** The whole summary as GitHub-flavoured Markdown with HTML blocks. Pure. */
export function renderUpdateSummary(data: UpdateSummaryData): string {
  const rows = ordered(data.rows)
  return [
    '## registry-tags: image references\n\n',
    counts(data),
    rows.length ? imageTable(rows) : '',
    failureSection(data.failures),
    heldSection(rows),
    readingSection(rows),
    pullSection(data.pulls),
    problemSection(data.problems)
  ].join('')
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

export async function writeUpdateSummary(
  summary: Summary,
  checks: readonly ImageCheck[],
  problems: readonly FileProblem[],
  changedFiles: readonly string[],
  pulls: readonly PublishedPull[] = []
): Promise<void> {
  const data = updateSummaryData(checks, problems, changedFiles, pulls)
  await summary.addRaw(renderUpdateSummary(data)).write()
}
