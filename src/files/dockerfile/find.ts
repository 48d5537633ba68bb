/**
 * Image references in a Dockerfile: `FROM [--flags] image [AS name]` and
 * `COPY --from=image`. A FROM may take its image from global ARGs (declared
 * before the first FROM): the edit then lies in the ARG's default, and one
 * ARG used by several FROMs is one reference. Stage names, `scratch` and
 * words that depend on a value the file does not give are not images.
 */
import type { Located } from '../located.js'
import { displayOffset, locateEdit } from '../located.js'
import { parseImage } from '../parse-image.js'
import { lineStarts, positionAt } from '../text.js'
import type { FileScan, FoundReference } from '../types.js'
import { MAX_REFERENCES_PER_FILE, ReadLimitError, tooManyReferences } from '../limits.js'
import { ExpansionBudget, expandWord } from './expand.js'
import { mountSources, syntaxFrontend } from './extra.js'
import type { Instruction } from './lines.js'
import { readInstructions } from './lines.js'
import { splitWords, unquote } from './words.js'

interface Use {
  readonly located: Located
  /** 'FROM', 'COPY --from'. */
  readonly what: string
  /** The stage it belongs to: its name, or its index as docker numbers them. */
  readonly stage: string
}

interface Dockerfile {
  readonly uses: Use[]
  readonly stageNames: Set<string>
  /** Expansion went past its bounds at this line: the file is not read. */
  readonly problem?: { readonly line: number; readonly message: string }
}

/** `ARG A=1 B C="x"`: each name with its expanded default (null without one). */
function declareArgs(
  instruction: Instruction,
  vars: Map<string, Located | null>,
  escape: string,
  budget: ExpansionBudget
) {
  for (const word of splitWords(instruction.args, escape)) {
    const equals = word.text.indexOf('=')
    const name = equals < 0 ? word.text : word.text.slice(0, equals)
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue
    if (equals < 0) {
      if (!vars.has(name)) vars.set(name, null)
      continue
    }
    const raw = {
      text: word.text.slice(equals + 1),
      at: word.at.slice(equals + 1),
      via: word.via.slice(equals + 1)
    }
    vars.set(name, expandWord(raw, vars, escape, budget) ?? null)
  }
}

/** The image word of a FROM (after its flags) and the stage name after AS. */
function fromWords(args: Located, escape: string): { image?: Located; name?: string } {
  const words = splitWords(args, escape)
  let index = 0
  while (words[index]?.text.startsWith('--')) index++
  const image = words[index]
  const as = words[index + 1]?.text.toLowerCase()
  const name = as === 'as' ? words[index + 2]?.text : undefined
  return { image, name: name === undefined ? undefined : unquote(name, escape).toLowerCase() }
}

/** `COPY --from=python:3.12 …`: the value when it is a literal word (no variables, no quotes). */
function copyFrom(args: Located, escape: string): Located | undefined {
  for (const word of splitWords(args, escape)) {
    if (!word.text.startsWith('--')) return undefined
    const match = /^--from=([^$"'\\`]+)$/.exec(word.text)
    if (match) return { text: match[1] as string, at: word.at.slice(7), via: word.via.slice(7) }
  }
  return undefined
}

interface Reading extends Dockerfile {
  readonly vars: Map<string, Located | null>
  readonly budget: ExpansionBudget
  stages: number
  stage: string
}

function readInstruction(state: Reading, instruction: Instruction, escape: string): void {
  if (state.uses.length > MAX_REFERENCES_PER_FILE) throw tooManyReferences()
  if (instruction.keyword === 'ARG' && state.stages === 0)
    declareArgs(instruction, state.vars, escape, state.budget)
  if (instruction.keyword === 'FROM') {
    const { image, name } = fromWords(instruction.args, escape)
    const located = image && expandWord(image, state.vars, escape, state.budget)
    state.stage = name ?? String(state.stages)
    if (located) state.uses.push({ located, what: 'FROM', stage: state.stage })
    if (name) state.stageNames.add(name)
    state.stages++
  }
  if (instruction.keyword === 'COPY' && state.stages > 0) {
    const located = copyFrom(instruction.args, escape)
    if (located) state.uses.push({ located, what: 'COPY --from', stage: state.stage })
  }
  if (instruction.keyword === 'RUN' && state.stages > 0) {
    for (const located of mountSources(instruction.args, escape)) {
      state.uses.push({ located, what: 'RUN --mount from', stage: state.stage })
    }
  }
}

/** The images the instructions use, or the line where reading went past its bounds (src/files/limits.ts). */
function readUses(instructions: readonly Instruction[], escape: string): Dockerfile {
  const state: Reading = {
    vars: new Map(),
    uses: [],
    stageNames: new Set(),
    budget: new ExpansionBudget(),
    stages: 0,
    stage: ''
  }
  for (const instruction of instructions) {
    try {
      readInstruction(state, instruction, escape)
    } catch (error) {
      if (!(error instanceof ReadLimitError)) throw error
      const problem = { line: instruction.line, message: error.message }
      return { uses: [], stageNames: state.stageNames, problem }
    }
  }
  return { uses: state.uses, stageNames: state.stageNames }
}

/** Not an image: `scratch`, a stage's name, a stage's index (`COPY --from=0`). */
function isImage(use: Use, stageNames: ReadonlySet<string>): boolean {
  const base = use.located.text.toLowerCase()
  return base !== 'scratch' && !stageNames.has(base) && !/^\d+$/.test(base)
}

interface Group {
  readonly use: Use
  readonly image: FoundReference['image']
  readonly edit: FoundReference['edit']
  readonly stages: string[]
}

/** The ARG whose value holds the tag, when it is not written in the instruction itself. */
function tagVariable(group: Group): string | undefined {
  const { located } = group.use
  const index = located.at.indexOf(group.edit.tag.span.start)
  return group.edit.tag.colon || index < 0 ? undefined : located.via[index]?.name
}

function toReference(file: string, starts: readonly number[], group: Group): FoundReference {
  const { use, image, edit, stages } = group
  const { line, column } = positionAt(starts, displayOffset(use.located, edit))
  const variable = tagVariable(group)
  const stage = `${stages.length > 1 ? 'stages' : 'stage'} ${stages.join(', ')}`
  const context = use.what.startsWith('#')
    ? use.what
    : `${use.what} (${stage})${variable ? ` via ARG ${variable}` : ''}`
  return { file, line, column, written: use.located.text, image, context, edit }
}

export function findDockerfileReferences(file: string, text: string): FileScan {
  const { escape, instructions, problem } = readInstructions(text)
  if (problem) return { file, references: [], problem: { file, ...problem } }
  const { uses, stageNames, problem: expansion } = readUses(instructions, escape)
  if (expansion) return { file, references: [], problem: { file, ...expansion } }
  const frontend = syntaxFrontend(text)
  if (frontend) uses.unshift({ located: frontend, what: '# syntax=', stage: 'frontend' })
  // One reference per place to edit: an ARG used by several FROMs is one.
  const groups = new Map<string, Group>()
  for (const use of uses) {
    const image = isImage(use, stageNames) ? parseImage(use.located.text) : undefined
    const edit = image && locateEdit(use.located, image)
    if (!image || !edit) continue
    const key = JSON.stringify([use.what, use.located.text, edit])
    const group = groups.get(key)
    if (group) group.stages.push(use.stage)
    else groups.set(key, { use, image, edit, stages: [use.stage] })
  }
  const starts = lineStarts(text)
  const references = [...groups.values()].map(group => toReference(file, starts, group))
  return { file, references: references.sort((a, b) => a.line - b.line || a.column - b.column) }
}
