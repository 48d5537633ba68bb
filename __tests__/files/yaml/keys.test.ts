/** Duplicate map keys, found as the yaml package would report them, in time linear in the document. */
import { describe, expect, it } from '@jest/globals'
import { parseDocument } from 'yaml'
import { firstDuplicateKey } from '../../../src/files/yaml/keys.js'

const parse = (text: string) => parseDocument(text, { uniqueKeys: false })

describe('firstDuplicateKey', () => {
  // prettier-ignore
  it.each([
    ['image: a:1\ntag: 2\n', undefined],
    ['image: a:1\nimage: b:2\n', 'image: a:1\n'.length],
    ['services:\n  web:\n    image: a:1\n    image: b:2\n', 'services:\n  web:\n    image: a:1\n    '.length],
    ['- {a: 1, a: 2}\n', '- {a: 1, '.length],
    ['a: 1\nb:\n  c: 1\n  c: 2\na: 3\n', 'a: 1\nb:\n  c: 1\n  '.length],
    ['1: x\n"1": y\n', undefined],
    ['[a, a]\n', undefined]
  ])('in %j at %j', (text, start) => {
    const errors = firstDuplicateKey(parse(text))
    expect(errors.map(e => e.pos[0])).toEqual(start === undefined ? [] : [start])
    for (const error of errors) expect(error.message).toBe('Map keys must be unique')
  })

  it('agrees with the package on where the first duplicate is', () => {
    const text = 'x:\n  k: 1\n  k: 2\ny: 1\ny: 2\n'
    const own = parseDocument(text).errors.map(e => e.pos[0])
    expect(firstDuplicateKey(parse(text)).map(e => e.pos[0])).toEqual(own.slice(0, 1))
  })

  it('finds the one repeat among 120,000 keys', () => {
    const text =
      Array.from({ length: 120_000 }, (_, i) => `k${i}: ${i}`).join('\n') + '\nk7: again\n'
    const errors = firstDuplicateKey(parse(text))
    expect(errors.map(e => text.slice(e.pos[0], e.pos[0] + 9))).toEqual(['k7: again'])
  })
})
