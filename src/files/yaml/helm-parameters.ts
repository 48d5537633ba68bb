/**
 * Helm parameters as lists of `{name, value}` (Argo CD
 * `helm.parameters`, helmfile `set:`): `P.repository` and `P.tag` (with
 * `P.registry`, `P.digest` when given) together name an image, whose tag is
 * the `P.tag` value; a parameter named `image` or `P.image` holds one whole.
 */
import type { Node, YAMLSeq } from 'yaml'
import { isMap } from 'yaml'
import { parseImage } from '../parse-image.js'
import type { ScalarSource } from './scalars.js'
import { textField } from './kustomize.js'
import { scalarReference } from './reference-scalar.js'
import type { Candidate } from './candidate.js'
import type { Entry } from './walk.js'

interface Parameter {
  readonly name: string
  readonly node: Node
  readonly value: ScalarSource
  readonly index: number
}

function parametersOf(
  seq: YAMLSeq,
  text: string,
  entriesOf: (map: Node) => readonly Entry[]
): Parameter[] {
  const parameters: Parameter[] = []
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return
    const entries = entriesOf(item)
    const name = textField(entries, 'name', text)
    const node = entries.find(entry => entry.key === 'value')?.value
    const value = textField(entries, 'value', text)
    if (name && node && value) parameters.push({ name: name.text, node, value, index })
  })
  return parameters
}

function pairCandidate(
  prefix: string,
  byName: ReadonlyMap<string, Parameter>,
  context: string,
  priority: number
): Candidate | undefined {
  const field = (key: string) => byName.get(`${prefix}${key}`)?.value.text
  const tag = byName.get(`${prefix}tag`)
  const repository = field('repository')
  if (!tag?.value.text || !repository) return undefined
  const registry = field('registry')
  const written = `${registry ? `${registry}/` : ''}${repository}:${tag.value.text}`
  const image = parseImage(written)
  if (!image || image.tag !== tag.value.text) return undefined
  const { start, text: found, plain } = tag.value
  return {
    node: tag.node,
    context: `helm parameters ${context}[${tag.index}] ${prefix}tag`,
    priority,
    written,
    image,
    edit: {
      tag: {
        span: { start, end: start + found.length },
        found,
        before: '',
        after: '',
        colon: false,
        plainYaml: plain
      }
    },
    offset: start
  }
}

export function helmParameterCandidates(
  seq: YAMLSeq,
  context: string,
  priority: number,
  text: string,
  entriesOf: (map: Node) => readonly Entry[]
): Candidate[] {
  const parameters = parametersOf(seq, text, entriesOf)
  const byName = new Map(parameters.map(p => [p.name, p]))
  const found: Candidate[] = []
  for (const parameter of parameters) {
    const { name, node, index } = parameter
    if (name === 'image' || name.endsWith('.image')) {
      const reference = scalarReference(node, text)
      const where = `helm parameters ${context}[${index}] ${name}`
      if (reference) found.push({ node, context: where, priority, ...reference })
    }
    if (name === 'tag' || name.endsWith('.tag')) {
      const candidate = pairCandidate(name.slice(0, -3), byName, context, priority)
      if (candidate) found.push(candidate)
    }
  }
  return found
}
