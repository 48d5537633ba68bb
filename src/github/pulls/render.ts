/**
 * A pull request's title and body: the hidden marker, a table that fits
 * GitHub's panel (image, current → new, update type and short digest, the
 * first files), then folded per update the full digest, every file and
 * line and the newer tags, then any release notes, folded. Tags and digests
 * were validated where they entered; file paths and image names are
 * escaped anyway.
 */
import { markdownCode, markdownText, plainLine } from '../../text/markdown.js'
import { formatMarker, markerOf } from './marker.js'
import { shortDigest } from '../../report/shorten.js'
import { codeWrapping, html, placeCode, table } from './body-html.js'
import { cell, details, nowrapCell, whole } from '../../text/html.js'
import { releaseNotesSection } from './release-notes.js'
import type { ImageUpdate, PullRequestPlan } from './types.js'

/** GitHub refuses bodies over 65,536 characters; bytes are counted, which is never fewer. */
export const MAX_BODY_BYTES = 65_536
export const MAX_TITLE_CHARS = 256
/** Newer tags listed per update; the rest are counted. */
export const NEWER_TAGS_SHOWN = 20
/** Files listed in an update's row; every one is in its folded part. */
export const PLACES_SHOWN = 2

export function renderPullRequest(plan: PullRequestPlan): { title: string; body: string } {
  return { title: titleOf(plan.updates), body: bodyOf(plan) }
}

function titleOf(updates: readonly ImageUpdate[]): string {
  const images = [...new Set(updates.map(u => u.image))]
  const first = updates[0]
  let title: string
  if (updates.length === 1 && first) {
    title =
      first.updateType === 'digest'
        ? `Update ${first.image}:${first.to} to ${titleDigest(first.digest)}`
        : `Update ${first.image} from ${first.from} to ${first.to}`
  } else if (images.length === 1) {
    title = `Update ${images[0]} to ${[...new Set(updates.map(u => u.to))].join(', ')}`
  } else {
    title = `Update ${images.length} images: ${updates.map(u => `${u.image} ${u.to}`).join(', ')}`
  }
  title = plainLine(title)
  return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1)}…`
}

function bodyOf(plan: PullRequestPlan): string {
  const { updates } = plan
  const first = updates[0]
  const places = updates.reduce((n, u) => n + u.locations.length, 0)
  const intro =
    updates.length === 1 && first
      ? `Updates **${md(first.image)}** from ${code(first.from)} to ${code(first.to)} (${md(first.updateType)}).`
      : `Updates ${updates.length} image references in ${places} place${places === 1 ? '' : 's'}.`
  const sections = [
    formatMarker(markerOf(plan)),
    intro,
    updatesTable(updates),
    everyUpdateDetails(updates),
    footer(updates.length)
  ]
  // Release notes take the room the rest leaves (and some for the cut note).
  const room = MAX_BODY_BYTES - Buffer.byteLength(sections.join('\n\n')) - 512
  const notes = releaseNotesSection(updates, room)
  if (notes) sections.splice(sections.length - 1, 0, notes)
  return fitBody(sections.join('\n\n'))
}

/** One row per update: image, current → new, update type over the short digest, where. */
function updatesTable(updates: readonly ImageUpdate[]): string {
  const rows = updates.map(u => {
    const shown = u.locations.slice(0, PLACES_SHOWN).map(placeCode)
    const more = u.locations.length - shown.length
    const move =
      u.updateType === 'digest' ? whole(u.to) : `${whole(u.from)}<br>→ <b>${whole(u.to)}</b>`
    return [
      cell(codeWrapping(u.image)),
      nowrapCell(move),
      nowrapCell(`${html(u.updateType)}<br>${whole(shortDigest(u.digest))}`),
      cell(shown.join('<br>') + (more > 0 ? `<br>and ${more} more` : ''))
    ].join('')
  })
  return table(['image', 'current → new', 'update, digest', 'files'], rows)
}

/** Many updates' folded parts are folded once more, so the body stays short. */
function everyUpdateDetails(updates: readonly ImageUpdate[]): string {
  const each = updates.map(updateDetails)
  if (each.length === 1) return each[0] as string
  return details('Every update: digest, files, newer tags', each.join('\n\n'))
}

/** Folded per update: the full digest, every file and line, the newer tags. */
function updateDetails(update: ImageUpdate): string {
  const { newerTags } = update
  const shown = newerTags.slice(0, NEWER_TAGS_SHOWN)
  const more = newerTags.length - shown.length
  const tags = shown.map(tag => (tag === update.to ? `<b>${whole(tag)}</b> (chosen)` : whole(tag)))
  const lines = [
    `<p>Digest: <code>${html(update.digest)}</code></p>`,
    `<p>Files: ${update.locations.map(l => codeWrapping(`${l.file}:${Math.trunc(l.line)}`)).join(',\n')}</p>`,
    `<p>Newer tags than ${whole(update.from)} (${newerTags.length}): ${tags.join(', ') || 'none listed'}${more > 0 ? `, and ${more} more` : ''}.</p>`
  ]
  const summary = `${codeWrapping(update.image)} ${whole(update.from)} → ${whole(update.to)}: digest, files, newer tags`
  return details(summary, lines.join('\n'))
}

function footer(count: number): string {
  const what = count === 1 ? 'this update' : 'these updates'
  return `---\n<sub>Opened by registry-tags. Closing this pull request without merging declines ${what}: it is not opened again for the same tags, only for newer ones. A later run updates this branch and this description.</sub>`
}

/** The title's short digest: `sha256:` and 12 hex digits. */
const titleDigest = (digest: string) => digest.slice(0, 'sha256:'.length + 12)

/** Text shown as it is: nothing Markdown, HTML or GFM's autolinks read (src/text/markdown.ts). */
export function md(text: string): string {
  return markdownText(text)
}

/** A code span; `|` escaped for tables, a backtick (never in a valid tag) replaced. */
function code(text: string): string {
  return markdownCode(text)
}

/** Cut at a line end to GitHub's limit; the marker is the first line, so it stays. */
function fitBody(body: string): string {
  if (Buffer.byteLength(body) <= MAX_BODY_BYTES) return body
  const note = `\n\n…(cut here: GitHub takes at most ${MAX_BODY_BYTES} characters; the commit has every change.)`
  const budget = MAX_BODY_BYTES - Buffer.byteLength(note)
  const head = Buffer.from(body, 'utf8').subarray(0, budget).toString('utf8')
  return `${head.slice(0, head.lastIndexOf('\n'))}${note}`
}
