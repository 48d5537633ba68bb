/**
 * What the command line prints: the tag alone for scripts, the tag and a
 * short aligned table on a terminal, the action's outputs as JSON, and a
 * stderr log that shows progress only when asked and never a secret.
 */
import { describe, expect, it } from '@jest/globals'
import {
  alignColumns,
  formatJson,
  formatReport,
  formatTag,
  notAVersion,
  printable,
  redact,
  stderrLogger
} from '../../src/cli/print.js'
import type { LookupResult } from '../../src/lookup.js'
import { parsePlatform } from '../../src/registry/platform.js'
import { DIGEST, resultOf } from '../helpers/lookups.js'
const ARM_DIGEST = `sha256:${'b'.repeat(64)}`

const PYTHON_TAGS = ['3.12.1', '3.12.2', '3.13.0', '3.13.1', 'latest', '3.14.0rc1', '3.13-slim']

describe('formatTag', () => {
  it('is the chosen tag and a line end, nothing else', () => {
    expect(formatTag(resultOf('python', PYTHON_TAGS))).toBe('3.13.1\n')
  })
})

describe('formatReport', () => {
  it.each<[string, LookupResult, ReturnType<typeof parsePlatform>, string]>([
    [
      'an update, newer and current tags marked',
      resultOf('python:3.12.1', PYTHON_TAGS),
      undefined,
      `3.13.1

image      python
current    3.12.1 → 3.13.1 (minor update; 3 newer tags)
digest     ${DIGEST}
reference  docker.io/library/python:3.13.1@${DIGEST}
tags       4 of 7 pass the filters

TAG     VERSION  VARIANT
3.13.1  3.13.1   -        newer
3.13.0  3.13.0   -        newer
3.12.2  3.12.2   -        newer
3.12.1  3.12.1   -        current
`
    ],
    [
      'no current tag, a platform digest, dropped names and a quota',
      resultOf(
        'ghcr.io/o/app',
        ['1.0.0-alpine', '1.1.0-alpine', '1.1.0'],
        { variant: 'alpine' },
        {
          platformDigest: ARM_DIGEST,
          dropped: 2,
          rateLimit: { limit: 100, remaining: 42, windowSeconds: 21600 }
        }
      ),
      parsePlatform('linux/arm64'),
      `1.1.0-alpine

image        ghcr.io/o/app
digest       ${DIGEST}
linux/arm64  ${ARM_DIGEST}
reference    ghcr.io/o/app:1.1.0-alpine@${DIGEST}
tags         2 of 3 pass the filters; 2 invalid tag names dropped
pull quota   42 of 100 left per 6 h

TAG           VERSION  VARIANT
1.1.0-alpine  1.1.0    alpine
1.0.0-alpine  1.0.0    alpine
`
    ],
    [
      'up to date',
      resultOf('x/app:2.0', ['1.9', '2.0', '2.0.1']),
      undefined,
      `2.0

image      x/app
current    2.0 is up to date
digest     ${DIGEST}
reference  docker.io/x/app:2.0@${DIGEST}
tags       2 of 3 pass the filters

TAG  VERSION  VARIANT
2.0  2.0      -        current
1.9  1.9      -
`
    ]
  ])('%s', (_, result, platform, text) => {
    expect(formatReport(result, platform ? { platform } : {})).toBe(text)
  })

  it('says when the current tag is not a version', () => {
    const text = formatReport(resultOf('x/app', ['1.0', '1.1'], {}, {}), {})
    expect(text).not.toContain('current')
    const latest = resultOf('x/app:latest', ['1.0', '1.1', 'latest'])
    expect(formatReport(latest)).toMatch(/^current {4}latest is not a version$/m)
  })

  it.each([
    ['latest', 'not a version', 'latest is not a version'],
    ['sha-1a2b3c', 'a commit hash', 'sha-1a2b3c is not a version (a commit hash)']
  ])('notAVersion(%s, %s)', (tag, reason, text) => {
    expect(notAVersion({ tag, reason })).toBe(text)
  })

  it('lists the newest ten and says how many more pass', () => {
    const tags = Array.from({ length: 14 }, (_, i) => `1.${i}.0`)
    const lines = formatReport(resultOf('x/app', tags)).trimEnd().split('\n')
    expect(lines.at(-1)).toBe('… and 4 more passing tags')
    expect(lines.filter(l => /^1\.\d+\.0 /.test(l))).toHaveLength(10)
    expect(lines).toContain('1.13.0  1.13.0   -')
  })
})

