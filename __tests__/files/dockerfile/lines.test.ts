/**
 * A Dockerfile cut into instructions as BuildKit's parser cuts it: the
 * escape directive, continuations with comments inside them, heredocs whose
 * bodies are not instructions, and the refusals BuildKit would give.
 */
import { describe, expect, it } from '@jest/globals'
import { readInstructions } from '../../../src/files/dockerfile/lines.js'

const MULTI_STAGE = `# syntax=docker/dockerfile:1
ARG PYTHON=3.12
FROM python:\${PYTHON}-slim AS build
RUN pip install \\
    # comments inside a continuation are skipped
    --no-cache-dir .

from nginx:1.27-alpine
COPY --from=build /app /usr/share/nginx/html
`

const HEREDOC = `FROM debian:bookworm-slim
RUN <<EOF
FROM not-an-instruction:1
apt-get update
EOF
COPY <<-"CONF" /etc/app.conf
\tFROM also-not:2
\tCONF
FROM busybox:1.37
`

const WINDOWS =
  '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 `\r\n    AS base\r\nRUN dir C:\\\r\n'

// prettier-ignore
const FILES: [string, string, string, [string, number, string][]][] = [
  ['multi-stage', MULTI_STAGE, '\\', [
    ['ARG', 2, 'PYTHON=3.12'],
    ['FROM', 3, 'python:${PYTHON}-slim AS build'],
    ['RUN', 4, 'pip install     --no-cache-dir .'],
    ['FROM', 8, 'nginx:1.27-alpine'],
    ['COPY', 9, '--from=build /app /usr/share/nginx/html']
  ]],
  ['heredocs', HEREDOC, '\\', [
    ['FROM', 1, 'debian:bookworm-slim'],
    ['RUN', 2, '<<EOF'],
    ['COPY', 6, '<<-"CONF" /etc/app.conf'],
    ['FROM', 9, 'busybox:1.37']
  ]],
  ['Windows, backtick escape, CRLF', WINDOWS, '`', [
    ['FROM', 2, 'mcr.microsoft.com/windows/servercore:ltsc2022     AS base'],
    ['RUN', 4, 'dir C:\\']
  ]]
]

describe('readInstructions', () => {
  it.each(FILES)('%s', (_name, text, escape, expected) => {
    const read = readInstructions(text)
    expect(read.problem).toBeUndefined()
    expect(read.escape).toBe(escape)
    expect(read.instructions.map(i => [i.keyword, i.line, i.args.text.trim()])).toEqual(expected)
  })

  it('keeps each character of the arguments at its offset in the file', () => {
    const from = readInstructions(MULTI_STAGE).instructions[1]!
    const at = from.args.at[from.args.text.indexOf('python')] as number
    expect(MULTI_STAGE.slice(at, at + 6)).toBe('python')
  })

  // prettier-ignore
  const REFUSED: [string, string, number, RegExp][] = [
    ['an unterminated heredoc', 'FROM alpine:3.20\nRUN <<EOF\necho hi\n', 2, /unterminated heredoc <<EOF/],
    ['a bad escape directive', '# escape=x\nFROM alpine:3.20\n', 1, /escape/]
  ]
  it.each(REFUSED)('refuses %s', (_name, text, line, message) => {
    const read = readInstructions(text)
    expect(read.problem?.line).toBe(line)
    expect(read.problem?.message).toMatch(message)
  })
})
