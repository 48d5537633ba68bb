/**
 * A pull request's title and body: old and new tag, update type, digest,
 * the files and lines changed, a table of the newer tags, and the hidden
 * marker. Tags and digests were validated where they entered; file paths
 * and image names are escaped anyway, as they are shown in Markdown.
 */
import { formatMarker, markerOf } from './marker.js'
import { releaseNotesSection } from './release-notes.js'
import type { ImageUpdate, PullRequestPlan } from './types.js'

/** GitHub refuses bodies over 65,536 characters; bytes are counted, which is never fewer. */
export const MAX_BODY_BYTES = 65_536
export const MAX_TITLE_CHARS = 256
/** Newer tags listed per update; the rest are counted. */
export const NEWER_TAGS_SHOWN = 20

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
        ? `Update ${first.image}:${first.to} to ${shortDigest(first.digest)}`
        : `Update ${first.image} from ${first.from} to ${first.to}`
  } else if (images.length === 1) {
    title = `Update ${images[0]} to ${[...new Set(updates.map(u => u.to))].join(', ')}`
  } else {
    title = `Update ${images.length} images: ${updates.map(u => `${u.image} ${u.to}`).join(', ')}`
  }
  title = title.replace(CONTROL, ' ')
  return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1)}…`
}

function bodyOf(plan: PullRequestPlan): string {
  const { updates } = plan
  const first = updates[0]
  const intro =
    updates.length === 1 && first
      ? `Updates **${md(first.image)}** from ${code(first.from)} to ${code(first.to)} (${md(first.updateType)}).`
      : `Updates ${updates.length} image references.`
  const sections = [
    formatMarker(markerOf(plan)),
    intro,
    summaryTable(updates),
    filesTable(updates),
    ...updates.map(newerTagsTable),
    footer(updates.length)
  ]
  // Release notes take the room the rest leaves (and some for the cut note).
  const room = MAX_BODY_BYTES - Buffer.byteLength(sections.join('\n\n')) - 512
  const notes = releaseNotesSection(updates, room)
  if (notes) sections.splice(sections.length - 1, 0, notes)
  return fitBody(sections.join('\n\n'))
}

function summaryTable(updates: readonly ImageUpdate[]): string {
  const rows = updates.map(u =>
    row([md(u.image), code(u.from), code(u.to), md(u.updateType), code(u.digest)])
  )
  return ['| Image | From | To | Update | Digest |', '|---|---|---|---|---|', ...rows].join('\n')
}

function filesTable(updates: readonly ImageUpdate[]): string {
  const rows = updates.flatMap(u =>
    u.locations.map(l => row([md(l.file), String(Math.trunc(l.line)), md(u.image), code(u.to)]))
  )
  return [
    '### Files changed',
    '',
    '| File | Line | Image | Tag |',
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}

function newerTagsTable(update: ImageUpdate): string {
  const { newerTags } = update
  const shown = newerTags.slice(0, NEWER_TAGS_SHOWN)
  const rows = shown.map(tag => row([code(tag), tag === update.to ? 'chosen' : '']))
  const more = newerTags.length - shown.length
  const heading = `### Newer tags of ${md(update.image)} than ${code(update.from)} (${newerTags.length})`
  const table = shown.length ? ['| Tag | |', '|---|---|', ...rows] : ['None listed.']
  return [heading, '', ...table, ...(more > 0 ? ['', `…and ${more} more.`] : [])].join('\n')
}

function footer(count: number): string {
  const what = count === 1 ? 'this update' : 'these updates'
  return `---\n<sub>Opened by registry-tags. Closing this pull request without merging declines ${what}: it is not opened again for the same tags, only for newer ones. A later run updates this branch and this description.</sub>`
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
const shortDigest = (digest: string) => digest.slice(0, 'sha256:'.length + 12)

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g
/** Markdown and HTML punctuation, and `@`/`#`, which would mention someone or link an issue. */
const MARKDOWN = /[\\`*_{}[\]()<>#+!|~&@$]/g

/** Text shown as it is: every character Markdown or HTML would read is backslash-escaped. */
export function md(text: string): string {
  return text.replace(CONTROL, ' ').replace(MARKDOWN, '\\$&')
}

/** A code span; `|` escaped for tables, a backtick (never in a valid tag) replaced. */
function code(text: string): string {
  return `\`${text.replace(CONTROL, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``
}

/** Cut at a line end to GitHub's limit; the marker is the first line, so it stays. */
function fitBody(body: string): string {
  if (Buffer.byteLength(body) <= MAX_BODY_BYTES) return body
  const note = `\n\n…(cut here: GitHub takes at most ${MAX_BODY_BYTES} characters; the commit has every change.)`
  const budget = MAX_BODY_BYTES - Buffer.byteLength(note)
  const head = Buffer.from(body, 'utf8').subarray(0, budget).toString('utf8')
  return `${head.slice(0, head.lastIndexOf('\n'))}${note}`
}
