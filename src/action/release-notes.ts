/**
 * `release-notes: true` in an update run: each update's source read from
 * the registry (for the summary's links), and with `pull-request`, the
 * GitHub release notes for the bodies. Whatever cannot be read is a note.
 */
import type { Engine } from '../engine.js'
import type { AutoOptions, ImageOptions } from '../options.js'
import type { UpdateNotes } from '../pulls/release-notes.js'
import type { UpdateReport } from '../update/types.js'
import type { Core } from './core.js'
import { coreLogger } from './core.js'

export async function readReleaseNotes(
  core: Core,
  options: ImageOptions | AutoOptions,
  env: NodeJS.ProcessEnv,
  engine: Engine,
  report: UpdateReport
): Promise<Map<string, UpdateNotes>> {
  const update = options.update as NonNullable<ImageOptions['update']>
  if (!update.pulls.releaseNotes) return new Map()
  const { gatherNotes } = await import('../update/sources.js')
  const token = options.credentials.githubToken
  return gatherNotes(engine, report.checks, update.pinDigest, {
    env,
    ...(token && { token }),
    log: coreLogger(core),
    deadline: engine.deadline,
    timeoutMs: options.requestTimeoutMs,
    releases: update.pullRequest
  })
}
