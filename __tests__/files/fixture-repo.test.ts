/**
 * The fixture repository of other formats (../shared/fixtures/files, copied
 * to __tests__/fixtures/files for CI), read with the default globs alone and
 * checked against its expected.json: every reference found at its line with
 * its tag span, nothing found that the list does not allow, untouched lines
 * untouched by a rewrite of everything found.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_UPDATE_FILES } from '../../src/files/default-globs.js'
import { findReferences } from '../../src/files/find.js'
import { applyChanges } from '../../src/files/rewrite.js'
import { lineStarts, positionAt } from '../../src/files/text.js'
import type { FoundReference } from '../../src/files/types.js'
import { expandGlobs } from '../../src/files/workspace.js'
import { FIXTURES } from '../helpers/fixtures.js'

interface Entry {
  line: number
  lines: number[]
  text: string
  image: string
  current: string
  tag?: { line: number; column: number; length: number; text: string }
  rewrite?: boolean
}
interface Expected {
  files: Record<
    string,
    {
      references: Entry[]
      optional?: Entry[]
      untouched: { line: number; text: string; why: string }[]
    }
  >
}

const ROOT = join(FIXTURES, 'files')
const REPO = join(ROOT, 'repo')
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Expected
const DIGEST = `sha256:${'c'.repeat(64)}`

const imageOf = (r: FoundReference) => `${r.image.registry}/${r.image.repository}`
const matches = (r: FoundReference, e: Entry) =>
  e.lines.includes(r.line) && imageOf(r) === e.image && (r.image.tag ?? '') === e.current

/** Where the tag a rewrite replaces lies: 1-based line, 0-based column, the text. */
function tagPlace(text: string, r: FoundReference) {
  const { line, column } = positionAt(lineStarts(text), r.edit.tag.span.start)
  return { line, column: column - 1, text: text.slice(r.edit.tag.span.start, r.edit.tag.span.end) }
}

/** A newer tag of the same shape: the number written in the file gets a 0 (11.2.2 → 11.2.20). */
const newerTag = (r: FoundReference) => {
  const { before, after, found } = r.edit.tag
  return `${before}${found}0${after}`
}

describe('the fixture repository, by the default globs alone', () => {
  let files: string[] = []
  const scans = new Map<string, { text: string; references: FoundReference[] }>()

  it('matches every file expected.json names that a default glob covers', async () => {
    files = await expandGlobs(DEFAULT_UPDATE_FILES, REPO)
    for (const file of files) {
      const text = readFileSync(join(REPO, file), 'utf8')
      const scan = findReferences(file, text)
      expect([file, scan.problem]).toEqual([file, undefined])
      scans.set(file, { text, references: [...scan.references] })
    }
    const named = Object.keys(expected.files).filter(f => !f.endsWith('.build'))
    expect(files).toEqual(expect.arrayContaining(named))
  })

  const cases = Object.entries(expected.files)
  it.each(cases)('%s: the references, at their tags', file => {
    const spec = expected.files[file]!
    const scan = scans.get(file) ?? { text: '', references: [] }
    for (const entry of spec.references) {
      const found = scan.references.find(r => matches(r, entry))
      expect([entry.text, found && tagPlace(scan.text, found)]).toEqual([
        entry.text,
        { line: entry.tag!.line, column: entry.tag!.column, text: entry.tag!.text }
      ])
    }
    for (const reference of scan.references) {
      const allowed = [...spec.references, ...(spec.optional ?? [])].filter(
        e => e.rewrite !== false
      )
      expect([reference.line, reference.written, allowed.some(e => matches(reference, e))]).toEqual(
        [reference.line, reference.written, true]
      )
    }
  })

  it.each(cases)('%s: a rewrite of all changes only the tags, and reads back', file => {
    const spec = expected.files[file]!
    const scan = scans.get(file) ?? { text: '', references: [] }
    const changes = scan.references.map(reference => ({ reference, tag: newerTag(reference) }))
    const after = applyChanges(scan.text, changes)
    const beforeLines = scan.text.split('\n')
    const afterLines = after.split('\n')
    expect(afterLines).toHaveLength(beforeLines.length)
    for (const { line } of spec.untouched) expect(afterLines[line - 1]).toBe(beforeLines[line - 1])
    const again = findReferences(file, after).references.map(r => [r.line, r.image.tag])
    expect(again).toEqual(changes.map(c => [c.reference.line, c.tag]))
  })

  it.each(cases)('%s: pinned, then pinned again, changes nothing the second time', file => {
    const scan = scans.get(file) ?? { text: '', references: [] }
    const pin = (text: string) => {
      const found = findReferences(file, text).references
      return applyChanges(
        text,
        found.map(reference => ({ reference, tag: reference.image.tag!, digest: DIGEST }))
      )
    }
    const once = pin(scan.text)
    expect(pin(once)).toBe(once)
    const pinned = findReferences(file, once).references
    expect(pinned.map(r => r.image.tag)).toEqual(scan.references.map(r => r.image.tag))
    // Pinned wherever a digest has a place (Helm parameters have none).
    expect(pinned.map(r => (r.edit.digest ? r.image.digest : DIGEST))).toEqual(
      pinned.map(() => DIGEST)
    )
  })
})
