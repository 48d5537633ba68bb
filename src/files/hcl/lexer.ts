/**
 * Tokens of HCL (Terraform, docker buildx bake), as much as finding literal
 * strings in blocks and objects needs: identifiers, strings (with where
 * they lie and whether they are literal: no escapes, no `${…}` or `%{…}`
 * templates), punctuation and newlines. Comments (`#`, `//`, `/* *\/`) are
 * dropped; heredocs are one opaque token.
 */
import { MAX_HCL_TOKENS, MAX_TEMPLATE_NESTING, ReadLimitError } from '../limits.js'

/** A bound of src/files/limits.ts passed at `offset` of the text. */
export class HclLimitError extends ReadLimitError {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

export type TokenKind = 'ident' | 'string' | 'punct' | 'newline' | 'other'

export interface HclToken {
  readonly kind: TokenKind
  /** The identifier, the punctuation, or a string's text between its quotes. */
  readonly text: string
  readonly start: number
  /** A string that reads as written: no escape, no template. */
  readonly literal?: boolean
}

/** The end of a template `${…}` or `%{…}` opened at `start` (quotes inside it skipped). */
function templateEnd(text: string, start: number, nesting: number): number {
  // Strings in templates in strings…: a recursion as deep as the file makes it.
  if (nesting > MAX_TEMPLATE_NESTING) {
    const message = `nests templates more than ${MAX_TEMPLATE_NESTING} deep; not read.`
    throw new HclLimitError(message, start)
  }
  let depth = 0
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') return i
    if (char === '"') i = stringEnd(text, i, nesting) - 1
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/** The offset after the closing quote of the string opened at `start` (or its line's end). */
function stringEnd(text: string, start: number, nesting = 0): number {
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i]
    if (char === '\n') return i
    if (char === '\\') i++
    else if (char === '"') return i + 1
    else if ((char === '$' || char === '%') && text[i + 1] === '{')
      i = templateEnd(text, i + 1, nesting + 1) - 1
  }
  return text.length
}

/** The offset after a heredoc (`<<EOF` … `EOF`) whose marker starts at `start`, or undefined. */
function heredocEnd(text: string, start: number): number | undefined {
  const marker = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text.slice(start, start + 80))
  if (!marker) return undefined
  let at = start + marker[0].length
  while (at < text.length) {
    const newline = text.indexOf('\n', at)
    const end = newline < 0 ? text.length : newline
    if (text.slice(at, end).trim() === marker[1]) return end
    at = end + 1
  }
  return text.length
}

function skipComment(text: string, i: number): number {
  if (text[i] === '#' || (text[i] === '/' && text[i + 1] === '/')) {
    const newline = text.indexOf('\n', i)
    return newline < 0 ? text.length : newline
  }
  if (text[i] === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2)
    return close < 0 ? text.length : close + 2
  }
  return i
}

export function tokenize(text: string): HclToken[] {
  const tokens: HclToken[] = []
  let i = text.startsWith('\uFEFF') ? 1 : 0
  while (i < text.length) {
    // Each token costs about 80 bytes: a 5 MiB file of `1,` took 440 MiB.
    if (tokens.length > MAX_HCL_TOKENS) {
      const message = `holds more than ${MAX_HCL_TOKENS.toLocaleString('en-US')} HCL tokens; not read.`
      throw new HclLimitError(message, i)
    }
    const char = text[i] as string
    const afterComment = skipComment(text, i)
    if (afterComment !== i) {
      i = afterComment
    } else if (char === '\n') {
      tokens.push({ kind: 'newline', text: '\n', start: i++ })
    } else if (/\s/.test(char)) {
      i++
    } else if (char === '"') {
      const end = stringEnd(text, i)
      const closed = text[end - 1] === '"' && end - 1 > i
      const inner = text.slice(i + 1, closed ? end - 1 : end)
      const literal = closed && !/[\\]|[$%]\{/.test(inner)
      tokens.push({ kind: 'string', text: inner, start: i + 1, literal })
      i = end
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i, i + 256))?.[0] ?? char
      tokens.push({ kind: 'ident', text: word, start: i })
      i += word.length
    } else if (char === '<' && text[i + 1] === '<' && heredocEnd(text, i) !== undefined) {
      tokens.push({ kind: 'other', text: '<<', start: i })
      i = heredocEnd(text, i) as number
    } else if (
      '=!<>'.includes(char) &&
      (text[i + 1] === '=' || (char === '=' && text[i + 1] === '>'))
    ) {
      tokens.push({ kind: 'other', text: text.slice(i, i + 2), start: i })
      i += 2
    } else {
      tokens.push({ kind: '{}[](),=:'.includes(char) ? 'punct' : 'other', text: char, start: i++ })
    }
  }
  return tokens
}
