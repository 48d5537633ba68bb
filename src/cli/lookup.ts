/**
 * One lookup from the command line: flags → the action's options → the
 * engine → the text for stdout. Loaded by the bin only when a lookup is
 * asked for, so its imports never slow `--help`.
 */
import { withStepDeadline } from '../deadline-guard.js'
import type { EngineOptions } from '../engine.js'
import { Engine } from '../engine.js'
import type { Logger } from '../logger.js'
import type { Options } from '../options.js'
import { parseInputs } from '../options.js'
import type { LookupCommand } from './args.js'
import { formatJson, formatReport, formatTag, notAVersion, redact, stderrLogger } from './print.js'

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
  const options = parseInputs(
    name => (name === 'password' ? password : (command.inputs[name] ?? '')),
    process.env
  )
  const log = stderrLogger(context.printError, {
    progress: Boolean(process.stderr.isTTY) || command.verbose,
    verbose: command.verbose
  })
  const engine = new Engine(engineOptions(options, log, context.secrets))
  try {
    const request = {
      image: options.image,
      ...(options.current && { current: options.current }),
      policy: options.policy,
      ...(options.platform && { platform: options.platform })
    }
    const result = await withStepDeadline(engine.lookup(request), options.timeoutMs)
    if (process.stdout.isTTY && !command.json) return formatReport(result, request)
    const current = result.selection.current
    if (current && !current.version) {
      // The terminal report says so; a script's user learns it from the log.
      log.info(`The current tag ${notAVersion(current)}, so no tag counts as newer.`)
    }
    return command.json ? formatJson(result, options.current) : formatTag(result)
  } finally {
    engine.dispose()
  }
}

function engineOptions(options: Options, log: Logger, secrets: string[]): EngineOptions {
  return {
    log,
    onSecret: secret => secrets.push(secret),
    credentials: { ...options.credentials, env: process.env },
    ...(options.insecure && { insecureHosts: new Set([options.image.endpoint]) }),
    timeoutMs: options.timeoutMs,
    requestTimeoutMs: options.requestTimeoutMs
  }
}
