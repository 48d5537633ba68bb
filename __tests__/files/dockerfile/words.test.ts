/** Dockerfile words as BuildKit reads them: quotes, escapes (`\` or the `# escape=` backtick) and heredocs. */
import { describe, expect, it } from '@jest/globals'
import { locatedAt } from '../../../src/files/located.js'
import { heredocs, splitWords, unquote } from '../../../src/files/dockerfile/words.js'

/** `text` as a Located that starts at `offset` in its file. */
const located = (text: string, offset = 0) => locatedAt(text, offset)

// prettier-ignore
const SPLITS: [string, string, string[]][] = [
  ['python:3.12-slim AS build', '\\', ['python:3.12-slim', 'AS', 'build']],
  ['--platform=$BUILDPLATFORM   golang:1.23-alpine', '\\', ['--platform=$BUILDPLATFORM', 'golang:1.23-alpine']],
  ['"ghcr.io/o/app:1.0" AS "my stage"', '\\', ['"ghcr.io/o/app:1.0"', 'AS', '"my stage"']],
  ['a\\ b c', '\\', ['a\\ b', 'c']],
  ['mcr.microsoft.com/windows/servercore:ltsc2022 `\tAS base', '`', ['mcr.microsoft.com/windows/servercore:ltsc2022', '`\tAS', 'base']],
  ['', '\\', []]
]

describe('splitWords', () => {
  it.each(SPLITS)('%j (escape %s)', (text, escape, words) => {
    expect(splitWords(located(text, 5), escape).map(w => w.text)).toEqual(words)
  })

  it('keeps where each word came from in the file', () => {
    const [image] = splitWords(located('  python:3.12 AS build', 100), '\\')
    expect(image?.text).toBe('python:3.12')
    expect(image?.at[0]).toBe(102)
  })
})

describe('unquote', () => {
  // prettier-ignore
  const WORDS: [string, string, string][] = [
    ['"EOF"', '\\', 'EOF'],
    ["'END'", '\\', 'END'],
    ['my\\ stage', '\\', 'my stage'],
    ["'a\\b'", '\\', 'a\\b'],
    ['"a\\"b"', '\\', 'a"b'],
    ['C:`\\app', '`', 'C:\\app'],
    ['plain', '\\', 'plain']
  ]
  it.each(WORDS)('%s (escape %s) → %s', (word, escape, expected) => {
    expect(unquote(word, escape)).toBe(expected)
  })
})

describe('heredocs', () => {
  // prettier-ignore
  const LINES: [string, [string, boolean][]][] = [
    ['<<EOF', [['EOF', false]]],
    ['<<-"EOT" bash', [['EOT', true]]],
    ["python3 <<'PY' 3<<END", [['PY', false], ['END', false]]],
    ['COPY <<EOF /etc/app.conf', [['EOF', false]]],
    ['echo "<<EOF"', []],
    ['echo a << b', []],
    ['cat <<"my doc"', []]
  ]
  it.each(LINES)('%j', (line, expected) => {
    expect(heredocs(line).map(h => [h.name, h.chomp])).toEqual(expected)
  })
})
