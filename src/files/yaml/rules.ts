/**
 * Which YAML values are image references: keys named `image` holding one
 * (compose services, Kubernetes containers at any depth, GitLab CI, …),
 * Helm-values `image: {registry, repository, tag, digest}` maps, GitHub
 * workflow `container:` and `services:` in string form, and
 * `docker://` references in `uses:` and `image:` (workflow steps, actions).
 */
import type { Node } from 'yaml'
import { isMap } from 'yaml'
import type { ImageReference } from '../../reference.js'
import { displayOffset, locateEdit, locatedAt } from '../located.js'
import { parseImage } from '../parse-image.js'
import type { ReferenceEdit } from '../types.js'
import type { Entry } from './walk.js'
import type { ScalarSource } from './scalars.js'
import { isTemplate, scalarSource } from './scalars.js'

export interface Candidate {
  /** The node edited (the scalar, or the Helm map): found once, however many aliases reach it. */
  readonly node: Node
  readonly context: string
  readonly priority: number
  readonly written: string
  readonly image: ImageReference
  readonly edit: ReferenceEdit
  /** Where to show it. */
  readonly offset: number
}

export function pathText(path: readonly string[]): string {
  return path.reduce(
    (out, part) => (part.startsWith('[') || !out ? out + part : `${out}.${part}`),
    ''
  )
}

const DOCKER_SCHEME = 'docker://'

/** The reference a scalar holds, written from its start (after `docker://` when `scheme`). */
function fromScalar(node: Node | null, text: string, scheme: boolean) {
  const source = scalarSource(node, text)
  if (!source || source.type !== 'string' || isTemplate(source.text)) return undefined
  const skip = scheme ? DOCKER_SCHEME.length : 0
  if (scheme !== source.text.startsWith(DOCKER_SCHEME)) return undefined
  const written = source.text.slice(skip)
  const image = parseImage(written)
  const located = locatedAt(written, source.start + skip)
  const edit = image && locateEdit(located, image)
  return image && edit ? { written, image, edit, offset: displayOffset(located, edit) } : undefined
}

/** A string a Helm map's key holds (tag may read as a number: `tag: 3.10` is written `3.10`). */
function helmField(entries: readonly Entry[], key: string, text: string): ScalarSource | undefined {
  const source = scalarSource(entries.find(entry => entry.key === key)?.value ?? null, text)
  if (!source || source.type === 'boolean' || source.type === 'object') return undefined
  return isTemplate(source.text) ? undefined : source
}

/** `image: {registry?, repository, tag, digest?}`: edits `tag:` and `digest:` in place. */
function fromHelmMap(map: Node, entries: readonly Entry[], text: string) {
  const repository = helmField(entries, 'repository', text)
  const tag = helmField(entries, 'tag', text)
  if (!repository?.text || !tag?.text || tag.text.includes('@')) return undefined
  const registry = helmField(entries, 'registry', text)?.text
  const digest = helmField(entries, 'digest', text)
  const written = `${registry ? `${registry}/` : ''}${repository.text}:${tag.text}${digest?.text ? `@${digest.text}` : ''}`
  const image = parseImage(written)
  if (!image || image.tag !== tag.text) return undefined
  const span = (source: ScalarSource) => ({
    start: source.start,
    end: source.start + source.text.length
  })
  const edit: ReferenceEdit = {
    tag: {
      span: span(tag),
      found: tag.text,
      before: '',
      after: '',
      colon: false,
      plainYaml: tag.plain
    },
    ...(digest && {
      digest: { span: span(digest), found: digest.text, at: false, plainYaml: digest.plain }
    })
  }
  return { node: map, written, image, edit, offset: tag.start }
}

/** `jobs.<id>.container: ref` and `jobs.<id>.services.<name>: ref` (the string forms). */
function isWorkflowImage(path: readonly string[], key: string): boolean {
  if (path[0] !== 'jobs') return false
  if (path.length === 2) return key === 'container'
  return path.length === 3 && path[2] === 'services'
}

/** The candidates among one map's entries. */
export function candidatesOf(
  path: readonly string[],
  entries: readonly Entry[],
  priority: number,
  text: string,
  entriesOf: (map: Node) => readonly Entry[]
): Candidate[] {
  const found: Candidate[] = []
  for (const { key, value } of entries) {
    if (!value) continue
    const context = pathText([...path, key])
    if (key === 'image' || isWorkflowImage(path, key)) {
      const reference = fromScalar(value, text, false)
      if (reference) found.push({ node: value, context, priority, ...reference })
    }
    if (key === 'image' || key === 'uses') {
      const reference = fromScalar(value, text, true)
      if (reference)
        found.push({ node: value, context: `${context}: docker://`, priority, ...reference })
    }
    if (key === 'image' && isMap(value)) {
      const reference = fromHelmMap(value, entriesOf(value), text)
      if (reference) found.push({ context: `helm values ${context}`, priority, ...reference })
    }
  }
  return found
}
