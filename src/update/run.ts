/**
 * An update run over a repository's files: every image they reference
 * checked concurrently through one engine (one transport, one token per
 * registry and scope, a bounded number of requests in flight per registry),
 * then the moved references spliced into the files.
 */
import { writeFileAtomic } from '../files/workspace.js'
import type { ImageListing, LookupEngine } from '../lookup.js'
import type { Deadline } from '../transport/deadline.js'
import type { TagPolicy } from '../versions/policy.js'
import { referenceChanges, rewriteTexts } from './changes.js'
import { checkImage } from './check.js'
import type { ImageCheck, UpdateReport, WorkspaceScan } from './types.js'

export interface CheckOptions {
  readonly policy: TagPolicy
  /** Listings already made (the single image's own lookup), by image key. */
  readonly listed?: ReadonlyMap<string, ImageListing>
  /** Called as each image's check ends, in the order they end. */
  readonly onCheck?: (check: ImageCheck) => void
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
  const checks = scan.groups.map(group =>
    checkImage(engine, group, options.policy, options.listed?.get(group.key)).then(check => {
      options.onCheck?.(check)
      return check
    })
  )
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