describe('formatJson', () => {
  it('is one JSON object with the outputs of the action, as strings', () => {
    const text = formatJson(resultOf('python:3.12.1', PYTHON_TAGS), '3.12.1')
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual({
      tag: '3.13.1',
      version: '3.13.1',
      digest: DIGEST,
      'platform-digest': '',
      reference: `docker.io/library/python:3.13.1@${DIGEST}`,
      tags: JSON.stringify(['3.13.1', '3.13.0', '3.12.2', '3.12.1']),
      count: '4',
      total: '7',
      current: '3.12.1',
      released: '',
      'update-available': 'true',
      'update-type': 'minor',
      'newer-tags': JSON.stringify(['3.13.1', '3.13.0', '3.12.2'])
    })
  })
})

describe('formatJson with extra fields', () => {
  it('adds them beside the outputs, and an output is never replaced by accident of order', () => {
    const json = JSON.parse(
      formatJson(resultOf('python:3.12.1', PYTHON_TAGS), '3.12.1', { explain: { a: 1 } })
    )
    expect(json).toMatchObject({ tag: '3.13.1', current: '3.12.1', explain: { a: 1 } })
  })
})

describe('printable', () => {
  it.each([
    ['Dockerfile', 'Dockerfile'],
    ['dir with space/compose.yaml', 'dir with space/compose.yaml'],
    ['naïve/Dockerfile', 'naïve/Dockerfile'],
    ['a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['a\nb\tc\rd', 'a\\x0ab\\x09c\\x0dd'],
    ['x\u007fy\u009bz', 'x\\x7fy\\x9bz'],
    ['lmth.\u202eexe', 'lmth.\\u202eexe'],
    ['\u2066iso\u2069\u200f', '\\u2066iso\\u2069\\u200f']
  ])('%j', (text, shown) => {
    expect(printable(text)).toBe(shown)
  })
})

describe('alignColumns', () => {
  it.each<[string[][], string[]]>([
    [
      [
        ['a', 'bb', 'c'],
        ['ddd', 'e', '']
      ],
      ['a    bb  c', 'ddd  e']
    ],
    [[['→ x', 'y']], ['→ x  y']],
    [
      [
        ['é', 'z'],
        ['ab', 'z']
      ],
      ['é   z', 'ab  z']
    ]
  ])('%j', (rows, lines) => {
    expect(alignColumns(rows)).toEqual(lines)
  })
})

describe('stderrLogger', () => {
  it.each([
    [{ progress: false, verbose: false }, ['warning: w']],
    [{ progress: true, verbose: false }, ['i', 'warning: w']],
    [{ progress: true, verbose: true }, ['d', 'i', 'warning: w']]
  ])('%j', (options, lines) => {
    const written: string[] = []
    const log = stderrLogger(line => written.push(line), options)
    log.debug('d')
    log.info('i')
    log.warning('w')
    expect(written.map(l => l.replace(/^debug: /, ''))).toEqual(lines)
  })
})

describe('redact', () => {
  it.each<[string, string[], string]>([
    ['token abc123 refused', ['abc123'], 'token *** refused'],
    ['Basic YWxpY2U6czNjcmV0 and s3cret', ['s3cret', 'YWxpY2U6czNjcmV0'], 'Basic *** and ***'],
    ['a longer-secret here', ['secret', 'longer-secret'], 'a *** here'],
    ['twice: pw pw', ['pw'], 'twice: *** ***'],
    ['nothing to hide', ['', 'absent'], 'nothing to hide']
  ])('%j', (text, secrets, shown) => {
    expect(redact(text, secrets)).toBe(shown)
  })
})
