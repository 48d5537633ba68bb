/** Line and column of offsets, for the annotations on a file: LF and CRLF files, surrogate pairs. */
import { describe, expect, it } from '@jest/globals'
import { lineStarts, positionAt } from '../../src/files/text.js'

const DOCKERFILE = 'FROM python:3.12-slim\nRUN pip install .\n\nFROM nginx:1.27\n'
const CRLF = 'services:\r\n  app:\r\n    image: nginx:1.27\r\n'
const EMOJI = '# 🐳 base\nFROM python:3.12\n'

// prettier-ignore
const CASES: [string, string, string, number, number][] = [
  // text, what, found at its first occurrence, line, column
  ['LF', DOCKERFILE, 'python', 1, 6],
  ['LF', DOCKERFILE, 'RUN', 2, 1],
  ['LF', DOCKERFILE, 'nginx', 4, 6],
  ['CRLF', CRLF, 'image', 3, 5],
  ['CRLF', CRLF, 'app', 2, 3],
  ['a surrogate pair counts two UTF-16 units', EMOJI, 'base', 1, 6],
  ['after a line with a surrogate pair', EMOJI, 'python', 2, 6]
]

describe('positionAt', () => {
  it.each(CASES)('%s: %s', (_name, text, what, line, column) => {
    expect(positionAt(lineStarts(text), text.indexOf(what))).toEqual({ line, column })
  })

  it('puts the end of the text on the last line', () => {
    expect(positionAt(lineStarts(DOCKERFILE), DOCKERFILE.length)).toEqual({ line: 5, column: 1 })
    expect(positionAt(lineStarts(''), 0)).toEqual({ line: 1, column: 1 })
  })
})

describe('lineStarts', () => {
  it('starts a line after every newline, CR or not', () => {
    expect(lineStarts(DOCKERFILE)).toEqual([0, 22, 40, 41, 57])
    expect(lineStarts(CRLF)).toEqual([0, 11, 19, 42])
  })
})
