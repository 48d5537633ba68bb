/**
 * A Dockerfile cut into instructions the way BuildKit's parser does
 * (frontend/dockerfile/parser): parser directives at the top (`# escape=`),
 * comment and empty lines, line continuations (comment and empty lines
 * inside them skipped), and heredocs after RUN, COPY and ADD, whose bodies
 * are not instructions.
 */
import { MAX_INSTRUCTIONS, MAX_INSTRUCTION_CHARS, ReadLimitError } from '../limits.js'
import type { Located } from '../located.js'
import { LocatedBuilder } from '../located.js'
import { heredocs } from './words.js'

export interface Instruction {
  /** Upper case: `FROM`, `ARG`. */
  readonly keyword: string
  /** 1-based line where the instruction starts. */
  readonly line: number
  /** Everything after the keyword, continuations joined, each character at its offset. */
  readonly args: Located
}

export interface Instructions {
  readonly escape: string
  readonly instructions: readonly Instruction[]
  /** Why BuildKit would refuse the file (a bad directive, an unterminated heredoc). */
  readonly problem?: { readonly line: number; readonly message: string }
}

interface Line {
  readonly start: number
  /** Where the content ends: before the '\r\n' or '\n'. */
  readonly end: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = text.startsWith('\uFEFF') ? 1 : 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const next = newline < 0 ? text.length : newline + 1
    let end = newline < 0 ? text.length : newline
    while (end > start && (text[end - 1] === '\r' || text[end - 1] === '\n')) end--
    lines.push({ start, end })
    start = next
  }
  return lines
}

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check'])

interface Directives {
  readonly escape: string
  readonly problem?: { readonly line: number; readonly message: string }
}

/** The escape character from the directives at the top, or why they are wrong. */
function readDirectives(text: string, lines: readonly Line[]): Directives {
  const seen = new Set<string>()
  let escape = '\\'
  for (const [index, line] of lines.entries()) {
    const match = DIRECTIVE.exec(text.slice(line.start, line.end).trimStart())
    const name = match?.[1]?.toLowerCase()
    if (!match || !name || !KNOWN_DIRECTIVES.has(name)) break
    const wrong = (message: string) => ({ escape, problem: { line: index + 1, message } })
    if (seen.has(name)) return wrong(`only one ${name} parser directive can be used`)
    seen.add(name)
    if (name !== 'escape') continue
    if (match[2] !== '\\' && match[2] !== '`') {
      return wrong(`invalid escape character '${match[2]}' (use \\ or \`)`)
    }
    escape = match[2]
  }
  return { escape }
}

const isComment = (content: string): boolean => content.trimStart().startsWith('#')

/** The content without a trailing continuation character, and whether there was one. */
function continuation(content: string, escape: string): [string, boolean] {
  const trimmed = content.replace(/[ \t]+$/, '')
  const continues = trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape)
  return continues ? [trimmed.slice(0, -1), true] : [content, false]
}

class Reader {
  next = 0
  constructor(
    readonly text: string,
    readonly lines: readonly Line[]
  ) {}

  content(index: number): string {
    const line = this.lines[index] as Line
    return this.text.slice(line.start, line.end)
  }

  /**
   * One logical line from line `this.next`, which starts an instruction.
   * Without `located`, only its text: where each character lies is kept for
   * the instructions that can name an image, not for every RUN of a file.
   */
  logicalLine(escape: string, located = true): Located {
    const builder = located ? new LocatedBuilder() : new TextBuilder()
    const first = this.content(this.next)
    const lead = first.length - first.trimStart().length
    let [part, more] = continuation(first.slice(lead), escape)
    pushText(builder, part, (this.lines[this.next] as Line).start + lead)
    for (this.next++; more && this.next < this.lines.length; this.next++) {
      const content = this.content(this.next)
      if (isComment(content) || content.trim() === '') continue
      ;[part, more] = continuation(content, escape)
      pushText(builder, part, (this.lines[this.next] as Line).start)
    }
    return builder.build()
  }

  /** Skips a heredoc's body and its terminator; false when the file ends first. */
  skipHeredoc(name: string, chomp: boolean): boolean {
    for (; this.next < this.lines.length; this.next++) {
      const content = this.content(this.next)
      if ((chomp ? content.replace(/^\t+/, '') : content) === name) {
        this.next++
        return true
      }
    }
    return false
  }
}

