/**
 * Functions stay readable on one screen: none in src/ over 60 lines
 * (scripts/function-lengths.mjs, also runnable with a limit of your own).
 */
import { describe, expect, it } from '@jest/globals'
import { longFunctions, longFunctionsInSrc } from '../../scripts/function-lengths.mjs'

describe('function lengths', () => {
  it('no function of src/ is over 60 lines', () => {
    expect(longFunctionsInSrc(60)).toEqual([])
  })

  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i}`).join('\n')
  // prettier-ignore
  const CASES: [string, string, string[]][] = [
    ['a declaration of 5 lines', `function five() {\n${body(3)}\n}`, ['five']],
    ['a declaration of 4 lines', `function four() {\n${body(2)}\n}`, []],
    ['an arrow in a const', `export const arrow = () => {\n${body(3)}\n}`, ['arrow']],
    ['a method', `class A {\n  method() {\n${body(3)}\n  }\n}`, ['method']],
    ['a callback inside a short function', `function outer() {\n  return [1].map(x => {\n${body(3)}\n  })\n}`, ['outer', '(anonymous)']],
    ['an overload signature (no body)', `function f(a: string): string\nfunction f(a: string) {\n  return a\n}`, []]
  ]
  it.each(CASES)('over 4 lines: %s', (_name, text, names) => {
    expect(longFunctions('probe.ts', text, 4).map(f => f.name)).toEqual(names)
  })
})
