/**
 * Image references whose place depends on the format of the file (rules.ts
 * has those every format shares, keys named `image`):
 * - `image: {name: ref}`: GitLab CI and Bitbucket Pipelines (with
 *   `entrypoint:`, `run-as-user:` beside it);
 * - GitLab CI `services:` of the top level, `default:` or a job: items as
 *   strings or `{name: ref}` (a Drone service's `name` is a label: it has `image`);
 * - Cloud Build top-level `steps[].name` (a step with `image` names no image in `name`);
 * - Argo CD `kustomize.images` strings (`ref` or `old=ref`);
 * - kustomize `images:` (kustomize.ts) and Helm parameters (helm-parameters.ts).
 */
import type { Node, YAMLSeq } from 'yaml'
import { isMap, isSeq } from 'yaml'
import { helmParameterCandidates } from './helm-parameters.js'
import { kustomizeCandidates } from './kustomize.js'
import type { ScalarReference } from './reference-scalar.js'
import { scalarReference } from './reference-scalar.js'
import type { Candidate } from './candidate.js'
import { pathText } from './candidate.js'
import type { Entry } from './walk.js'

type EntriesOf = (map: Node) => readonly Entry[]

const valueOf = (entries: readonly Entry[], key: string): Node | null =>
  entries.find(entry => entry.key === key)?.value ?? null

/** The keys a GitLab CI or Bitbucket `image:`/service map may hold beside `name`. */
const IMAGE_MAP_KEYS = new Set([
  'name',
  'entrypoint',
  'command',
  'alias',
  'variables',
  'pull_policy',
  'docker',
  'kubernetes',
  'username',
  'password',
  'run-as-user',
  'aws',
  'email'
])
/** The keys of a Cloud Build step. */
const CLOUD_BUILD_STEP_KEYS = new Set([
  'name',
  'args',
  'env',
  'dir',
  'id',
  'waitFor',
  'entrypoint',
  'secretEnv',
  'volumes',
  'timeout',
  'script',
  'allowFailure',
  'allowExitCodes',
  'automapSubstitutions'
])

/**
 * A map item's `name` when the map is of the kind that names its image in
 * `name` (only keys of `allowed`: a Buildkite step named `test:unit` is not one).
 */
function nameAsImage(
  item: Node,
  entriesOf: EntriesOf,
  text: string,
  allowed = IMAGE_MAP_KEYS
): [Node, ScalarReference] | [] {
  if (!isMap(item)) return []
  const entries = entriesOf(item)
  const name = valueOf(entries, 'name')
  if (!name || entries.some(entry => !allowed.has(entry.key))) return []
  const reference = scalarReference(name, text)
  return reference ? [name, reference] : []
}

/** Where GitLab CI allows `services:`: the top level, `default:`, a job. */
function isGitLabServices(path: readonly string[], entries: readonly Entry[]): boolean {
  if (path.length === 0 || (path.length === 1 && path[0] === 'default')) return true
  const job = ['script', 'stage', 'extends', 'image', 'before_script', 'rules']
  return path.length === 1 && entries.some(entry => job.includes(entry.key))
}

function sequenceCandidates(
  seq: YAMLSeq,
  context: string,
  priority: number,
  read: (item: Node, index: number) => [Node, ScalarReference] | []
): Candidate[] {
  const found: Candidate[] = []
  seq.items.forEach((item, index) => {
    const [node, reference] = read(item as Node, index)
    if (node && reference)
      found.push({ node, context: `${context}[${index}]`, priority, ...reference })
  })
  return found
}

function itemRead(entriesOf: EntriesOf, text: string, options = {}) {
  return (item: Node): [Node, ScalarReference] | [] => {
    if (isMap(item)) return nameAsImage(item, entriesOf, text)
    const reference = scalarReference(item, text, options)
    return reference ? [item, reference] : []
  }
}

export function formatCandidates(
  path: readonly string[],
  entries: readonly Entry[],
  priority: number,
  text: string,
  entriesOf: EntriesOf
): Candidate[] {
  const found: Candidate[] = []
  for (const { key, value } of entries) {
    const context = pathText([...path, key])
    if (key === 'image' && isMap(value)) {
      const [node, reference] = nameAsImage(value, entriesOf, text)
      if (node && reference)
        found.push({ node, context: `${context}.name`, priority, ...reference })
    }
    if (!isSeq(value)) continue
    if (key === 'services' && isGitLabServices(path, entries)) {
      found.push(...sequenceCandidates(value, context, priority, itemRead(entriesOf, text)))
    }
    if (key === 'steps' && path.length === 0) {
      const read = (item: Node) => nameAsImage(item, entriesOf, text, CLOUD_BUILD_STEP_KEYS)
      found.push(...sequenceCandidates(value, `${context}`, priority, read))
    }
    if (key === 'images' && path.at(-1) === 'kustomize') {
      const read = itemRead(entriesOf, text, { afterEquals: true })
      found.push(
        ...sequenceCandidates(value, context, priority, item => (isMap(item) ? [] : read(item)))
      )
    }
    if (key === 'images')
      found.push(...kustomizeCandidates(value, context, priority, text, entriesOf))
    if (key === 'parameters' || key === 'set') {
      found.push(...helmParameterCandidates(value, context, priority, text, entriesOf))
    }
  }
  return found
}
