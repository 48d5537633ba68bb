/**
 * Which YAML values are image references: keys named `image` holding one
 * (compose services, Kubernetes containers at any depth, GitLab CI, …),
 * Helm-values `image: {registry, repository, tag, digest}` maps, GitHub
 * workflow `container:` and `services:` in string form, and
 * `docker://` references in `uses:` and `image:` (workflow steps, actions).
 */
import type { Node } from 'yaml'
import { isMap, isScalar } from 'yaml'
import { parseImage } from '../parse-image.js'
import type { ReferenceEdit } from '../types.js'
import type { Entry } from './walk.js'
import type { ScalarSource } from './scalars.js'
import { isTemplate, scalarSource } from './scalars.js'
import { formatCandidates } from './formats.js'
import { scalarReference } from './reference-scalar.js'
import type { Candidate } from './candidate.js'
import { pathText } from './candidate.js'

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

/**
 * `jobs.<id>.container: ref` and `jobs.<id>.services.<name>: ref` (the string
 * forms); Azure Pipelines' `container: ref` of a job in a stage too.
 */
function isWorkflowImage(path: readonly string[], key: string): boolean {
  if (key === 'container' && path.length > 2 && path.at(-2) === 'jobs') return true
  if (path[0] !== 'jobs') return false
  if (path.length === 2) return key === 'container'
  return path.length === 3 && path[2] === 'services'
}

/**
 * Whether `image:` in this map names an image that is pulled: not a
 * CircleCI `machine: image:` (a VM image), nor a compose service's image
 * with `build:` and `pull_policy: build` (what compose builds).
 */
function pulled(path: readonly string[], entries: readonly Entry[]): boolean {
  if (path.at(-1) === 'machine') return false
  const policy = entries.find(entry => entry.key === 'pull_policy')?.value
  const builds = isScalar(policy) && policy.value === 'build'
  return !(builds && entries.some(entry => entry.key === 'build'))
}

/** The candidates among one map's entries. */
export function candidatesOf(
  path: readonly string[],
  entries: readonly Entry[],
  priority: number,
  text: string,
  entriesOf: (map: Node) => readonly Entry[]
): Candidate[] {
  const found: Candidate[] = formatCandidates(path, entries, priority, text, entriesOf)
  for (const { key, value } of entries) {
    if (!value || (key === 'image' && !pulled(path, entries))) continue
    const context = pathText([...path, key])
    if (key === 'image' || isWorkflowImage(path, key)) {
      const reference = scalarReference(value, text)
      if (reference) found.push({ node: value, context, priority, ...reference })
    }
    if (key === 'image' || key === 'uses') {
      const reference = scalarReference(value, text, { scheme: true })
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
