/**
 * The action: inputs → engine → outputs and job summary. The only place
 * that sets outputs or fails the step.
 */
import { Engine } from '../engine.js'
import { NoMatchingTagError } from '../lookup.js'
import type { LookupResult } from '../lookup.js'
import type { Options } from '../options.js'
import { parseInputs, secretsOf } from '../options.js'
import { lookupOutputs } from '../outputs.js'
import type { Core } from './core.js'
import { coreLogger, realCore } from './core.js'
import { writeNoMatchSummary, writeSummary } from './summary.js'
import { withStepDeadline } from '../deadline-guard.js'

/** Inputs that are secrets, masked before anything else can print them. */
const SECRET_INPUTS = ['password', 'github-token']

export async function run(
  core: Core = realCore,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name)
    if (value) core.setSecret(value)
  }
  let options: Options | undefined
  try {
    options = parseInputs(name => core.getInput(name), env)
    for (const secret of secretsOf(options)) core.setSecret(secret)
    const result = await lookup(core, options, env)
    report(core, options, result)
    await writeSummary(core.summary, result, options.policy)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NoMatchingTagError && options) {
      await writeNoMatchSummary(
        core.summary,
        options.image,
        error.selection,
        options.policy,
        message
      ).catch(() => undefined)
    }
    core.setFailed(message)
  }
}

async function lookup(core: Core, options: Options, env: NodeJS.ProcessEnv): Promise<LookupResult> {
  const engine = new Engine({
    log: coreLogger(core),
    onSecret: secret => core.setSecret(secret),
    credentials: { ...options.credentials, env },
    ...(options.insecure && { insecureHosts: new Set([options.image.endpoint]) }),
    timeoutMs: options.timeoutMs,
    requestTimeoutMs: options.requestTimeoutMs
  })
  try {
    return await withStepDeadline(
      engine.lookup({
        image: options.image,
        ...(options.current && { current: options.current }),
        policy: options.policy,
        ...(options.platform && { platform: options.platform })
      }),
      options.timeoutMs
    )
  } finally {
    engine.dispose()
  }
}

function report(core: Core, options: Options, result: LookupResult): void {
  for (const [name, value] of Object.entries(lookupOutputs(result, options.current))) {
    core.setOutput(name, value)
  }
  const current = result.selection.current
  if (current && !current.version) {
    core.notice(
      `The current tag '${current.tag}' is not a version (${current.reason}), so no tag counts as newer.`
    )
  }
  core.info(`Latest matching tag: ${result.chosen.tag} (${result.digest})`)
}
