/** Dockerfile words expanded as BuildKit's shell lexer does, each character kept at its place in the file. */
import { describe, expect, it } from '@jest/globals'
import { expandWord } from '../../../src/files/dockerfile/expand.js'
import type { Variables } from '../../../src/files/dockerfile/expand.js'
import { locatedAt } from '../../../src/files/located.js'

const vars = (values: Record<string, string | null>): Variables =>
  new Map(Object.entries(values).map(([k, v]) => [k, v === null ? null : locatedAt(v, 1000)]))

const ARGS = vars({
  PYTHON: '3.12',
  VARIANT: 'slim',
  EMPTY: '',
  REGISTRY: 'ghcr.io/o',
  NODEFAULT: null
})

// prettier-ignore
const WORDS: [string, string, string | undefined][] = [
  ['python:3.12-slim', '\\', 'python:3.12-slim'],
  ['python:${PYTHON}-${VARIANT}', '\\', 'python:3.12-slim'],
  ['python:$PYTHON', '\\', 'python:3.12'],
  ['$REGISTRY/app:1.0', '\\', 'ghcr.io/o/app:1.0'],
  ['"python:${PYTHON}"', '\\', 'python:3.12'],
  ["'python:${PYTHON}'", '\\', 'python:${PYTHON}'],
  ['python:${UNSET:-3.11}', '\\', 'python:3.11'],
  ['python:${EMPTY:-3.11}', '\\', 'python:3.11'],
  ['python:${EMPTY-3.11}', '\\', 'python:'],
  ['python:3.12${VARIANT:+-$VARIANT}', '\\', 'python:3.12-slim'],
  ['python:3.12${UNSET+-x}', '\\', 'python:3.12'],
  ['python:\\$PYTHON', '\\', 'python:$PYTHON'],
  ['python:`$PYTHON', '`', 'python:$PYTHON'],
  // What the build decides: no value in the file, or a form not read.
  ['python:${NODEFAULT}', '\\', undefined],
  ['python:$UNSET', '\\', undefined],
  ['python:${PYTHON%.*}', '\\', undefined],
  ['python:${PYTHON', '\\', undefined]
]

describe('expandWord', () => {
  it.each(WORDS)('%s (escape %s) → %s', (word, escape, expected) => {
    expect(expandWord(locatedAt(word, 0), ARGS, escape)?.text).toBe(expected)
  })

  it("keeps a substituted character at the variable's value, a written one at its place", () => {
    const word = locatedAt('python:${PYTHON}-slim', 50)
    const expanded = expandWord(word, ARGS, '\\')!
    expect(expanded.text).toBe('python:3.12-slim')
    expect(expanded.at[0]).toBe(50)
    expect(expanded.at[7]).toBe(1000)
    expect(expanded.via[7]).toEqual({ name: 'PYTHON', end: 50 + 'python:${PYTHON}'.length })
    expect(expanded.at[expanded.text.indexOf('-slim')]).toBe(50 + 'python:${PYTHON}'.length)
  })
})
