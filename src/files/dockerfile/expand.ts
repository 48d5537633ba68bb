/**
 * Expanding one Dockerfile word as BuildKit's shell lexer does (quotes
 * removed, escapes applied, `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`,
 * `${NAME:+word}`, `${NAME+word}`), keeping where each character came from.
 * A variable without a value, or a form we do not read (`${NAME%…}`), leaves
 * the word unresolved: what the image is then depends on the build.
 */
import type { Located, Via } from '../located.js'
import { LocatedBuilder } from '../located.js'

/** Variables in scope: a value, or null for an ARG without a default. */
export type Variables = ReadonlyMap<string, Located | null>

class Unresolved extends Error {}

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9])/
const BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?/

/** `${NAME:-word}` and `${NAME-word}` take the word when NAME is unset (or empty, with ':'); `+` when set. */
function takesWord(operator: string, value: Located | null | undefined): boolean {
  const set = value !== undefined && value !== null
  const present = operator.startsWith(':') ? set && value.text !== '' : set
  return operator.endsWith('-') ? !present : present
}

class Expander {
  private i = 0

  constructor(
    private readonly src: Located,
    private readonly vars: Variables,
    private readonly escape: string
  ) {}

  /** Reads up to an unquoted `stop` (which must come) or the end. */
  until(out: LocatedBuilder, stop?: string): void {
    const { text } = this.src
    while (this.i < text.length) {
      const char = text[this.i]
      if (char === stop) return
      if (char === "'") this.single(out)
      else if (char === '"') this.double(out)
      else if (char === this.escape) this.escaped(out)
      else if (char === '$') this.dollar(out)
      else this.take(out)
    }
    if (stop) throw new Unresolved()
  }

  private take(out: LocatedBuilder): void {
    out.pushRange(this.src, this.i, this.i + 1)
    this.i++
  }

  private single(out: LocatedBuilder): void {
    const close = this.src.text.indexOf("'", this.i + 1)
    if (close < 0) throw new Unresolved()
    out.pushRange(this.src, this.i + 1, close)
    this.i = close + 1
  }

  private double(out: LocatedBuilder): void {
    const { text } = this.src
    for (this.i++; this.i < text.length;) {
      const char = text[this.i] as string
      if (char === '"') {
        this.i++
        return
      }
      const next = text[this.i + 1]
      if (char === this.escape && (next === '"' || next === '$' || next === this.escape)) this.i++
      if (char === '$') this.dollar(out)
      else this.take(out)
    }
    throw new Unresolved()
  }

  private escaped(out: LocatedBuilder): void {
    this.i++
    if (this.i < this.src.text.length) this.take(out)
  }

  private dollar(out: LocatedBuilder): void {
    const rest = this.src.text.slice(this.i)
    if (rest.startsWith('${')) return this.braced(out, rest)
    const name = NAME.exec(rest.slice(1))?.[0]
    if (!name) return this.take(out)
    this.i += name.length
    const use = { name, end: (this.src.at[this.i] as number) + 1 }
    this.i++
    this.substitute(out, name, use)
  }

  private braced(out: LocatedBuilder, rest: string): void {
    const match = BRACED.exec(rest)
    if (!match) throw new Unresolved()
    const [whole, name = '', operator] = match
    this.i += whole.length
    const word = new LocatedBuilder()
    if (operator) this.until(word, '}')
    if (this.src.text[this.i] !== '}') throw new Unresolved()
    const use: Via = { name, end: (this.src.at[this.i] as number) + 1 }
    this.i++
    if (!operator) return this.substitute(out, name, use)
    const value = this.vars.get(name)
    if (takesWord(operator, value)) out.pushRange(word.build(), 0, undefined, use)
    else if (operator.endsWith('-')) out.pushRange(value as Located, 0, undefined, use)
  }

  private substitute(out: LocatedBuilder, name: string, use: Via): void {
    const value = this.vars.get(name)
    if (value === undefined || value === null) throw new Unresolved()
    out.pushRange(value, 0, undefined, use)
  }
}

/** The word expanded, or undefined when it depends on a value the file does not give. */
export function expandWord(word: Located, vars: Variables, escape: string): Located | undefined {
  const out = new LocatedBuilder()
  try {
    new Expander(word, vars, escape).until(out)
  } catch (error) {
    if (error instanceof Unresolved) return undefined
    throw error
  }
  return out.build()
}
