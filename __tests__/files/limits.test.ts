/**
 * Files built to exhaust the reader (issue 17 items 4-5): expansion bombs,
 * nesting, pathological sizes, quadratic duplicate keys. Each is that file's
 * problem, found in bounded time, with the line where reading stopped.
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../src/files/find.js'
import {
  MAX_EXPANDED_CHARS,
  MAX_NESTING,
  MAX_SUBSTITUTED_CHARS
} from '../../src/files/dockerfile/expand.js'
import { MAX_INSTRUCTION_CHARS, MAX_INSTRUCTIONS } from '../../src/files/limits.js'

const dockerfile = (text: string) => findReferences('Dockerfile', text)

/** ARG A=x, then A doubled `times` times: 2^24 characters from 300 bytes. */
const doubling = (times: number): string =>
  ['ARG A=x', ...Array.from({ length: times }, () => 'ARG A=$A$A'), 'FROM python:3.12-$A', ''].join(
    '\n'
  )

describe('Dockerfile expansion bombs', () => {
  it('refuses ARG A=$A$A repeated 24 times at the line where it passes 4 KiB', () => {
    const started = Date.now()
    const scan = dockerfile(doubling(24))
    expect(scan.references).toEqual([])
    // 2^12 = 4096 characters: the 13th doubling (line 14) is one too many.
    expect(scan.problem).toMatchObject({
      file: 'Dockerfile',
      line: 14,
      message: expect.stringMatching(new RegExp(`more than ${MAX_EXPANDED_CHARS} characters`))
    })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('still reads a few doublings', () => {
    const scan = dockerfile(doubling(3))
    expect(scan.problem).toBeUndefined()
    expect(scan.references.map(r => r.written)).toEqual(['python:3.12-xxxxxxxx'])
  })

  it('refuses a 4 KiB ARG used by 2,000 FROMs: more than the file budget', () => {
    const text = `ARG B=${'a'.repeat(4000)}\n${'FROM python:${B}\n'.repeat(2000)}`
    const scan = dockerfile(text)
    expect(scan.problem?.message).toMatch(
      new RegExp(`more than ${MAX_SUBSTITUTED_CHARS / 1024 / 1024} MiB in all`)
    )
    // 1 MiB / 4,000 characters: the 263rd FROM (line 264) goes past the budget.
    expect(scan.problem?.line).toBe(264)
  })

  it('refuses ${X:-${X:-…}} nested deeper than the bound, without recursion the file decides', () => {
    const nest = (depth: number) => `FROM ${'${X:-'.repeat(depth)}python:3.12${'}'.repeat(depth)}\n`
    expect(dockerfile(nest(MAX_NESTING)).references.map(r => r.written)).toEqual(['python:3.12'])
    expect(dockerfile(nest(MAX_NESTING + 1)).problem?.message).toMatch(/nests deeper than 32/)
    expect(dockerfile(nest(20_000)).problem?.message).toMatch(/longer than 64 KiB/)
  })
})

describe('Dockerfile sizes', () => {
  it('refuses 140,000 FROMs (4.8 MiB) as the file’s problem, not the stack’s', () => {
    const text = Array.from({ length: 140_000 }, (_, i) => `FROM python:3.${i % 100}-slim`)
    const scan = dockerfile(text.join('\n'))
    expect(scan.problem).toMatchObject({
      line: MAX_INSTRUCTIONS + 1,
      message: `holds more than ${MAX_INSTRUCTIONS} instructions; not read.`
    })
  })

  it('refuses more than 1,000 image references', () => {
    const text = Array.from({ length: 1_500 }, (_, i) => `FROM python:3.${i}`).join('\n')
    expect(dockerfile(text).problem?.message).toMatch(/more than 1000 image references/)
  })

  it('refuses an instruction of 4.9 MB, on one line or through continuations', () => {
    const oneLine = dockerfile(`FROM python:3.12 ${'a'.repeat(4_900_000)}\n`)
    expect(oneLine.problem).toMatchObject({ line: 1, message: expect.stringMatching(/64 KiB/) })
    const continued = `RUN x\nFROM python:3.12 \\\n${`${'b'.repeat(1000)} \\\n`.repeat(100)}`
    expect(dockerfile(continued).problem).toMatchObject({ line: 2 })
    expect(MAX_INSTRUCTION_CHARS).toBe(65_536)
  })
})

describe('YAML duplicate keys, in linear time', () => {
  // prettier-ignore
  it.each([
    ['a: 1\nb: 2\na: 3\n', 3],
    ['top:\n  x: 1\n  y: 2\n  x: 3\nother: {p: 1, p: 2}\n', 4],
    ['l: [{a: 1, a: 2}]\n', 1],
    ['a: 1\n---\nb: 1\nb: 2\n', 4]
  ])('%j is not valid YAML at line %i', (text, line) => {
    expect(findReferences('x.yml', text).problem).toMatchObject({
      line,
      message: 'not valid YAML: Map keys must be unique'
    })
  })

  it('takes keys that only look alike', () => {
    expect(
      findReferences('x.yml', '1: a\n"1": b\ntrue: c\n"true": d\nimage: python:3.12\n').problem
    ).toBeUndefined()
  })

  it('reads 60,000 keys with one image in bounded time', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: v`)
    const started = Date.now()
    const scan = findReferences('x.yml', `${keys.join('\n')}\nimage: python:3.12\n`)
    expect(scan.problem).toBeUndefined()
    expect(scan.references.map(r => r.written)).toEqual(['python:3.12'])
    // The yaml package's own check compares every key with every other: minutes here.
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 60_000)
})
