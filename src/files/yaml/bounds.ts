/**
 * What a YAML file may cost before the yaml package reads it (issue 17),
 * checked in two passes, each linear and neither building a tree:
 *
 * - Size: parsing costs time and memory per node (a 5 MiB file of `- a`
 *   lines took 17 s and 1.1 GiB). Lines with content, flow separators
 *   (`[`, `{`, `,`) and block indicators (`- `, `? `) are counted in the
 *   raw text, quotes and block scalars included: an overestimate, never an
 *   underestimate of the nodes, which is the point.
 * - Nesting: the package composes nodes by recursion, one level of nesting
 *   at a time. Near the stack's end a stack overflow is caught, but when V8
 *   compiles one of the package's regular expressions there (a first use or
 *   a tier-up), the compiler fails for want of stack and V8 kills the
 *   process ("FATAL ERROR: RegExpCompiler Allocation failed"): 50,000 `- `
 *   on one line did it. So depth is measured before, on the package's own
 *   Lexer (iterative, and exact about quotes, comments and block scalars),
 *   with an overestimate: two levels per open indentation (a map and a
 *   sequence may share one), each `-`/`?` on the line, each open bracket.
 */
import { Lexer } from 'yaml'
import { MAX_YAML_ITEMS, MAX_YAML_NESTING, nestsTooDeep } from '../limits.js'

/** Why a file is not read, and the line where its bound was passed. */
export interface BoundProblem {
  readonly line: number
  readonly message: string
}

const isBlank = (code: number | undefined) =>
  code === undefined || code === 32 || code === 9 || code === 10 || code === 13

const tooMany = (line: number): BoundProblem => ({
  line,
  message: `holds more than ${MAX_YAML_ITEMS.toLocaleString('en-US')} YAML lines and items; not read.`
})

/**
 * Lines with content and items in `text`, counted up to where they pass
 * MAX_YAML_ITEMS; else a bound on the nesting that quotes cannot lower
 * (every bracket counted as open, two levels per column of indentation),
 * which spares most files the Lexer's pass (0.6 s for 95,000 keys).
 */
function countText(text: string): BoundProblem | number {
  let [items, line, brackets, nesting] = [0, 1, 0, 0]
  let [indent, onLine, content] = [0, 0, false]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) {
      nesting = Math.max(nesting, 2 * (indent + 1) + onLine)
      ;[line, indent, onLine, content] = [line + 1, 0, 0, false]
      continue
    }
    if (isBlank(code)) {
      if (!content) indent++
      continue
    }
    if (!content && code !== 35 /* # */) items++
    content = true
    // `[ { ,` each open or separate an item; `- ` and `? ` each open one (`- - - a` is three).
    if (code === 91 || code === 123) brackets++
    if (code === 91 || code === 123 || code === 44) items++
    else if ((code === 45 || code === 63) && isBlank(text.charCodeAt(i + 1))) {
      items++
      onLine++
    }
    if (items > MAX_YAML_ITEMS) return tooMany(line)
  }
  return Math.max(nesting, 2 * (indent + 1) + onLine) + brackets
}

/** The nesting the Lexer's tokens show, state carried from token to token. */
class Nesting {
  line = 1
  private indents: number[] = [] // the open indentations, innermost last
  private indent = 0 // this line's, once its first token is known
  private lineStart = true
  private onLine = 0 // `-` and `?` on this line
  private flow = 0 // brackets open

  /** The nesting after `token`, an overestimate. */
  depth(token: string): number {
    if (token === '\n' || token === '\r\n' || token === '') {
      this.line++
      this.lineStart = true
      this.indent = 0
      this.onLine = 0
    } else if (this.lineStart && (token[0] === ' ' || token[0] === '\t')) {
      this.indent = token.length
    } else this.content(token)
    return 2 * this.indents.length + this.onLine + this.flow
  }

  private content(token: string) {
    if (this.lineStart && token[0] !== '#' && this.flow === 0) {
      while ((this.indents.at(-1) ?? -1) >= this.indent) this.indents.pop()
      this.indents.push(this.indent)
    }
    this.lineStart = false
    if (token === '---') this.indents = []
    else if (token === '-' || token === '?') this.onLine++
    else if (token === '[' || token === '{') this.flow++
    else if ((token === ']' || token === '}') && this.flow > 0) this.flow--
    // Multi-line scalars and comments are single tokens: their lines count too.
    if (token.length > 1) this.line += token.split('\n').length - 1
    // A block scalar's token ends with its last line's newline: the next token starts a line.
    if (token.length > 1 && token.endsWith('\n')) {
      this.lineStart = true
      this.indent = 0
      this.onLine = 0
    }
  }
}

function nestingProblem(text: string): BoundProblem | undefined {
  const nesting = new Nesting()
  for (const token of new Lexer().lex(text)) {
    if (nesting.depth(token) > MAX_YAML_NESTING) {
      return { line: nesting.line, message: nestsTooDeep(MAX_YAML_NESTING) }
    }
  }
  return undefined
}

/** Why `text` is not to be parsed as YAML, or undefined when it may be. */
export function yamlBoundsProblem(text: string): BoundProblem | undefined {
  const counted = countText(text)
  if (typeof counted !== 'number') return counted
  return counted > MAX_YAML_NESTING ? nestingProblem(text) : undefined
}
