/**
 * HCL files built to exhaust the reader (issue 17): a 5 MiB tuple of
 * tokens (440 MiB), strings in templates in strings (a recursion as deep as
 * the file). Refused at the line where the bound was passed.
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { MAX_HCL_TOKENS, MAX_TEMPLATE_NESTING } from '../../../src/files/limits.js'

const MIB = 1024 * 1024
const TOKENS = `holds more than ${MAX_HCL_TOKENS.toLocaleString('en-US')} HCL tokens; not read.`
const TEMPLATES = `nests templates more than ${MAX_TEMPLATE_NESTING} deep; not read.`

// prettier-ignore
const REFUSED: [string, () => string, number, string][] = [
  ['a 5 MiB tuple (440 MiB)', () => `a = [${'1,'.repeat(2.5 * MIB)}1]\n`, 1, TOKENS],
  ['870,000 attributes', () => 'x = 1\n'.repeat(870_000), 250_001, TOKENS],
  ['100,000 strings in templates (stack overflow)', () => `a = "${'${"'.repeat(100_000)}\n`, 1, TEMPLATES],
  ['templates on line 2', () => `b = 1\na = "${'${"'.repeat(100)}\n`, 2, TEMPLATES]
]

describe('HCL bounds', () => {
  it.each(REFUSED)('refuses %s', (_name, text, line, message) => {
    const scan = findReferences('main.tf', text())
    expect(scan.references).toEqual([])
    expect(scan.problem).toEqual({ file: 'main.tf', line, message })
  })

  it('reads templates nested a few deep and deep blocks', () => {
    const text = `a = "\${"\${"x"}"}"\n${'b {\n'.repeat(1000)}${'}\n'.repeat(1000)}`
    expect(findReferences('main.tf', text).problem).toBeUndefined()
  })
})
