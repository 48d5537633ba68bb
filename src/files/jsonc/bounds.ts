/**
 * What devcontainer.json may cost before jsonc-parser reads it (issue 17):
 * the parser recurses once per open bracket (5,000 `[` overflowed the
 * stack) and builds a node per value (a 5 MiB array: 300 MiB). One linear
 * pass counts brackets and commas outside strings and comments. A string
 * ends at any line break, as the parser's does, or earlier: counting too
 * much only refuses a weird file, counting too little would miss one.
 */
import { MAX_JSON_ITEMS, MAX_JSON_NESTING, nestsTooDeep } from '../limits.js'

export interface JsonBoundProblem {
  readonly offset: number
  readonly message: string
}

const isLineBreak = (char: string | undefined) =>
  char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029'

/** The offset after the string, line comment or block comment starting at `i`, else `i`. */
function skipQuoted(text: string, i: number): number {
  if (text[i] === '"') {
    let at = i + 1
    while (at < text.length && text[at] !== '"' && !isLineBreak(text[at])) {
      at += text[at] === '\\' && !isLineBreak(text[at + 1]) ? 2 : 1
    }
    return at + 1
  }
  if (text[i] !== '/') return i
  if (text[i + 1] === '/') {
    while (i < text.length && !isLineBreak(text[i])) i++
    return i
  }
  if (text[i + 1] !== '*') return i
  const close = text.indexOf('*/', i + 2)
  return close < 0 ? text.length : close + 2
}

/** Why `text` is not to be parsed, or undefined when it may be. */
export function jsonBoundsProblem(text: string): JsonBoundProblem | undefined {
  let depth = 0
  let items = 0
  for (let i = 0; i < text.length;) {
    const next = skipQuoted(text, i)
    if (next !== i) {
      i = next
      continue
    }
    const char = text[i]
    if (char === '[' || char === '{') depth++
    else if ((char === ']' || char === '}') && depth > 0) depth--
    if (char === '[' || char === '{' || char === ',') items++
    if (depth > MAX_JSON_NESTING) {
      return { offset: i, message: nestsTooDeep(MAX_JSON_NESTING) }
    }
    if (items > MAX_JSON_ITEMS) {
      const message = `holds more than ${MAX_JSON_ITEMS.toLocaleString('en-US')} values; not read.`
      return { offset: i, message }
    }
    i++
  }
  return undefined
}
