/**
 * YAML files built to exhaust the yaml package (issue 17): nesting that
 * overflows its recursion (50,000 `- ` on one line killed the process),
 * node counts that cost seconds and a GiB. Each is refused before parsing,
 * as the file's problem at the line where the bound was passed; real shapes
 * near the bounds are still read. Outcomes are asserted, not timings: the
 * old code took minutes or crashed on these inputs.
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { MAX_YAML_ITEMS, MAX_YAML_NESTING } from '../../../src/files/limits.js'
import { yamlBoundsProblem } from '../../../src/files/yaml/bounds.js'

const MIB = 1024 * 1024
const lines = (n: number, line: (i: number) => string) =>
  `${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`
/** `levels` maps, each key one space deeper than the last. */
const indented = (levels: number) => `${lines(levels, i => `${' '.repeat(i)}k${i}:`)}`
const NESTS = `nests more than ${MAX_YAML_NESTING} levels deep; not read.`
const HOLDS = `holds more than ${MAX_YAML_ITEMS.toLocaleString('en-US')} YAML lines and items; not read.`

// prettier-ignore
const REFUSED: [string, () => string, number, string][] = [
  ['50,000 compact `- ` on one line (killed node)', () => `${'- '.repeat(50_000)}a\n`, 1, NESTS],
  ['5,000 nested flow sequences', () => `${'['.repeat(5000)}${']'.repeat(5000)}\n`, 1, NESTS],
  ['3,000 nested flow maps', () => `${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`, 1, NESTS],
  ['3,000 maps of ever deeper indentation', () => `${indented(3000)} v\n`, 51, NESTS],
  ['brackets in quotes cannot hide the depth', () => `${'[ "]", '.repeat(500)}1${']'.repeat(500)}\n`, 1, NESTS],
  ['a block scalar cannot hide what follows it', () => `s: |\n  text\n${indented(500)}`, 53, NESTS],
  ['comments and a document start in between', () => `# a\n---\n${'- '.repeat(200)}a\n`, 3, NESTS],
  ['a 5 MiB file of `- a` lines (17 s, 1.1 GiB)', () => '- a\n'.repeat((5 * MIB) / 4), 50_001, HOLDS],
  ['a flow sequence of 1,000,000 items', () => `[${'a,'.repeat(1_000_000)}a]\n`, 1, HOLDS],
  ['500,000 documents', () => '---\na: b\n'.repeat(500_000), 66_667, HOLDS],
  ['200,000 aliases', () => `a: &a [x]\n${lines(200_000, i => `k${i}: *a`)}`, 100_000, HOLDS],
  ['a Helm template past the bound', () => `{{- if .Values.on }}\n${'- a\n'.repeat(200_000)}{{- end }}\n`, 50_000, HOLDS],
  ['lines of compact `- - - -` items', () => lines(30_000, () => '- - - a'), 25_001, HOLDS]
]

describe('YAML bounds', () => {
  it.each(REFUSED)('refuses %s', (_name, text, line, message) => {
    const scan = findReferences('hostile.yml', text())
    expect(scan.references).toEqual([])
    expect(scan.problem).toEqual({ file: 'hostile.yml', line, message })
  })

  // prettier-ignore
  const READ: [string, () => string, string[]][] = [
    ['40 levels of 2-space indentation', () => `${lines(40, i => `${'  '.repeat(i)}k${i}:`)}${'  '.repeat(40)}image: nginx:1.27\n`, ['nginx:1.27']],
    ['a block scalar of 300 indentation levels', () => `image: nginx:1.27\nscript: |\n${lines(300, i => `  ${' '.repeat(i)}x`)}`, ['nginx:1.27']],
    ['brackets in quotes and comments', () => `a: "${'['.repeat(500)}"\nb: '${'{'.repeat(500)}'\n# ${'['.repeat(500)}\nimage: nginx:1.27\n`, ['nginx:1.27']],
    ['20,000 aliases of one service (minutes before)', () => `x-a: &a {image: nginx:1.27}\nservices:\n${lines(20_000, i => `  s${i}: *a`)}`, ['nginx:1.27']],
    ['a 5 MiB scalar', () => `image: nginx:1.27\nblob: "${'x'.repeat(5 * MIB - 40)}"\n`, ['nginx:1.27']]
  ]

  it.each(READ)('reads %s', (_name, text, written) => {
    const scan = findReferences('real.yml', text())
    expect(scan.problem).toBeUndefined()
    expect(scan.references.map(r => r.written)).toEqual(written)
  })

  it('leaves a file at the bounds to the parser', () => {
    expect(yamlBoundsProblem(lines(MAX_YAML_ITEMS, i => `k${i}: v`))).toBeUndefined()
    expect(yamlBoundsProblem(lines(MAX_YAML_ITEMS + 1, i => `k${i}: v`))).toBeDefined()
    // The first line's indentation counts two levels (a map and a sequence may share it).
    const flow = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
    expect(yamlBoundsProblem(flow(MAX_YAML_NESTING - 2))).toBeUndefined()
    expect(yamlBoundsProblem(flow(MAX_YAML_NESTING - 1))).toBeDefined()
  })
})
