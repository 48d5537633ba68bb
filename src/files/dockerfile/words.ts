/**
 * Words of a Dockerfile instruction, split as BuildKit's shell lexer does
 * with raw quotes and escapes: on whitespace outside quotes, quotes kept.
 */
import type { Located } from '../located.js'
import { LocatedBuilder, locatedAt } from '../located.js'

/** The words of `source`, each character at its offset; quotes and escapes stay in. */
export function splitWords(source: Located, escape: string): Located[] {
  const words: Located[] = []
  let word = new LocatedBuilder()
  let length = 0
  let quote = ''
  const { text } = source
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (!quote && /\s/.test(char)) {
      if (length) words.push(word.build())
      word = new LocatedBuilder()
      length = 0
      continue
    }
    if (char === escape && quote !== "'" && i + 1 < text.length) {
      word.pushRange(source, i, i + 2)
      length += 2
      i++
      continue
    }
    if (quote ? char === quote : char === '"' || char === "'") quote = quote ? '' : char
    word.pushRange(source, i, i + 1)
    length++
  }
  if (length) words.push(word.build())
  return words
}

/** A word without its quotes and escapes (for names: heredoc terminators, stage names). */
export function unquote(word: string, escape = '\\'): string {
  let out = ''
  let quote = ''
  for (let i = 0; i < word.length; i++) {
    const char = word[i] as string
    if (char === escape && quote !== "'" && i + 1 < word.length) out += word[++i]
    else if (quote ? char === quote : char === '"' || char === "'") quote = quote ? '' : char
    else out += char
  }
  return out
}

export interface Heredoc {
  readonly name: string
  /** `<<-`: the terminator may be indented with tabs. */
  readonly chomp: boolean
}

const HEREDOC = /^(\d*)<<(-?)([^<]*)$/

/** The heredocs an instruction opens (`<<EOF`, `<<-"EOT"`, `3<<'END'`), in order. */
export function heredocs(line: string): Heredoc[] {
  const found: Heredoc[] = []
  for (const word of splitWords(locatedAt(line, 0), '\\')) {
    const match = HEREDOC.exec(word.text)
    if (!match?.[3]) continue
    const name = unquote(match[3])
    if (name && !/\s/.test(name)) found.push({ name, chomp: match[2] === '-' })
  }
  return found
}
