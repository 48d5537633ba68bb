/** Fixtures of real, messy files, and checks that a rewrite touched only its spans. */
import { expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FoundReference, Span } from '../../src/files/types.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

/**
 * A fixture's text and the name it is scanned as: YAML and Markdown fixtures
 * end in `.fixture` so that the repository's formatter leaves them as they are.
 */
export function fixture(name: string): { file: string; text: string } {
  return { file: name.replace(/\.fixture$/, ''), text: readFileSync(join(FIXTURES, name), 'utf8') }
}

export function expected(name: string): string {
  return readFileSync(join(FIXTURES, `${name.replace(/\.fixture$/, '')}.expected`), 'utf8')
}

/** Every span an edit of these references may touch, in file order, overlaps joined. */
export function editSpans(references: readonly FoundReference[]): Span[] {
  const spans = references
    .flatMap(reference => [
      reference.edit.tag.span,
      ...(reference.edit.digest ? [reference.edit.digest.span] : [])
    ])
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const joined: Span[] = []
  for (const span of spans) {
    const last = joined.at(-1)
    if (last && span.start <= last.end)
      joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, span.end) }
    else joined.push(span)
  }
  return joined
}

/**
 * `after` holds every character of `before` outside `spans`, in order, and
 * between them only what a tag or digest can be made of (quotes for YAML).
 */
export function expectOnlySpansChanged(
  before: string,
  after: string,
  spans: readonly Span[]
): void {
  let inBefore = 0
  let inAfter = 0
  for (const span of [...spans, { start: before.length, end: before.length }]) {
    const kept = before.slice(inBefore, span.start)
    const found = after.indexOf(kept, inAfter)
    expect(found).toBeGreaterThanOrEqual(0)
    expect(after.slice(inAfter, found)).toMatch(/^[\w.:@"-]*$/)
    inAfter = found + kept.length
    inBefore = span.end
  }
  expect(inAfter).toBe(after.length)
}

/** What a reader of the scan sees: line, what is written, and where. */
export function summary(references: readonly FoundReference[]): [number, string, string][] {
  return references.map(reference => [reference.line, reference.written, reference.context])
}
