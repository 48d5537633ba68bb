/**
 * The action: read inputs, look the image up, set outputs and the job
 * summary. The only place that sets outputs or fails the step.
 */
import * as core from '@actions/core'
import { getInputs } from './inputs.js'
import type { Inputs } from './inputs.js'
import type { Logger } from './logger.js'
import { lookup, NoMatchingTagError } from './lookup.js'
import type { LookupResult } from './lookup.js'
import { writeNoMatchSummary, writeSummary } from './summary.js'
import { resolveCredential } from './credentials/resolve.js'
import { describeCredential } from './credentials/credential.js'
import { formatVersion } from './versions/parse.js'

const log: Logger = {
  debug: message => core.debug(message),
  info: message => core.info(message),
  warning: message => core.warning(message)
}

const onSecret = (secret: string): void => core.setSecret(secret)

function setOutputs(inputs: Inputs, result: LookupResult): void {
  const { selection, chosen } = result
  const current = selection.current
  core.setOutput('tag', chosen.tag)
  core.setOutput('version', formatVersion(chosen))
  core.setOutput('digest', result.digest)
  core.setOutput('platform-digest', result.platformDigest ?? '')
  core.setOutput('reference', result.reference)
  core.setOutput('tags', JSON.stringify(selection.passing.map(v => v.tag)))
  core.setOutput('count', String(selection.passing.length))
  core.setOutput('total', String(selection.total))
  core.setOutput('current', inputs.current ?? '')
  core.setOutput('update-available', String(Boolean(current?.version && current.update)))
  core.setOutput('update-type', (current?.version && current.update) || '')
  core.setOutput(
    'newer-tags',
    JSON.stringify(current?.version ? current.newer.map(v => v.tag) : [])
  )
}

export async function run(): Promise<void> {
  let inputs: Inputs | undefined
  try {
    inputs = getInputs()
    const credential = await resolveCredential(
      inputs.image,
      {
        ...(inputs.username && { username: inputs.username, password: inputs.password }),
        dockerConfig: inputs.dockerConfig,
        ...(inputs.githubToken && { githubToken: inputs.githubToken }),
        env: process.env
      },
      onSecret
    )
    if (credential.kind !== 'anonymous') core.info(`Using ${describeCredential(credential)}`)
    const result = await lookup(
      {
        image: inputs.image,
        ...(inputs.current && { current: inputs.current }),
        credential,
        policy: inputs.policy,
        ...(inputs.platform && { platform: inputs.platform }),
        insecure: inputs.insecure,
        requestTimeoutMs: inputs.requestTimeoutMs
      },
      { log, onSecret }
    )
    setOutputs(inputs, result)
    const current = result.selection.current
    if (current && !current.version) {
      core.notice(
        `The current tag '${current.tag}' is not a version (${current.reason}), so no tag counts as newer.`
      )
    }
    core.info(
      `Latest matching tag: ${result.chosen.tag} (${result.digest}), ${result.requests} requests`
    )
    await writeSummary(inputs.image, result, inputs.policy)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NoMatchingTagError && inputs) {
      await writeNoMatchSummary(inputs.image, error.selection, inputs.policy, message).catch(
        () => undefined
      )
    }
    core.setFailed(message)
  }
}
