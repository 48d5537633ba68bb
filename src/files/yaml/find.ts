/** Image references in a YAML file (every document of it), or why it cannot be read. */
import { parseAllDocuments } from 'yaml'
import type { Node } from 'yaml'
import { yamlBoundsProblem } from './bounds.js'
import { firstDuplicateKey } from './keys.js'
import { lineStarts, positionAt } from '../text.js'
import type { FileProblem, FileScan, FoundReference } from '../types.js'
import type { Candidate } from './candidate.js'
import { candidatesOf } from './rules.js'
import { Walker } from './walk.js'

function problemOf(
  file: string,
  text: string,
  errors: readonly { message: string; pos: [number, number] }[]
) {
  const [error] = errors
  if (!error) return undefined
  const { line } = positionAt(lineStarts(text), error.pos[0])
  const message = `not valid YAML: ${error.message.split('\n')[0]}`
  return { file, line, message } satisfies FileProblem
}

/** The best candidate for each node: outside `x-…` extensions when one is, else the first. */
function collect(text: string): Map<Node, Candidate> | FileProblem {
  const best = new Map<Node, Candidate>()
  // The library's own duplicate-key check is quadratic in a map's keys: ours is linear.
  for (const doc of parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false })) {
    const problem = problemOf('', text, doc.errors) ?? problemOf('', text, firstDuplicateKey(doc))
    if (problem) return problem
    const walker = new Walker(doc, (path, entries, priority) => {
      const entriesOf = (map: Node) => walker.entries(map)
      for (const candidate of candidatesOf(path, entries, priority, text, entriesOf)) {
        const known = best.get(candidate.node)
        if (!known || known.priority < candidate.priority) best.set(candidate.node, candidate)
      }
    })
    walker.walk(doc.contents)
  }
  return best
}

export function findYamlReferences(file: string, text: string): FileScan {
  // Bounds first: a template past them (a Helm chart of 200,000 lines) is refused all the same.
  const refused = yamlBoundsProblem(text)
  if (refused) return { file, references: [], problem: { file, ...refused } }
  const found = collect(text)
  // A template (Helm chart, Jinja) is YAML only once rendered: no references, and nothing wrong.
  if (!(found instanceof Map) && /\{\{|\{%/.test(text)) return { file, references: [] }
  if (!(found instanceof Map)) return { file, references: [], problem: { ...found, file } }
  const starts = lineStarts(text)
  const references = [...found.values()]
    .sort((a, b) => a.offset - b.offset)
    .map(({ written, image, context, edit, offset }): FoundReference => {
      const { line, column } = positionAt(starts, offset)
      return { file, line, column, written, image, context, edit }
    })
  return { file, references }
}
