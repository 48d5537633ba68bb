/**
 * `release-notes: true` in an update run: each update's source read from
 * the registry (for the summary's links), and with `pull-request`, the
 * GitHub release notes for the bodies. Whatever cannot be read is a note.
 */
import type { Engine } from '../engine.js'
import type { AutoOptions, ImageOptions } from '../options.js'
import type { UpdateNotes } from '../github/pulls/types.js'
import type { ResultRow } from '../update/outputs.js'
import { notesKey } from '../update/sources.js'
import type { UpdateReport } from '../update/types.js'
import { headThatFits } from '../versions/fit.js'
import { MAX_OUTPUT_BYTES } from '../outputs.js'
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

/**
 * The `results` output again with each moving row's `source` (an https
 * link), when the run read any; otherwise nothing to add.
 */
export function resultsWithSources(
  rows: readonly ResultRow[],
  notes: ReadonlyMap<string, UpdateNotes>
): { results?: string } {
  if (![...notes.values()].some(n => n.source)) return {}
  const withSource = rows.map(row => {
    const source = row['update-available']
      ? notes.get(notesKey(row.image, row.tag))?.source
      : undefined
    return source ? { ...row, source } : row
  })
  return { results: JSON.stringify(headThatFits(withSource, MAX_OUTPUT_BYTES)) }
}
