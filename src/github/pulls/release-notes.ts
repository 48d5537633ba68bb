/**
 * The optional section of a pull request's body about where each update
 * comes from: the source repository and revision (from the new image's OCI
 * annotations or labels), a compare link, and the GitHub release notes of
 * each version between the current and the new one, newest first, each in
 * a collapsible block. The notes are third-party text (see
 * third-party-markdown.ts) and are cut to the room the body has left.
 * Pure: the front end fetched everything before.
 */
import type { Release } from '../release-range.js'
import type { NotesRepository } from './third-party-markdown.js'
import { neutraliseMarkdown } from './third-party-markdown.js'
import type { ImageUpdate, UpdateNotes } from './types.js'

/** A release's notes longer than this are cut, so that one long release leaves room for others. */
const MAX_RELEASE_BYTES = 16_000
/** Room kept for the block around each release. */
const BLOCK_BYTES = 200

const bytes = (text: string) => Buffer.byteLength(text)

/** The section, at most `budget` bytes; '' when no update has anything to say. */
export function releaseNotesSection(updates: readonly ImageUpdate[], budget: number): string {
  const parts: string[] = []
  let left = budget
  for (const update of updates) {
    if (!update.notes) continue
    const head = headOf(update, update.notes)
    if (bytes(head) + 2 > left) break
    left -= bytes(head) + 2
    const blocks = releaseBlocks(update.notes, left)
    left -= blocks.reduce((n, b) => n + bytes(b) + 2, 0)
    parts.push([head, ...blocks].join('\n\n'))
  }
  return parts.join('\n\n')
}

function headOf(update: ImageUpdate, notes: UpdateNotes): string {
  const lines = [`### Source of ${text(update.image)} ${text(update.to)}`, '']
  const facts: string[] = []
  if (notes.source) facts.push(`Source: ${link(linkText(notes), notes.source)}`)
  if (notes.revision) facts.push(`revision ${codeSpan(notes.revision)}`)
  if (notes.compare) facts.push(link('compare', notes.compare))
  lines.push(facts.length ? facts.join(' · ') : 'The image names no source repository.')
  if (notes.problem) lines.push('', `_Release notes could not be read: ${text(notes.problem)}._`)
  else if (notes.github && !notes.releases.length) {
    lines.push(
      '',
      `_No GitHub release between ${codeSpan(update.from)} and ${codeSpan(update.to)}._`
    )
  }
  return lines.join('\n')
}

/** One collapsible block per release while they fit; the rest named by a link. */
function releaseBlocks(notes: UpdateNotes, budget: number): string[] {
  const { github } = notes
  if (!github) return []
  const blocks: string[] = []
  let left = budget
  for (const [i, release] of notes.releases.entries()) {
    const room = Math.min(MAX_RELEASE_BYTES, left - BLOCK_BYTES - 200)
    if (room < 500) {
      const more = notes.releases.length - i
      const all = `${notes.source ?? `https://${github.host}/${github.owner}/${github.name}`}/releases`
      blocks.push(
        `…and ${more} more release${more === 1 ? '' : 's'}: ${link('all releases', all)}.`
      )
      break
    }
    const block = releaseBlock(release, github, room)
    blocks.push(block)
    left -= bytes(block) + 2
  }
  return blocks
}

function releaseBlock(release: Release, repo: NotesRepository, room: number): string {
  const title =
    release.name && release.name !== release.tag ? `${release.tag}: ${release.name}` : release.tag
  const body = cut(neutraliseMarkdown(release.body.trim(), repo), room, repo)
  const page = release.url ? `\n\n${link('Release page', release.url)}` : ''
  return [
    '<details>',
    `<summary>${html(title)}</summary>`,
    '',
    `${body || '_No notes._'}${page}`,
    '',
    '</details>'
  ].join('\n')
}

/** At most `room` bytes, cut at a line end; a fence the cut leaves open is closed. */
function cut(body: string, room: number, repo: NotesRepository): string {
  if (bytes(body) <= room) return body
  const head = Buffer.from(body, 'utf8')
    .subarray(0, room - 100)
    .toString('utf8')
  // At a line end when there is one in the second half; else where the room ends.
  const end = head.lastIndexOf('\n')
  const kept = end > head.length / 2 ? head.slice(0, end) : head.replace(/\uFFFD$/, '')
  // Run again: it closes a fence left open, and leaves the rest as it is.
  return `${neutraliseMarkdown(kept, repo)}\n\n…(cut)`
}

function linkText(notes: UpdateNotes): string {
  const { github } = notes
  return github ? `${github.owner}/${github.name}` : (notes.source ?? '')
}

/** A Markdown link whose text is shown as it is and whose target cannot end early. */
function link(label: string, url: string): string {
  const target = url.replace(
    /[()\s<>]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
  return `[${text(label)}](${target})`
}

const ZWSP = '&#8203;'
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g

/**
 * Text shown as it is: Markdown and HTML punctuation escaped; a zero-width
 * space after `@` and `#`, since an escaped one still mentions or links.
 */
function text(value: string): string {
  return value
    .replace(CONTROL, ' ')
    .replace(/[\\`*_{}[\]()<>+!|~&$]/g, '\\$&')
    .replace(/[@#]/g, `$&${ZWSP}`)
}

function codeSpan(value: string): string {
  return `\`${value.replace(CONTROL, ' ').replace(/`/g, "'")}\``
}

/** Inside HTML (the summary line of a block): entities for what HTML or GitHub would read. */
function html(value: string): string {
  return value
    .replace(CONTROL, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[@#]/g, `$&${ZWSP}`)
}
