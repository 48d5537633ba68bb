/**
 * An update run over a repository's files: every image they reference
 * checked concurrently through one engine (one transport, one token per
 * registry and scope, a bounded number of requests in flight per registry),
 * then the moved references spliced into the files.
 */
import { writeFileAtomic } from '../files/workspace.js'
import type { ImageListing, LookupEngine } from '../lookup.js'
import { displayName } from '../reference.js'
import type { Deadline } from '../transport/deadline.js'
import type { TagPolicy } from '../versions/policy.js'
import type { ReleaseOptions } from '../release/options.js'
import { referenceChanges, rewriteTexts } from './changes.js'
import { checkImage, failedCheck } from './check.js'
import type { ImageCheck, UpdateReport, WorkspaceScan } from './types.js'

export interface CheckOptions {
  readonly policy: TagPolicy
  /** LTS lines and the cooldown, applied to each reference's own candidates. */
  readonly release?: ReleaseOptions
  /** Listings already made (the single image's own lookup), by image key. */
  readonly listed?: ReadonlyMap<string, ImageListing>
  /** Called as each image's check ends, in the order they end. */
  readonly onCheck?: (check: ImageCheck) => void
}

/**
 * Registries one run contacts at most: the files name them, and a file
 * naming 2,000 would otherwise make 2,000 connections, token requests and
 * credential-helper runs. The images of the others fail, saying why.
 */
export const MAX_REGISTRIES = 32

/** The first MAX_REGISTRIES registries (endpoints) the groups name, in their order. */
function contacted(scan: WorkspaceScan): Set<string> {
  const endpoints = new Set<string>()
  for (const { image } of scan.groups) {
    if (endpoints.size < MAX_REGISTRIES) endpoints.add(image.endpoint)
  }
  return endpoints
}

function tooManyRegistries(count: number): Error {
  return new Error(
    `not checked: the files name ${count} registries, and one run contacts at most ${MAX_REGISTRIES}. Narrow 'update-files', or run once per part.`
  )
}

/** Every image of the scan, checked concurrently; one failing does not stop the others. */
export async function checkReferences(
  engine: LookupEngine & { readonly deadline: Deadline },
  scan: WorkspaceScan,
  options: CheckOptions
): Promise<ImageCheck[]> {
  const count = scan.groups.length
  engine.log.info(
    `Checking ${count} image${count === 1 ? '' : 's'} referenced in ${scan.files.length} file${scan.files.length === 1 ? '' : 's'}`
  )
  const allowed = contacted(scan)
  const registries = new Set(scan.groups.map(g => g.image.endpoint)).size
  const checks = scan.groups.map(group => {
    const checking = allowed.has(group.image.endpoint)
      ? checkImage(engine, group, options.policy, options.listed?.get(group.key), options.release)
      : Promise.resolve(failedCheck(group, tooManyRegistries(registries)))
    return checking.then(check => {
      options.onCheck?.(check)
      return check
    })
  })
  return engine.deadline.race(Promise.all(checks), `checking ${count} images`)
}

/**
 * The files' new texts; with `write`, each written whole (temporary file,
 * then rename) in the workspace.
 */
export async function updateFiles(
  scan: WorkspaceScan,
  checks: readonly ImageCheck[],
  options: { readonly pinDigest: boolean; readonly write: boolean }
): Promise<UpdateReport> {
  const changes = referenceChanges(checks, options.pinDigest)
  const { texts, problems } = rewriteTexts(scan.texts, changes)
  if (options.write) {
    for (const [file, text] of texts) await writeFileAtomic(scan.workspace, file, text)
  }
  return { scan, checks, rewritten: texts, problems }
}

/**
 * Every image that could not be checked (or whose new digest could not be
 * read), with why, for the one failure said at the end; undefined when all were.
 */
export function describeFailures(checks: readonly ImageCheck[]): string | undefined {
  const failed = checks.filter(c => c.error || c.results.some(r => r.error))
  if (!failed.length) return undefined
  const lines = failed.map(
    c =>
      `- ${displayName(c.group.image)}: ${c.error?.message ?? c.results.find(r => r.error)?.error ?? ''}`
  )
  const count = `${failed.length} of ${checks.length} image${checks.length === 1 ? '' : 's'}`
  return `${count} could not be checked:\n${lines.join('\n')}`
}
