/**
 * Kustomize `images:` (kustomization.yaml, Flux Kustomization `spec.images`):
 * items `{name, newName?, newTag?, digest?}`. The image is `newName`, else
 * `name`; its tag is `newTag`, which is what a rewrite changes. With a
 * digest to write, `digest:` is replaced, or added below `newTag:` in a
 * block map. An item without `newTag` (a rename, a digest alone) has no tag
 * to move: not a reference.
 */
import type { Node, YAMLMap, YAMLSeq } from 'yaml'
import { isMap, isScalar } from 'yaml'
import { parseImage } from '../parse-image.js'
import type { DigestSlot, ReferenceEdit } from '../types.js'
import type { Candidate } from './candidate.js'
import type { ScalarSource } from './scalars.js'
import { isTemplate, scalarSource } from './scalars.js'
import type { Entry } from './walk.js'

/** A field's text as written (a tag may read as a number: `newTag: 1.25`). */
export function textField(
  entries: readonly Entry[],
  key: string,
  text: string
): ScalarSource | undefined {
  const source = scalarSource(entries.find(entry => entry.key === key)?.value ?? null, text)
  if (!source || source.type === 'boolean' || source.type === 'object') return undefined
  return isTemplate(source.text) ? undefined : source
}

const spanOf = (source: ScalarSource) => ({
  start: source.start,
  end: source.start + source.text.length
})

/**
 * Where a new `digest:` line goes: at the end of `newTag:`'s line (after a
 * comment on it), indented as `newTag:` is, with the file's line ending.
 */
function digestInsertion(item: YAMLMap, tag: ScalarSource, text: string): DigestSlot | undefined {
  if (item.flow) return undefined
  const pair = item.items.find(p => isScalar(p.key) && p.key.value === 'newTag')
  const keyStart = isScalar(pair?.key) ? pair.key.range?.[0] : undefined
  if (keyStart === undefined) return undefined
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1
  const indent = text.slice(lineStart, keyStart)
  if (!/^[ ]*$/.test(indent)) return undefined
  const newline = text.indexOf('\n', tag.start)
  const crlf = newline > 0 && text[newline - 1] === '\r'
  const at = newline < 0 ? text.length : crlf ? newline - 1 : newline
  const prefix = `${crlf ? '\r\n' : '\n'}${indent}digest: `
  return { span: { start: at, end: at }, found: '', at: false, prefix }
}

function itemCandidate(
  item: YAMLMap,
  entries: readonly Entry[],
  text: string
): Omit<Candidate, 'context' | 'priority'> | undefined {
  const name = textField(entries, 'newName', text) ?? textField(entries, 'name', text)
  const tag = textField(entries, 'newTag', text)
  if (!name?.text || !tag?.text || name.type !== 'string') return undefined
  const digest = textField(entries, 'digest', text)
  const written = `${name.text}:${tag.text}${digest?.text ? `@${digest.text}` : ''}`
  const image = parseImage(written)
  if (!image || image.tag !== tag.text || /[:@]/.test(name.text.split('/').at(-1) ?? '')) {
    return undefined
  }
  const edit: ReferenceEdit = {
    tag: {
      span: spanOf(tag),
      found: tag.text,
      before: '',
      after: '',
      colon: false,
      plainYaml: tag.plain
    }
  }
  const digestSlot: DigestSlot | undefined = digest
    ? { span: spanOf(digest), found: digest.text, at: false, plainYaml: digest.plain }
    : digestInsertion(item, tag, text)
  return {
    node: item,
    written,
    image,
    edit: digestSlot ? { ...edit, digest: digestSlot } : edit,
    offset: tag.start
  }
}

export function kustomizeCandidates(
  seq: YAMLSeq,
  context: string,
  priority: number,
  text: string,
  entriesOf: (map: Node) => readonly Entry[]
): Candidate[] {
  const found: Candidate[] = []
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return
    const entries = entriesOf(item)
    if (!entries.some(entry => entry.key === 'newTag')) return
    const candidate = itemCandidate(item, entries, text)
    if (candidate) found.push({ ...candidate, context: `kustomize ${context}[${index}]`, priority })
  })
  return found
}
