/**
 * A dev container's image: the top-level `"image"` of devcontainer.json
 * (JSON with comments and trailing commas, read with jsonc-parser, which
 * keeps each value's offset). Features are OCI artifacts, not images to
 * run; `build`, `dockerComposeFile` name files, which other readers read.
 */
import type { Node, ParseError } from 'jsonc-parser'
import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser'
import { locatedAt } from '../located.js'
import { jsonBoundsProblem } from './bounds.js'
import { displayOffset, locateEdit } from '../located.js'
import { parseImage } from '../parse-image.js'
import { lineStarts, positionAt } from '../text.js'
import type { FileScan, FoundReference } from '../types.js'

/** The string's text as written between its quotes, when it reads as written (no escapes). */
function stringAt(
  node: Node | undefined,
  text: string
): { text: string; start: number } | undefined {
  if (node?.type !== 'string' || typeof node.value !== 'string') return undefined
  const inner = text.slice(node.offset + 1, node.offset + node.length - 1)
  return inner === node.value ? { text: inner, start: node.offset + 1 } : undefined
}

export function findDevcontainerReferences(file: string, text: string): FileScan {
  const refused = jsonBoundsProblem(text)
  if (refused) {
    const { line } = positionAt(lineStarts(text), refused.offset)
    return { file, references: [], problem: { file, line, message: refused.message } }
  }
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  const starts = lineStarts(text)
  const [error] = errors
  if (error || !root) {
    const { line } = positionAt(starts, error?.offset ?? 0)
    const why = error ? printParseErrorCode(error.error) : 'empty'
    return {
      file,
      references: [],
      problem: { file, line, message: `not valid JSON with comments: ${why}` }
    }
  }
  const value =
    root.type === 'object' ? stringAt(findNodeAtLocation(root, ['image']), text) : undefined
  if (!value || value.text.includes('$')) return { file, references: [] }
  const image = parseImage(value.text)
  const located = locatedAt(value.text, value.start)
  const edit = image && locateEdit(located, image)
  if (!image || !edit) return { file, references: [] }
  const { line, column } = positionAt(starts, displayOffset(located, edit))
  const reference: FoundReference = {
    file,
    line,
    column,
    written: value.text,
    image,
    context: 'image',
    edit
  }
  return { file, references: [reference] }
}
