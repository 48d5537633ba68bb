/**
 * What a lookup and a scan set up alike: the options read from the flags
 * the way the action reads its inputs, the secrets kept for redaction, and
 * the log on stderr. Loaded with them, never for `--help`.
 */
import type { Logger } from '../logger.js'
import type { Options } from '../options.js'
import { readInputs } from '../options.js'
import { redact, stderrLogger } from './print.js'

/** What the bin keeps for the whole run: the secrets seen and the one way to stderr. */
export interface CliContext {
  readonly secrets: string[]
  readonly printError: (line: string) => void
  /** Hands the bin the redactor, so that its own error lines are redacted too. */
  readonly useRedact: (redactor: typeof redact) => void
}

export interface CliRun {
  readonly options: Options
  readonly log: Logger
  readonly onSecret: (secret: string) => void
}

export async function setUpRun(
  command: { readonly inputs: Readonly<Record<string, string>>; readonly verbose: boolean },
  password: string,
  context: CliContext,
  env: NodeJS.ProcessEnv
): Promise<CliRun> {
  context.useRedact(redact)
  // ghcr.io is asked with the token a shell already has (owners' packages, and its images).
  const githubToken = env['GITHUB_TOKEN'] || env['GH_TOKEN'] || ''
  if (githubToken) context.secrets.push(githubToken)
  const options = await readInputs(
    name =>
      name === 'password'
        ? password
        : name === 'github-token'
          ? githubToken
          : (command.inputs[name] ?? ''),
    env
  )
  const log = stderrLogger(context.printError, {
    progress: Boolean(process.stderr.isTTY) || command.verbose,
    verbose: command.verbose
  })
  return { options, log, onSecret: secret => void context.secrets.push(secret) }
}
