/**
 * After the pull requests of a run: the open ones this action made whose
 * update is no longer needed are closed (see src/github/pulls/stale.ts). Which
 * images are settled (checked, nothing to move, nothing failed) is decided
 * here from the run's checks; nothing is closed when an image failed, so a
 * registry outage never closes a pull request.
 */
import type { AutoOptions, ImageOptions } from '../options.js'
import type { ClosedPull, StaleQuestion } from '../github/pulls/stale.js'
import type { GithubContext } from '../github/pulls/types.js'
import { displayName } from '../reference.js'
import { movesReference } from '../update/changes.js'
import type { UpdateReport } from '../update/types.js'
import type { Core } from './core.js'
import { coreLogger } from './core.js'

/**
 * What the run knows; undefined when it cannot tell (an image failed).
 * `allImages`: the run looked for every image in its files (`image: auto`);
 * with one `image`, others are not looked for, so none is taken for gone.
 */
export function staleQuestion(
  report: UpdateReport,
  pinDigest: boolean,
  allImages: boolean
): StaleQuestion | undefined {
  const failed = report.checks.some(c => c.error || c.results.some(r => r.error))
  if (failed) return undefined
  const seen = new Set<string>()
  const settled = new Set<string>()
  for (const check of report.checks) {
    const key = displayName(check.group.image)
    seen.add(key)
    if (!check.results.some(r => movesReference(r, pinDigest))) settled.add(key)
  }
  if (allImages && seen.size && settled.size === seen.size) settled.add('all')
  return { seen, settled, files: new Set(allImages ? report.scan.files : []) }
}

export async function closeStale(
  core: Core,
  context: GithubContext,
  report: UpdateReport,
  options: ImageOptions | AutoOptions
): Promise<ClosedPull[]> {
  const pinDigest = options.update?.pinDigest ?? false
  const question = staleQuestion(report, pinDigest, options.mode === 'auto')
  if (!question) {
    core.info('An image could not be checked: no pull request is closed as no longer needed.')
    return []
  }
  const { closeStalePulls } = await import('../github/pulls/stale.js')
  try {
    return await closeStalePulls(context, question, coreLogger(core))
  } catch (error) {
    // The updates themselves are done; tidying up after them is no reason to fail the step.
    const why = error instanceof Error ? error.message : String(error)
    core.warning(`Could not close the pull requests no longer needed: ${why}`)
    return []
  }
}
