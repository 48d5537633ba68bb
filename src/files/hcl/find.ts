/**
 * Image references in HCL files: Terraform and docker buildx bake.
 * - Terraform: `image` of a `docker_container`, `name` of a `docker_image`,
 *   `image` in a `container`, `init_container`, `containers` or
 *   `container_spec` block at any depth (kubernetes_*, docker_service, Cloud
 *   Run, Azure container groups).
 * - Bake: a target's `contexts` value `docker-image://ref`, and its `args`
 *   whose name says image (`BUILDER_IMAGE = "gradle:8.5"`).
 * Only literal strings: `${var.tag}` depends on a value the file does not
 * give here; variable defaults, bake `tags` (what it pushes) and comments
 * are not references.
 */
import { locatedAt } from '../located.js'
import { displayOffset, locateEdit } from '../located.js'
import { parseImage } from '../parse-image.js'
import { lineStarts, positionAt } from '../text.js'
import type { FileScan, FoundReference } from '../types.js'
import type { LiteralString } from './parse.js'
import { HclLimitError } from './lexer.js'
import { literalStrings } from './parse.js'

const CONTAINER_BLOCKS = new Set(['container', 'init_container', 'containers', 'container_spec'])
const DOCKER_IMAGE = 'docker-image://'

/** What the string is, when it is an image: its context, and how much of it to skip. */
function imageContext(
  { blocks, keys }: LiteralString,
  value: string
): [string, number] | undefined {
  const [top] = blocks
  const innermost = blocks.at(-1)
  const key = keys.join('.')
  if (top?.type === 'resource' && blocks.length === 1) {
    const [kind, name] = top.labels
    const where = `${kind}.${name}`
    if (kind === 'docker_container' && key === 'image') return [`${where} image`, 0]
    if (kind === 'docker_image' && key === 'name') return [`${where} name`, 0]
  }
  if (
    top?.type === 'resource' &&
    innermost &&
    CONTAINER_BLOCKS.has(innermost.type) &&
    key === 'image'
  ) {
    return [`${top.labels.join('.')} ${innermost.type} image`, 0]
  }
  if (top?.type === 'target' && blocks.length === 1 && keys.length === 2) {
    const where = `target ${top.labels[0] ?? ''}`
    if (keys[0] === 'contexts' && value.startsWith(DOCKER_IMAGE)) {
      return [`${where} contexts.${keys[1]}`, DOCKER_IMAGE.length]
    }
    if (keys[0] === 'args' && /image/i.test(keys[1] as string))
      return [`${where} args.${keys[1]}`, 0]
  }
  return undefined
}

export function findHclReferences(file: string, text: string): FileScan {
  const starts = lineStarts(text)
  const references: FoundReference[] = []
  let literals: LiteralString[]
  try {
    literals = literalStrings(text)
  } catch (error) {
    if (!(error instanceof HclLimitError)) throw error
    const { line } = positionAt(starts, error.offset)
    return { file, references: [], problem: { file, line, message: error.message } }
  }
  for (const literal of literals) {
    const { text: value, start } = literal.value
    const context = imageContext(literal, value)
    if (!context) continue
    const written = value.slice(context[1])
    const image = parseImage(written)
    const located = locatedAt(written, start + context[1])
    const edit = image && locateEdit(located, image)
    if (!image || !edit) continue
    const { line, column } = positionAt(starts, displayOffset(located, edit))
    references.push({ file, line, column, written, image, context: context[0], edit })
  }
  return { file, references }
}
