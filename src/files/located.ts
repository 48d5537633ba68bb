/**
 * Text assembled from a file (a Dockerfile word after continuations, quotes
 * and ARG substitution; a YAML scalar), each character with the offset it
 * came from, so that an edit of the text can be put back into the file.
 */
import type { ImageReference } from '../reference.js'
import type { DigestSlot, ReferenceEdit, Span, TagSlot } from './types.js'

/** One use of a variable (`${PY}`): the outermost one that brought a character in. */
export interface Via {
  readonly name: string
  /** The offset just after the use (`}` or the name's last character). */
  readonly end: number
}

export interface Located {
  readonly text: string
  /** The file offset of each character. */
  readonly at: readonly number[]
  readonly via: readonly (Via | undefined)[]
}

export class LocatedBuilder {
  private readonly chars: string[] = []
  private readonly at: number[] = []
  private readonly via: (Via | undefined)[] = []

  /** Characters pushed so far. */
  get length(): number {
    return this.chars.length
  }

  push(char: string, offset: number, via?: Via): void {
    this.chars.push(char)
    this.at.push(offset)
    this.via.push(via)
  }

  /** Characters of `source` from `start` to `end`, each at its own offset. */
  pushRange(source: Located, start = 0, end = source.text.length, via?: Via): void {
    for (let i = start; i < end; i++) {
      this.push(source.text[i] as string, source.at[i] as number, via ?? source.via[i])
    }
  }

  build(): Located {
    return { text: this.chars.join(''), at: this.at, via: this.via }
  }
}

/** `text` lying contiguously in the file from `start`. */
export function locatedAt(text: string, start: number): Located {
  return { text, at: Array.from(text, (_, i) => start + i), via: Array<undefined>(text.length) }
}

/** True when characters i and i+1 are neighbours in the file, brought by the same use. */
function joined(loc: Located, i: number): boolean {
  return loc.at[i + 1] === (loc.at[i] as number) + 1 && loc.via[i + 1] === loc.via[i]
}

/** The largest run around `index` within [from, to) whose characters are neighbours in the file. */
function runAround(loc: Located, index: number, from: number, to: number): [number, number] {
  let start = index
  while (start > from && joined(loc, start - 1)) start--
  let end = index + 1
  while (end < to && joined(loc, end - 1)) end++
  return [start, end]
}

function fileSpan(loc: Located, start: number, end: number): Span {
  return { start: loc.at[start] as number, end: (loc.at[end - 1] as number) + 1 }
}

/**
 * Where to insert after character `index`: inside the variable's value when
 * the whole reference came from it (`FROM ${BASE}`), else after the use of
 * the variable (`FROM python:${PY}` gets `${PY}@sha256:…`), else right after.
 */
function insertionAfter(loc: Located, index: number): Span {
  const via = loc.via[index]
  const offset = via && via !== loc.via[0] ? via.end : (loc.at[index] as number) + 1
  return { start: offset, end: offset }
}

function tagSlot(loc: Located, tagStart: number, tagEnd: number, nameEnd: number): TagSlot {
  if (tagStart === tagEnd) {
    return { span: insertionAfter(loc, nameEnd - 1), found: '', before: '', after: '', colon: true }
  }
  const tag = loc.text.slice(tagStart, tagEnd)
  // The version is what changes: edit the run that holds the tag's first digit.
  const digit = tag.search(/\d/)
  const [start, end] = runAround(loc, tagStart + Math.max(digit, 0), tagStart, tagEnd)
  return {
    span: fileSpan(loc, start, end),
    found: loc.text.slice(start, end),
    before: loc.text.slice(tagStart, start),
    after: loc.text.slice(end, tagEnd),
    colon: false
  }
}

function digestSlot(loc: Located, digestAt: number): DigestSlot | undefined {
  const length = loc.text.length
  if (digestAt === length) return { span: insertionAfter(loc, length - 1), found: '', at: true }
  const [start, end] = runAround(loc, digestAt, digestAt, length)
  if (start !== digestAt || end !== length) return undefined
  return { span: fileSpan(loc, start, end), found: loc.text.slice(start, end), at: true }
}

/**
 * The edit of a reference written as `loc` (parsed as `image`), or undefined
 * when its digest is not written in one piece, so that it cannot be replaced.
 */
export function locateEdit(loc: Located, image: ImageReference): ReferenceEdit | undefined {
  const { text } = loc
  const digestAt = image.digest ? text.length - image.digest.length - 1 : text.length
  const tagStart = image.tag ? digestAt - image.tag.length : digestAt
  const nameEnd = image.tag ? tagStart - 1 : digestAt
  if (nameEnd <= 0 || (image.digest && text[digestAt] !== '@')) return undefined
  if (image.tag && text[nameEnd] !== ':') return undefined
  const digest = digestSlot(loc, digestAt)
  if (!digest) return undefined
  return { tag: tagSlot(loc, tagStart, digestAt, nameEnd), digest }
}

/**
 * The offset to show for a reference: where it starts when its tag is written
 * with it, else where its tag is written (an ARG value on another line).
 */
export function displayOffset(loc: Located, edit: ReferenceEdit): number {
  const tagStart = edit.tag.span.start
  const start = loc.at[0] as number
  const index = loc.at.indexOf(tagStart)
  if (index < 0) return edit.tag.colon ? start : tagStart
  for (let i = 0; i < index; i++) if (!joined(loc, i)) return tagStart
  return start
}
