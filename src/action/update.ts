/**
 * The action's update run (`update-files`, `image: auto`): the files read
 * first (so `insecure` knows the registries they name), every image checked
 * through one engine, the files rewritten, then outputs, one notice per
 * outdated reference at its file and line, the log grouped per image, and
 * one summary table. An image that failed fails the step only at the end.
 * Two steps (startUpdate, runUpdate): main.ts runs the single image's own
 * lookup between them and passes its tag list in as data.
 */
import { resolve } from 'node:path'
import { Engine } from '../engine.js'
import type { Deadline } from '../transport/deadline.js'
import { ActionError, UsageError } from '../errors.js'
import { DEFAULT_UPDATE_FILES } from '../files/default-globs.js'
import type { FileProblem } from '../files/types.js'
import type { ImageListing } from '../lookup.js'
import type { AutoOptions, ImageOptions } from '../options.js'
import { displayName } from '../reference.js'
import { engineOptions } from '../run-requests.js'
import type { ResultRow } from '../update/outputs.js'
import { resultRow, updateOutputs } from '../update/outputs.js'
import { checkReferences, describeFailures, updateFiles } from '../update/run.js'
import { imageKey } from '../update/groups.js'
import { referencedEndpoints, readWorkspace, stepDeadline } from '../update/workspace.js'
import type { ImageCheck, UpdateReport, WorkspaceScan } from '../update/types.js'
import { pullRequestPlans } from '../update/plans.js'
import { withNotes } from '../update/sources.js'
import type { UpdateNotes } from '../github/pulls/types.js'
import { readReleaseNotes, resultsWithSources } from './release-notes.js'
import type { PublishedPull } from './pull-requests.js'
import type { Core } from './core.js'
import { coreLogger } from './core.js'
import { writeUpdateSummary } from './update-summary.js'

type Options = ImageOptions | AutoOptions

/** What an update run reads before it asks any registry: the files, and the engine for the registries they name. */
export interface UpdateStart {
  readonly scan: WorkspaceScan
  readonly engine: Engine
}

/** The files read, then one engine for every image they name; the caller disposes of it. */
export async function startUpdate(
  core: Core,
  options: Options,
  env: NodeJS.ProcessEnv
): Promise<UpdateStart> {
  // The step's timeout bounds reading the files too; the engine gets what is left.
  const deadline = stepDeadline(options.timeoutMs)
  const scan = await readUpdateFiles(core, options, deadline)
  const engine = new Engine({
    ...engineOptions(
      options,
      coreLogger(core),
      s => core.setSecret(s),
      env,
      referencedEndpoints(scan)
    ),
    timeoutMs: deadline.remainingMs()
  })
  return { scan, engine }
}

/**
 * Every image checked (the single image's tags, when its own lookup listed
 * them, reused), the files rewritten and reported; the failures fail the step
 * together, after every other image was checked, written and reported.
 */
export async function runUpdate(
  core: Core,
  options: Options,
  env: NodeJS.ProcessEnv,
  { scan, engine }: UpdateStart,
  listing?: ImageListing
): Promise<void> {
  const checks = await checkImages(core, engine, options, scan, listing)
  await rewriteAndReport(core, options, env, engine, scan, checks)
  const failure = describeFailures(checks)
  if (failure) throw new ActionError(failure)
}

/** The files of `update-files`, read within the step's deadline; none at all is a usage error. */
async function readUpdateFiles(
  core: Core,
  options: Options,
  deadline: Deadline
): Promise<WorkspaceScan> {
  const update = options.update as NonNullable<ImageOptions['update']>
  const workspace = resolve(update.workspace)
  const only = options.mode === 'image' ? options.image : undefined
  const scan = await readWorkspace(update.patterns, workspace, only, deadline)
  if (!scan.files.length) {
    // A scheduled check whose globs match nothing would pass forever, checking nothing.
    const where = `matched no files in ${workspace}`
    throw new UsageError(
      'update-files',
      update.patterns === DEFAULT_UPDATE_FILES
        ? `not given, and the default globs (every format image: auto reads) ${where}. Check that the repository is checked out (actions/checkout) before this step, or give 'update-files'.`
        : `${where}. Check the globs (one per line, relative to the workspace) and that the repository is checked out (actions/checkout) before this step.`
    )
  }
  reportProblems(core, scan.problems)
  return scan
}

