/**
 * The hidden marker in a pull request's body, `<!-- registry-tags: {…} -->`:
 * how a later run finds its own pull request (whatever its title has become)
 * and knows which updates it carried, so that one a person closed without
 * merging is not opened again for the same tags.
 */
import { createHash } from 'node:crypto'
import { isRecord } from '../../registry/json.js'
import type { ImageUpdate, PullRequestPlan } from './types.js'

export interface Marker {
  readonly key: string
  /** `image:tag` of each update (`image:tag@digest` for a digest update), sorted. */
  readonly updates?: readonly string[]
  /** Instead of `updates` when they would make the marker long: a hash of them. */
  readonly digest?: string
  /** A hash of the changed files' paths. */
  readonly files: string
}

/** Beyond this, the marker keeps a hash of the updates instead of the list. */
const MAX_LISTED = 8000
const MARKER_RE = /<!-- registry-tags: (\{[^\n]*?\}) -->/

/** What a person declines by closing the pull request: the tag, or for a digest update, the digest. */
export function updateKey(update: ImageUpdate): string {
  const key = `${update.image}:${update.to}`
  return update.updateType === 'digest' ? `${key}@${update.digest}` : key
}

const hash = (lines: readonly string[]) =>
  createHash('sha1').update(lines.join('\n')).digest('hex').slice(0, 16)

export function markerOf(plan: PullRequestPlan): Marker {
  const updates = [...new Set(plan.updates.map(updateKey))].sort()
  const files = hash(plan.files.map(f => f.path).sort())
  const listed = JSON.stringify(updates).length <= MAX_LISTED
  return listed
    ? { key: plan.key, updates, files }
    : { key: plan.key, digest: hash(updates), files }
}

/** The HTML comment; `<` and `>` escaped so no key can end it early. */
export function formatMarker(marker: Marker): string {
  const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  return `<!-- registry-tags: ${json} -->`
}

/** The marker in a body, if it holds a well-formed one. */
export function readMarker(body: unknown): Marker | undefined {
  if (typeof body !== 'string') return undefined
  const match = MARKER_RE.exec(body)
  if (!match?.[1]) return undefined
  let value: unknown
  try {
    value = JSON.parse(match[1])
  } catch {
    return undefined
  }
  if (!isRecord(value) || typeof value['key'] !== 'string' || typeof value['files'] !== 'string') {
    return undefined
  }
  const { key, files, updates, digest } = value
  if (Array.isArray(updates) && updates.every(u => typeof u === 'string')) {
    return { key, files, updates: updates as string[] }
  }
  return typeof digest === 'string' ? { key, files, digest } : undefined
}

/** Every update of `wanted` is one that `marker` carried. */
export function covers(marker: Marker, wanted: Marker): boolean {
  if (marker.updates && wanted.updates)
    return wanted.updates.every(u => marker.updates!.includes(u))
  return marker.digest !== undefined && marker.digest === wanted.digest
}

/** The same updates and the same files: the branch's commit may stay. */
export function sameChange(marker: Marker, wanted: Marker): boolean {
  return (
    marker.files === wanted.files &&
    marker.digest === wanted.digest &&
    JSON.stringify(marker.updates) === JSON.stringify(wanted.updates)
  )
}
