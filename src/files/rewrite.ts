/**
 * Rewriting references in a file's text: only the spans a reference's edit
 * names change, every other character stays (formatting, quotes, comments,
 * line endings, a BOM). Pure.
 */
import { isValidTag } from '../reference.js'
import { RewriteError } from './errors.js'
import type { FoundReference, Span } from './types.js'
import { plainScalarText } from './yaml/scalars.js'

export interface ReferenceChange {
  readonly reference: FoundReference
  readonly tag: string
  /** Written as `name:tag@digest`; undefined removes a digest the reference has. */
  readonly digest?: string
}

interface Splice extends Span {
  readonly text: string
  readonly change: ReferenceChange
}

const DIGEST = /^(?:sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/

function fail(change: ReferenceChange, message: string): RewriteError {
  return new RewriteError(change.reference.file, change.reference.line, message)
}

/** The slot still holds what the scan found, or the file changed in between. */
function expectFound(text: string, change: ReferenceChange, span: Span, found: string): void {
  const now = text.slice(span.start, span.end)
  if (now !== found) {
    throw fail(
      change,
      `the file changed since it was read: '${found}' is now '${now}'; read it again.`
    )
  }
}

function tagSplice(text: string, change: ReferenceChange): Splice {
  const { span, found, before, after, colon, plainYaml } = change.reference.edit.tag
  expectFound(text, change, span, found)
  const { tag } = change
  if (
    tag.length <= before.length + after.length ||
    !tag.startsWith(before) ||
    !tag.endsWith(after)
  ) {
    throw fail(
      change,
      `cannot write tag '${tag}' for ${change.reference.written}: the file writes it as '${before}${found}${after}' with only '${found}' in one place.`
    )
  }
  const value = tag.slice(before.length, tag.length - after.length)
  return {
    ...span,
    text: `${colon ? ':' : ''}${plainYaml ? plainScalarText(value) : value}`,
    change
  }
}

function digestSplice(text: string, change: ReferenceChange): Splice | undefined {
  const slot = change.reference.edit.digest
  if (!slot) return undefined
  expectFound(text, change, slot.span, slot.found)
  const value = change.digest ? `${slot.prefix ?? (slot.at ? '@' : '')}${change.digest}` : ''
  // Nothing to insert where nothing is: no splice (it cannot conflict with anything).
  if (!value && slot.span.start === slot.span.end) return undefined
  const written = slot.plainYaml && !slot.prefix ? plainScalarText(value) : value
  return { ...slot.span, text: written, change }
}

function splicesOf(text: string, change: ReferenceChange): Splice[] {
  if (!isValidTag(change.tag)) throw fail(change, `'${change.tag}' is not a valid tag.`)
  if (change.digest !== undefined && !DIGEST.test(change.digest)) {
    throw fail(change, `'${change.digest}' is not a digest (sha256: and 64 hex characters).`)
  }
  const digest = digestSplice(text, change)
  return digest ? [tagSplice(text, change), digest] : [tagSplice(text, change)]
}

/** In file order, one of each identical splice; two that disagree about one place fail. */
function ordered(splices: Splice[]): Splice[] {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Splice[] = []
  for (const splice of sorted) {
    const last = kept.at(-1)
    const same = last && last.start === splice.start && last.end === splice.end
    if (same && last.text === splice.text) continue
    if (last && (splice.start < last.end || same)) {
      throw fail(
        splice.change,
        `two updates disagree about one place (offset ${splice.start}): '${last.text}' and '${splice.text}' (${last.change.reference.context}; ${splice.change.reference.context}).`
      )
    }
    kept.push(splice)
  }
  return kept
}

/**
 * `text` with each change's tag (and digest, when given) written in place of
 * what the scan found. Throws RewriteError when a span no longer holds what
 * was found or two changes disagree; the text is then not to be written.
 */
export function applyChanges(text: string, changes: readonly ReferenceChange[]): string {
  let out = ''
  let done = 0
  for (const splice of ordered(changes.flatMap(change => splicesOf(text, change)))) {
    out += text.slice(done, splice.start) + splice.text
    done = splice.end
  }
  return out + text.slice(done)
}