/** Every image the files name, checked; the single image's tags are not listed twice. */
async function checkImages(
  core: Core,
  engine: Engine,
  options: Options,
  scan: WorkspaceScan,
  listing?: ImageListing
): Promise<ImageCheck[]> {
  const only = options.mode === 'image' ? options.image : undefined
  if (!scan.groups.length) {
    core.warning(
      `No image references found in the ${scan.files.length} file${scan.files.length === 1 ? '' : 's'} 'update-files' matched${only ? ` (looking for ${displayName(only)})` : ''}.`
    )
  }
  return checkReferences(engine, scan, {
    policy: options.policy,
    release: options.release,
    ...(listing && only && { listed: new Map([[imageKey(only), listing]]) }),
    onCheck: check => logCheck(core, check)
  })
}

/** The files rewritten, then outputs, annotations, pull requests and the summary. */
async function rewriteAndReport(
  core: Core,
  options: Options,
  env: NodeJS.ProcessEnv,
  engine: Engine,
  scan: WorkspaceScan,
  checks: readonly ImageCheck[]
): Promise<void> {
  const update = options.update as NonNullable<ImageOptions['update']>
  const report = await updateFiles(scan, checks, { pinDigest: update.pinDigest, write: true })
  reportProblems(core, report.problems)
  const results = checks.flatMap(c => c.results)
  const rows = results.map(resultRow)
  const notes = await readReleaseNotes(core, options, env, engine, report)
  const outputs = {
    ...updateOutputs(report, { auto: options.mode === 'auto' }),
    ...resultsWithSources(rows, notes)
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  annotate(core, rows)
  const pulls = update.pullRequest
    ? await openPullRequests(core, options, env, engine, report, notes)
    : []
  await writeUpdateSummary(
    core.summary,
    checks,
    [...scan.problems, ...report.problems],
    [...report.rewritten.keys()],
    pulls,
    notes
  )
}

/** Plans from the report, then pull requests through the GitHub API; their outputs set. */
async function openPullRequests(
  core: Core,
  options: ImageOptions | AutoOptions,
  env: NodeJS.ProcessEnv,
  engine: Engine,
  report: UpdateReport,
  notes: ReadonlyMap<string, UpdateNotes>
): Promise<PublishedPull[]> {
  const update = options.update as NonNullable<ImageOptions['update']>
  const plans = withNotes(pullRequestPlans(report.scan, report.checks, update), notes)
  if (!plans.length) core.info('No reference moved: no pull request to open or update.')
  const { publishPulls, pullOutputs } = await import('./pull-requests.js')
  const published = await publishPulls(core, plans, options, env, engine.deadline, report)
  for (const [name, value] of Object.entries(pullOutputs(published))) core.setOutput(name, value)
  return published
}

/** A file that could not be read or parsed is left untouched, and shown where it is. */
function reportProblems(core: Core, problems: readonly FileProblem[]): void {
  for (const p of problems) {
    core.warning(`${p.file} was left untouched: ${p.message}`, {
      title: 'registry-tags: file not read',
      file: p.file,
      startLine: p.line
    })
  }
}

/** The log of one image, as one group, when its check ends. */
function logCheck(core: Core, check: ImageCheck): void {
  core.startGroup(
    `${displayName(check.group.image)} (${check.results.length} reference${check.results.length === 1 ? '' : 's'})`
  )
  for (const line of check.log) {
    if (line.level === 'warning') core.warning(line.message)
    else if (line.level === 'info') core.info(line.message)
    else core.debug(line.message)
  }
  for (const r of check.results) {
    const where = `${r.reference.file}:${r.reference.line}`
    const move = r.update
      ? `${r.current} → ${r.tag} (${r.update})`
      : r.current || r.reference.written
    core.info(`${where}: ${move}${r.note ? ` — ${r.note}` : ''}`)
  }
  core.endGroup()
}

function annotate(core: Core, rows: readonly ResultRow[]): void {
  for (const row of rows) {
    if (!row['update-available']) continue
    core.notice(
      `${row.image}:${row.current} → ${row.tag} (${row['update-type']} update)${row.digest ? ` ${row.digest}` : ''}`,
      { title: 'registry-tags: image update available', file: row.file, startLine: row.line }
    )
  }
}
