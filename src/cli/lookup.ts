/**
 * One lookup from the command line: flags → the action's options → the
 * engine → the text for stdout. Loaded by the bin only when a lookup is
 * asked for, so its imports never slow `--help`.
 */
import { Engine } from '../engine.js'
import type { Logger } from '../logger.js'
import type { ImageOptions, RepositoriesOptions } from '../options.js'
import { engineOptions, lookupRequestOf, repositoriesRequestOf } from '../run-requests.js'
import type { LookupCommand } from './args.js'
import { explainLookup, lookupExplanation } from './explain.js'
import {
  formatJson,
  formatReport,
  formatRepositories,
  formatRepositoriesJson,
  formatTag,
  notAVersion
} from './print.js'
import type { CliContext } from './setup.js'
import { setUpRun } from './setup.js'

export type { CliContext } from './setup.js'

export async function runLookup(
  command: LookupCommand,
  password: string,
  context: CliContext
): Promise<string> {
  const { options, log, onSecret } = await setUpRun(command, password, context, process.env)
  // args.ts sends files to scan; a lookup is one image or one listing.
  if (options.mode === 'auto') throw new Error('image: auto is the scan command')
  const engine = new Engine(engineOptions(options, log, onSecret, process.env))
  try {
    return options.mode === 'image'
      ? await imageLookupText(engine, options, command, log)
      : await repositoriesText(engine, options, command)
  } finally {
    engine.dispose()
  }
}

async function imageLookupText(
  engine: Engine,
  options: ImageOptions,
  command: LookupCommand,
  log: Logger
): Promise<string> {
  const request = lookupRequestOf(options)
  const result = await engine.lookup(request)
  if (command.json) {
    const extra = command.explain && { explain: lookupExplanation(result, options.policy) }
    return formatJson(result, options.current, extra || {})
  }
  const explained = command.explain ? `\n${explainLookup(result, options.policy)}` : ''
  if (process.stdout.isTTY) return formatReport(result, request) + explained
  const current = result.selection.current
  if (current && !current.version && !command.explain) {
    // The terminal report and --explain say so; a script's user learns it from the log.
    log.info(`The current tag ${notAVersion(current)}, so no tag counts as newer.`)
  }
  return formatTag(result) + explained
}

async function repositoriesText(
  engine: Engine,
  options: RepositoriesOptions,
  command: LookupCommand
): Promise<string> {
  const request = repositoriesRequestOf(options)
  const result = await engine.repositories(request)
  if (command.json) return formatRepositoriesJson(result)
  return formatRepositories(result, Boolean(process.stdout.isTTY))
}
