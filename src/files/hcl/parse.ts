/**
 * The literal strings of an HCL file, each with the blocks it lies in and
 * the attribute and object keys that lead to it:
 * `target "x" { contexts = { debian = "docker-image://…" } }` gives
 * blocks [target "x"], keys [contexts, debian]. Anything else (expressions,
 * tuples, `for`, function calls) is skipped without being read.
 */
import type { HclToken } from './lexer.js'
import { tokenize } from './lexer.js'

export interface Block {
  readonly type: string
  readonly labels: readonly string[]
}

export interface LiteralString {
  readonly blocks: readonly Block[]
  readonly keys: readonly string[]
  /** The string's token: its text (between the quotes) and where that starts. */
  readonly value: HclToken
}

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' }
const CLOSERS = new Set(['}', ']', ')'])
/** Deeper than any real file nests; a hostile one stops being read there. */
const MAX_DEPTH = 64

class Parser {
  readonly found: LiteralString[] = []
  constructor(private readonly tokens: readonly HclToken[]) {}

  private is(i: number, kind: HclToken['kind'], text?: string): boolean {
    const token = this.tokens[i]
    return token !== undefined && token.kind === kind && (text === undefined || token.text === text)
  }

  /** The index of the token that ends an expression starting at `i` (not consumed). */
  private skipExpression(i: number): number {
    let depth = 0
    for (; i < this.tokens.length; i++) {
      const token = this.tokens[i] as HclToken
      if (token.kind === 'punct' && OPENERS[token.text]) depth++
      else if (token.kind === 'punct' && CLOSERS.has(token.text)) {
        if (depth === 0) return i
        depth--
      } else if (depth === 0 && (token.kind === 'newline' || token.text === ',')) return i
    }
    return i
  }

  /** After the `{` at `i - 1`: the index after its matching `}`. */
  private skipBraces(i: number): number {
    const end = this.skipExpression(i)
    return this.is(end, 'punct', '}') ? end + 1 : end
  }

  private value(i: number, blocks: readonly Block[], keys: readonly string[]): number {
    const token = this.tokens[i]
    const next = this.tokens[i + 1]
    const ends = !next || next.kind === 'newline' || [',', '}', ']'].includes(next.text)
    if (token?.kind === 'string' && ends) {
      if (token.literal) this.found.push({ blocks, keys, value: token })
      return i + 1
    }
    if (this.is(i, 'punct', '{') && blocks.length + keys.length < MAX_DEPTH) {
      return this.object(i + 1, blocks, keys)
    }
    return this.skipExpression(i)
  }

  private object(i: number, blocks: readonly Block[], keys: readonly string[]): number {
    for (;;) {
      while (this.is(i, 'newline') || this.is(i, 'punct', ',')) i++
      if (i >= this.tokens.length) return i
      if (this.is(i, 'punct', '}')) return i + 1
      const key = this.tokens[i] as HclToken
      const named = key.kind === 'ident' || (key.kind === 'string' && key.literal)
      if (!named || !(this.is(i + 1, 'punct', '=') || this.is(i + 1, 'punct', ':'))) {
        return this.skipBraces(i)
      }
      i = this.value(i + 2, blocks, [...keys, key.text])
    }
  }

  /** A body's attributes and blocks from `i` to its `}` (or the end); the index after it. */
  body(i: number, blocks: readonly Block[]): number {
    while (i < this.tokens.length) {
      const token = this.tokens[i] as HclToken
      if (token.kind === 'newline') i++
      else if (token.kind === 'punct' && token.text === '}') return i + 1
      else if (token.kind === 'ident' && this.is(i + 1, 'punct', '=')) {
        i = this.value(i + 2, blocks, [token.text])
      } else if (token.kind === 'ident') {
        i = this.block(i, blocks)
      } else i = Math.max(this.skipExpression(i), i + 1)
    }
    return i
  }

  private block(i: number, blocks: readonly Block[]): number {
    const type = (this.tokens[i] as HclToken).text
    const labels: string[] = []
    let at = i + 1
    while (this.is(at, 'string') || this.is(at, 'ident'))
      labels.push((this.tokens[at++] as HclToken).text)
    if (!this.is(at, 'punct', '{')) return Math.max(this.skipExpression(at), i + 1)
    if (blocks.length >= MAX_DEPTH) return this.skipBraces(at + 1)
    return this.body(at + 1, [...blocks, { type, labels }])
  }
}

export function literalStrings(text: string): LiteralString[] {
  const parser = new Parser(tokenize(text))
  parser.body(0, [])
  return parser.found
}
