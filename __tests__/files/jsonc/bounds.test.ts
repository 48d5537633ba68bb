/**
 * devcontainer.json files built to exhaust jsonc-parser (issue 17): nesting
 * that overflowed its recursion, arrays that cost 300 MiB. Refused before
 * parsing at the line where the bound was passed; brackets in strings and
 * comments neither count nor hide anything.
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { MAX_JSON_ITEMS, MAX_JSON_NESTING } from '../../../src/files/limits.js'

const MIB = 1024 * 1024
const NESTS = `nests more than ${MAX_JSON_NESTING} levels deep; not read.`
const HOLDS = `holds more than ${MAX_JSON_ITEMS.toLocaleString('en-US')} values; not read.`
const IMAGE = '"image": "mcr.microsoft.com/devcontainers/base:1.0"'

// prettier-ignore
const REFUSED: [string, () => string, number, string][] = [
  ['100,000 nested arrays (stack overflow)', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 1, NESTS],
  ['500,000 nested objects', () => `${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}`, 1, NESTS],
  ['nesting on line 3', () => `{\n${IMAGE},\n"x": ${'['.repeat(200)}${']'.repeat(200)}}`, 3, NESTS],
  ['strings cannot hide the depth', () => `{${IMAGE}, "x": ${'["]", '.repeat(200)}1${']'.repeat(200)}}`, 1, NESTS],
  ['a string ends at its line', () => `{${IMAGE}, "x": "\n${'['.repeat(200)}\n"}`, 2, NESTS],
  ['a 5 MiB array (300 MiB)', () => `{${IMAGE}, "x": [${'1,'.repeat(2.5 * MIB)}1]}`, 1, HOLDS]
]

// prettier-ignore
const READ: [string, string][] = [
  ['brackets in strings and comments', `{// [[[[\n/* ${'{'.repeat(500)} */\n"x": "${'['.repeat(500)}",\n${IMAGE}}`],
  ['escaped quotes', `{"x": "\\"${'['.repeat(500)}\\"", ${IMAGE}}`],
  ['700,000 comments', `{${'/* x */'.repeat(700_000)}${IMAGE}}`]
]

describe('devcontainer.json bounds', () => {
  it.each(REFUSED)('refuses %s', (_name, text, line, message) => {
    const scan = findReferences('.devcontainer/devcontainer.json', text())
    expect(scan.references).toEqual([])
    expect(scan.problem).toEqual({ file: '.devcontainer/devcontainer.json', line, message })
  })

  it.each(READ)('reads %s', (_name, text) => {
    const scan = findReferences('devcontainer.json', text)
    expect(scan.problem).toBeUndefined()
    expect(scan.references.map(r => r.written)).toEqual([
      'mcr.microsoft.com/devcontainers/base:1.0'
    ])
  })
})