/** The text of an instruction no image is read from: no offsets (`at`, `via` empty). */
class TextBuilder {
  private readonly parts: string[] = []
  length = 0

  pushText(text: string): void {
    this.parts.push(text)
    this.length += text.length
  }

  build(): Located {
    return { text: this.parts.join(''), at: [], via: [] }
  }
}

/** Appends `text`; an instruction longer than MAX_INSTRUCTION_CHARS is checked before it is built. */
function pushText(builder: LocatedBuilder | TextBuilder, text: string, start: number): void {
  if (builder.length + text.length > MAX_INSTRUCTION_CHARS) {
    throw new ReadLimitError(
      `an instruction is longer than ${MAX_INSTRUCTION_CHARS / 1024} KiB; not read.`
    )
  }
  if (builder instanceof TextBuilder) return builder.pushText(text)
  for (let i = 0; i < text.length; i++) builder.push(text[i] as string, start + i)
}

/** The instructions an image reference is read from (find.ts): they keep their offsets. */
const LOCATED_KEYWORDS = new Set(['FROM', 'ARG', 'COPY'])

/**
 * A RUN keeps its offsets only when it starts with flags (`--mount=…,from=image`,
 * extra.ts), or continues before its first word: a RUN of plain shell does not.
 */
function keepsOffsets(keyword: string, content: string, escape: string): boolean {
  if (LOCATED_KEYWORDS.has(keyword)) return true
  if (keyword !== 'RUN') return false
  const rest = content.trimStart().slice(keyword.length).trim()
  return rest === '' || rest === escape || rest.startsWith('--')
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD'])

function splitKeyword(logical: Located, line: number): Instruction {
  const keyword = /^\S*/.exec(logical.text)?.[0] ?? ''
  const rest = keyword.length + (/^\s*/.exec(logical.text.slice(keyword.length))?.[0].length ?? 0)
  const args = {
    text: logical.text.slice(rest),
    at: logical.at.slice(rest),
    via: logical.via.slice(rest)
  }
  return { keyword: keyword.toUpperCase(), line, args }
}

/** Whether an instruction may carry heredocs (ONBUILD RUN <<EOF too). */
function takesHeredocs(instruction: Instruction): boolean {
  if (HEREDOC_KEYWORDS.has(instruction.keyword)) return true
  const inner = /^(\S+)/.exec(instruction.args.text)?.[1]?.toUpperCase()
  return instruction.keyword === 'ONBUILD' && inner !== undefined && HEREDOC_KEYWORDS.has(inner)
}

export function readInstructions(text: string): Instructions {
  const lines = splitLines(text)
  const { escape, problem } = readDirectives(text, lines)
  if (problem) return { escape, instructions: [], problem }
  const reader = new Reader(text, lines)
  const instructions: Instruction[] = []
  while (reader.next < lines.length) {
    const content = reader.content(reader.next)
    if (isComment(content) || content.trim() === '') {
      reader.next++
      continue
    }
    const line = reader.next + 1
    let logical: Located
    try {
      if (instructions.length >= MAX_INSTRUCTIONS) {
        throw new ReadLimitError(`holds more than ${MAX_INSTRUCTIONS} instructions; not read.`)
      }
      const keyword = /^\S*/.exec(content.trimStart())?.[0].toUpperCase() ?? ''
      logical = reader.logicalLine(escape, keepsOffsets(keyword, content, escape))
    } catch (error) {
      if (!(error instanceof ReadLimitError)) throw error
      return { escape, instructions: [], problem: { line, message: error.message } }
    }
    const instruction = splitKeyword(logical, line)
    instructions.push(instruction)
    if (!takesHeredocs(instruction) || !instruction.args.text.includes('<<')) continue
    for (const doc of heredocs(instruction.args.text)) {
      if (!reader.skipHeredoc(doc.name, doc.chomp)) {
        const message = `unterminated heredoc <<${doc.name} (no line '${doc.name}' after it)`
        return { escape, instructions, problem: { line, message } }
      }
    }
  }
  return { escape, instructions }
}
