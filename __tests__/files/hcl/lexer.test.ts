/** HCL tokens: strings with where they lie and whether they read as written; comments and heredocs out of the way. */
import { describe, expect, it } from '@jest/globals'
import { tokenize } from '../../../src/files/hcl/lexer.js'

const kinds = (text: string) => tokenize(text).map(t => `${t.kind}:${t.text}`)

describe('tokenize', () => {
  // prettier-ignore
  it.each([
    ['image = "nginx:1.25"', ['ident:image', 'punct:=', 'string:nginx:1.25']],
    ['tags = ["a", "b"]\n', ['ident:tags', 'punct:=', 'punct:[', 'string:a', 'punct:,', 'string:b', 'punct:]', 'newline:\n']],
    ['# image = "x:1"\nx = 1 // "y:2"\n/* "z:3" */', ['newline:\n', 'ident:x', 'punct:=', 'other:1', 'newline:\n']],
    ['a == b != c => d', ['ident:a', 'other:==', 'ident:b', 'other:!=', 'ident:c', 'other:=>', 'ident:d']],
    ['data = <<EOF\nimage = "hidden:1"\nEOF\n', ['ident:data', 'punct:=', 'other:<<', 'newline:\n']],
    ['\uFEFFtarget "app" {}', ['ident:target', 'string:app', 'punct:{', 'punct:}']],
    ['x = "${var.tag}"', ['ident:x', 'punct:=', 'string:${var.tag}']],
    ['my-name_2 = 1', ['ident:my-name_2', 'punct:=', 'other:1']]
  ])('tokenize(%j)', (text, out) => {
    expect(kinds(text)).toEqual(out)
  })

  it('places a string at its first character inside the quotes', () => {
    const text = 'image = "redis:7.2"'
    const token = tokenize(text).find(t => t.kind === 'string')
    expect(token?.start).toBe(text.indexOf('redis'))
    expect(text.slice(token?.start, (token?.start ?? 0) + 9)).toBe('redis:7.2')
  })

  // prettier-ignore
  it.each([
    ['"nginx:1.25"', true],
    ['"nginx:${var.tag}"', false],
    ['"%{if x}a%{endif}"', false],
    ['"a\\"b"', false],
    ['"unterminated\n', false],
    ['""', true]
  ])('the string of %j is literal: %j', (text, literal) => {
    expect(tokenize(text)[0]?.literal).toBe(literal)
  })

  it('keeps a template holding quotes as one string', () => {
    const tokens = tokenize('x = "${lookup(m, "k")}:1"\n')
    expect(tokens.map(t => t.kind)).toEqual(['ident', 'punct', 'string', 'newline'])
    expect(tokens[2]?.text).toBe('${lookup(m, "k")}:1')
  })
})
