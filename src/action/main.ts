/**
 * The action: inputs → engine → outputs and job summary. The only place
 * that sets outputs or fails the step.
 */
import { Engine } from '../engine.js'
import type { LookupResult } from '../lookup.js'
import { NoMatchingTagError } from '../lookup.js'
import type { AutoOptions, ImageOptions, Options, RepositoriesOptions } from '../options.js'
import { readInputs } from '../options.js'
import { engineOptions, lookupRequestOf, repositoriesRequestOf } from '../run-requests.js'
import type { Outputs } from '../outputs.js'
import { lookupOutputs, repositoriesOutputs } from '../outputs.js'
import type { Core } from './core.js'
import { coreLogger, guardedCore, realCore } from './core.js'
import { writeNoMatchSummary, writeRepositoriesSummary, writeSummary } from './summary.js'

/** Inputs that are secrets, masked before anything else can print them. */
const SECRET_INPUTS = ['password', 'github-token']

export async function run(
  unguarded: Core = realCore,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  // Everything this run logs may hold text a repository or a server wrote.
  const core = guardedCore(unguarded)
  for (const name of SECRET_INPUTS) {
    const value = core.getInput(name)
    if (value) core.setSecret(value)
  }
  let options: Options | undefined
  try {
    options = await readInputs(name => core.getInput(name), env)
    if (options.mode !== 'repositories' && options.update) {
      await runUpdateFiles(core, options, env)
      return
    }
    const engine = new Engine(
      engineOptions(options, coreLogger(core), secret => core.setSecret(secret), env)
    )
    try {
      if (options.mode === 'image') await runImageLookup(core, engine, options)
      else if (options.mode === 'repositories') await runRepositoriesListing(core, engine, options)
    } finally {
      engine.dispose()
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NoMatchingTagError && options?.mode === 'image') {
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

/**
 * `update-files` (or `image: auto`): the files read first, then the single
 * image's own lookup (its outputs and summary, when `image` names one), then
 * every image the files name checked, with that lookup's tags as data.
 */
async function runUpdateFiles(
  core: Core,
  options: ImageOptions | AutoOptions,
  env: NodeJS.ProcessEnv
): Promise<void> {
  // Loaded only for update runs: the YAML parser and the file readers.
  const { startUpdate, runUpdate } = await import('./update.js')
  const start = await startUpdate(core, options, env)
  try {
    const single =
      options.mode === 'image' ? await runImageLookup(core, start.engine, options, true) : undefined
    await runUpdate(core, options, env, start, single?.listing)
  } finally {
    start.engine.dispose()
  }
}

async function runImageLookup(
  core: Core,
  engine: Engine,
  options: ImageOptions,
  keepTags = false
): Promise<LookupResult> {
  const request = { ...lookupRequestOf(options), keepTags }
  const result = await engine.lookup(request)
  setOutputs(core, lookupOutputs(result, options.current))
  const current = result.selection.current
  if (current && !current.version) {
    core.notice(
      `The current tag '${current.tag}' is not a version (${current.reason}), so no tag counts as newer.`
    )
  }
  core.info(`Latest matching tag: ${result.chosen.tag} (${result.digest})`)
  await writeSummary(core.summary, result, options.policy)
  return result
}

async function runRepositoriesListing(
  core: Core,
  engine: Engine,
  options: RepositoriesOptions
): Promise<void> {
  const request = repositoriesRequestOf(options)
  const result = await engine.repositories(request)
  setOutputs(core, repositoriesOutputs(result))
  await writeRepositoriesSummary(core.summary, result, request)
}

function setOutputs(core: Core, outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}
