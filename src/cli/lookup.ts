/**
 * One run from the command line: flags → the action's options → the engine
 * → the text for stdout. Loaded by the bin only when a lookup is asked for,
 * so its imports never slow `--help`.
 */
import { Engine } from '../engine.js'
import type { Logger } from '../logger.js'
import type { ImageOptions, RepositoriesOptions } from '../options.js'
import { readInputs } from '../options.js'
import { engineOptions, lookupRequestOf, repositoriesRequestOf } from '../requests.js'
import type { LookupCommand } from './args.js'
import {
  formatJson,
  formatReport,
  formatRepositories,
  formatRepositoriesJson,
  formatTag,
  notAVersion,
  redact,
  stderrLogger
} from './print.js'

/** What the bin keeps for the whole run: the secrets seen and the one way to stderr. */
export interface CliContext {
  readonly secrets: string[]
  readonly printError: (line: string) => void
  /** Hands the bin the redactor, so that its own error lines are redacted too. */
  readonly useRedact: (redactor: typeof redact) => void
}

export async function runLookup(
  command: LookupCommand,
  password: string,
  context: CliContext
): Promise<string> {
  context.useRedact(redact)
  // ghcr.io owners are listed through the GitHub API, with the token a shell already has.
  const githubToken = process.env['GITHUB_TOKEN'] || process.env['GH_TOKEN'] || ''
  if (githubToken) context.secrets.push(githubToken)
  const options = await readInputs(
    name =>
      name === 'password'
        ? password
        : name === 'github-token'
          ? githubToken
          : (command.inputs[name] ?? ''),
    process.env
  )
  const log = stderrLogger(context.printError, {
    progress: Boolean(process.stderr.isTTY) || command.verbose,
    verbose: command.verbose
  })
  const onSecret = (secret: string): void => void context.secrets.push(secret)
  const engine = new Engine(engineOptions(options, log, onSecret, process.env))
  try {
    return options.mode === 'image'
      ? await lookupImage(engine, options, command, log)
      : await listRepositories(engine, options, command)
  } finally {
    engine.dispose()
  }
}

async function lookupImage(
  engine: Engine,
  options: ImageOptions,
  command: LookupCommand,
  log: Logger
): Promise<string> {
  const request = lookupRequestOf(options)
  const result = await engine.lookup(request)
  if (process.stdout.isTTY && !command.json) return formatReport(result, request)
  const current = result.selection.current
  if (current && !current.version) {
    // The terminal report says so; a script's user learns it from the log.
    log.info(`The current tag ${notAVersion(current)}, so no tag counts as newer.`)
  }
  return command.json ? formatJson(result, options.current) : formatTag(result)
}

async function listRepositories(
  engine: Engine,
  options: RepositoriesOptions,
  command: LookupCommand
): Promise<string> {
  const request = repositoriesRequestOf(options)
  const result = await engine.repositories(request)
  if (command.json) return formatRepositoriesJson(result)
  return formatRepositories(result, Boolean(process.stdout.isTTY))
}
