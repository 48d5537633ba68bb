/**
 * `registry-tags scan [globs…]`: the action's `image: auto` run from the
 * current directory. The files are read first (so `--insecure` knows the
 * registries they name), every image is checked through one engine, the
 * files are rewritten with `--write`, and one table goes to stdout. An
 * image that fails fails the command only at the end, after the table of
 * the others. Loaded by the bin only for a scan, with the file readers.
 */
import { resolve } from 'node:path'
import { Engine } from '../engine.js'
import type { FileProblem } from '../files/types.js'
import type { Logger } from '../logger.js'
import { displayName } from '../reference.js'
import { engineOptions } from '../run-requests.js'
import { checkReferences, describeFailures, updateFiles } from '../update/run.js'
import { referencedEndpoints, readWorkspace, stepDeadline } from '../update/workspace.js'
import type { ImageCheck, UpdateReport } from '../update/types.js'
import type { ScanCommand } from './args.js'
import { explainScan, scanExplanation } from './explain.js'
import { formatScan, formatScanJson, nothingFound } from './print-scan.js'
import { printable } from './print.js'
import type { CliContext } from './setup.js'
import { setUpRun } from './setup.js'

export interface ScanOutcome {
  /** What goes to stdout: the table, or the rows as JSON. */
  readonly text: string
  /** Why the command fails (an image could not be checked), after the text is printed. */
  readonly failure?: string
}

export async function runScan(command: ScanCommand, context: CliContext): Promise<ScanOutcome> {
  // The globs are the user's, relative to where the command runs, not to a CI workspace.
  const env = { ...process.env, GITHUB_WORKSPACE: process.cwd() }
  const { options, log, onSecret } = await setUpRun(command, '', context, env)
  if (options.mode !== 'auto') throw new Error('a scan reads images from files')
  const { update } = options
  const deadline = stepDeadline(options.timeoutMs)
  const scan = await readWorkspace(update.patterns, resolve(update.workspace), undefined, deadline)
  reportProblems(log, scan.problems)
  if (!scan.groups.length) {
    log.warning(nothingFound(scan.files.length, update.patterns.split('\n')))
    return { text: command.json ? '[]\n' : '' }
  }
  const engine = new Engine({
    ...engineOptions(options, log, onSecret, env, referencedEndpoints(scan)),
    timeoutMs: deadline.remainingMs()
  })
  try {
    const checks = await checkReferences(engine, scan, {
      policy: options.policy,
      release: options.release,
      onCheck: check => logCheck(log, check)
    })
    const report = await updateFiles(scan, checks, {
      pinDigest: update.pinDigest,
      write: command.write
    })
    reportProblems(log, report.problems)
    const failure = describeFailures(checks)
    return { text: scanText(report, command), ...(failure && { failure }) }
  } finally {
    engine.dispose()
  }
}

function scanText(report: UpdateReport, command: ScanCommand): string {
  const results = report.checks.flatMap(c => c.results)
  if (command.json) return formatScanJson(results, command.explain ? scanExplanation : undefined)
  const table = formatScan(
    {
      results,
      files: report.scan.files.length,
      images: report.checks.length,
      rewritten: [...report.rewritten.keys()],
      written: command.write
    },
    // A terminal's own width when it tells, else 100 columns.
    { terminal: Boolean(process.stdout.isTTY), columns: process.stdout.columns || undefined }
  )
  return command.explain ? `${table}\n${explainScan(results)}` : table
}

/** A file that could not be read, parsed or rewritten is left untouched: said where it is. */
function reportProblems(log: Logger, problems: readonly FileProblem[]): void {
  for (const p of problems) {
    const where = `${p.file}:${p.line}`
    // A rewrite's error already starts with where it is.
    const message = p.message.startsWith(`${where}: `)
      ? p.message.slice(where.length + 2)
      : p.message
    log.warning(`${printable(where)}: left untouched: ${printable(message)}`)
  }
}

/** One image's log, replayed as its check ends; its failure is said once, at the end. */
function logCheck(log: Logger, check: ImageCheck): void {
  const refs = check.results.length
  const updates = check.results.filter(r => r.update && !r.error).length
  log.info(
    `${displayName(check.group.image)}: ${refs} reference${refs === 1 ? '' : 's'}, ` +
      (check.error ? 'failed' : `${updates} with an update`)
  )
  for (const line of check.log) {
    if (line.level === 'warning' && line.message !== check.error?.message) log.warning(line.message)
    else if (line.level === 'info') log.info(`  ${line.message}`)
    else if (line.level === 'debug') log.debug(`  ${line.message}`)
  }
}
