/**
 * From an update run to pull requests: one plan per image (its own branch
 * and pull request), or one for every image with `group`. Each plan's files
 * hold only its own images' changes, spliced into the text as read, so two
 * images in one compose file give two pull requests that each move one.
 * Pure.
 */
import type { FileUpdate, ImageUpdate, PullRequestPlan } from '../github/pulls/types.js'
import { displayName } from '../reference.js'
import { movesReference, referenceChanges, rewriteTexts } from './changes.js'
import type { ImageCheck, WorkspaceScan } from './types.js'

export interface PlanOptions {
  readonly pinDigest: boolean
  readonly group: boolean
}

/** Plans with something to commit, in the order the images were first seen. */
export function pullRequestPlans(
  scan: WorkspaceScan,
  checks: readonly ImageCheck[],
  options: PlanOptions
): PullRequestPlan[] {
  const sets = options.group
    ? [{ key: 'all', checks }]
    : checks.map(check => ({ key: displayName(check.group.image), checks: [check] }))
  const plans: PullRequestPlan[] = []
  for (const set of sets) {
    const { texts } = rewriteTexts(scan.texts, referenceChanges(set.checks, options.pinDigest))
    if (!texts.size) continue
    const files: FileUpdate[] = [...texts].map(([path, content]) => ({ path, content }))
    plans.push({ key: set.key, updates: imageUpdates(set.checks, options.pinDigest), files })
  }
  return plans
}

/** One update per image and move (`3.12-slim` → `3.14-slim`), with every place it is made. */
export function imageUpdates(checks: readonly ImageCheck[], pinDigest: boolean): ImageUpdate[] {
  const updates = new Map<string, ImageUpdate & { locations: { file: string; line: number }[] }>()
  for (const result of checks.flatMap(c => c.results)) {
    if (!movesReference(result, pinDigest)) continue
    const image = displayName(result.reference.image)
    const key = `${image}\n${result.current}\n${result.tag}\n${result.digest}`
    const location = { file: result.reference.file, line: result.reference.line }
    const known = updates.get(key)
    if (known) {
      known.locations.push(location)
      continue
    }
    updates.set(key, {
      image,
      from: result.current,
      to: result.tag,
      updateType: result.update ?? '',
      digest: result.digest,
      newerTags: result.newer,
      locations: [location]
    })
  }
  return [...updates.values()]
}
