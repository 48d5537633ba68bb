/**
 * Expanding one Dockerfile word as BuildKit's shell lexer does (quotes
 * removed, escapes applied, `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`,
 * `${NAME:+word}`, `${NAME+word}`), keeping where each character came from.
 * A variable without a value, or a form we do not read (`${NAME%…}`), leaves
 * the word unresolved: what the image is then depends on the build.
 *
 * What a file may make expansion produce is bounded (issue 17): a word
 * expands to at most MAX_EXPANDED_CHARS, `${…}` nests at most MAX_NESTING
 * deep, and a file's substitutions together produce at most
 * MAX_SUBSTITUTED_CHARS; beyond that ExpansionLimitError, the file's problem.
 */
import type { Located, Via } from '../located.js'
import { ReadLimitError } from '../limits.js'
import { LocatedBuilder } from '../located.js'

/** Variables in scope: a value, or null for an ARG without a default. */
export type Variables = ReadonlyMap<string, Located | null>

class Unresolved extends Error {}

/** An expanded word (an ARG's value, a FROM's image) longer than this is no image reference. */
export const MAX_EXPANDED_CHARS = 4096
/** `${A:-${B:-…}}` deeper than this is not a Dockerfile anyone writes. */
export const MAX_NESTING = 32
/** The characters a file's substitutions may produce in all: 2,000 FROMs of a 4 KiB ARG are too many. */
export const MAX_SUBSTITUTED_CHARS = 1024 * 1024

/** A file asked expansion to produce more than it may. */
export class ExpansionLimitError extends ReadLimitError {}

/** What a file's substitutions have produced so far: one per file, shared by its words. */
export class ExpansionBudget {
  substituted = 0

  spend(chars: number): void {
    this.substituted += chars
    if (this.substituted > MAX_SUBSTITUTED_CHARS) {
      throw new ExpansionLimitError(
        `its variables expand to more than ${MAX_SUBSTITUTED_CHARS / 1024 / 1024} MiB in all (an expansion bomb?); not read.`
      )
    }
  }
}

/** Throws when a word would grow past MAX_EXPANDED_CHARS. */
function checkLength(length: number): void {
  if (length > MAX_EXPANDED_CHARS) {
    throw new ExpansionLimitError(
      `an ARG value or image word is (or expands to) more than ${MAX_EXPANDED_CHARS} characters (an expansion bomb?); not read.`
    )
  }
}

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
  private depth = 0

  constructor(
    private readonly src: Located,
    private readonly vars: Variables,
    private readonly escape: string,
    private readonly budget: ExpansionBudget
  ) {
    checkLength(src.text.length)
  }

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
    out.push(this.src.text[this.i] as string, this.src.at[this.i] as number, this.src.via[this.i])
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
    if (operator) this.nested(word)
    if (this.src.text[this.i] !== '}') throw new Unresolved()
    const use: Via = { name, end: (this.src.at[this.i] as number) + 1 }
    this.i++
    if (!operator) return this.substitute(out, name, use)
    const value = this.vars.get(name)
    if (takesWord(operator, value)) this.put(out, word.build(), use)
    else if (operator.endsWith('-')) this.put(out, value as Located, use)
  }

  /** The word of `${NAME:-word}`, itself expanded: nesting is bounded, not left to the stack. */
  private nested(word: LocatedBuilder): void {
    if (++this.depth > MAX_NESTING) {
      throw new ExpansionLimitError(`\${…} nests deeper than ${MAX_NESTING}; not read.`)
    }
    this.until(word, '}')
    this.depth--
  }

  private substitute(out: LocatedBuilder, name: string, use: Via): void {
    const value = this.vars.get(name)
    if (value === undefined || value === null) throw new Unresolved()
    this.put(out, value, use)
  }

  /** A value into the word, within the word's length and the file's budget. */
  private put(out: LocatedBuilder, value: Located, use: Via): void {
    checkLength(out.length + value.text.length)
    this.budget.spend(value.text.length)
    out.pushRange(value, 0, undefined, use)
  }
}

/**
 * The word expanded, or undefined when it depends on a value the file does
 * not give. Throws ExpansionLimitError past the bounds; pass the file's
 * `budget` so that all its words share one.
 */
export function expandWord(
  word: Located,
  vars: Variables,
  escape: string,
  budget = new ExpansionBudget()
): Located | undefined {
  const out = new LocatedBuilder()
  try {
    new Expander(word, vars, escape, budget).until(out)
  } catch (error) {
    if (error instanceof Unresolved) return undefined
    throw error
  }
  return out.build()
}
