/**
 * The part of @actions/core the action uses: the real module in the
 * runner, a fake in unit tests of the entry.
 */
import * as actionsCore from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Logger } from '../logger.js'
import { logText } from '../text/escape.js'

export type Core = Pick<
  typeof actionsCore,
  | 'getInput'
  | 'setOutput'
  | 'setFailed'
  | 'setSecret'
  | 'debug'
  | 'info'
  | 'warning'
  | 'notice'
  | 'startGroup'
  | 'endGroup'
  | 'summary'
>

export const realCore: Core = actionsCore

export function coreLogger(core: Core): Logger {
  return {
    debug: message => core.debug(message),
    info: message => core.info(message),
    warning: message => core.warning(message)
  }
}

type Message = string | Error

const safeMessage = (message: Message): Message =>
  typeof message === 'string' ? logText(message) : new Error(logText(message.message))

/** Annotation properties: the runner reads them percent-encoded (@actions/core does that); controls shown escaped here. */
function safeProperties(properties: AnnotationProperties = {}): AnnotationProperties {
  const { title, file } = properties
  return {
    ...properties,
    ...(title !== undefined && { title: logText(title) }),
    ...(file !== undefined && { file: logText(file) })
  }
}

/**
 * `core` through which nothing a repository, a registry or an API wrote can
 * forge a workflow command (`::add-mask::`, `::set-output`, `##[group]`) or a
 * terminal escape sequence: every message and group name passes through
 * logText. core.info writes its text raw; the others percent-encode CR, LF
 * and `%` themselves, and the annotation properties also `:` and `,`.
 */
export function guardedCore(core: Core): Core {
  return {
    ...core,
    info: message => core.info(logText(message)),
    debug: message => core.debug(logText(message)),
    startGroup: name => core.startGroup(logText(name)),
    setFailed: message => core.setFailed(safeMessage(message)),
    warning: (message, properties) =>
      core.warning(safeMessage(message), safeProperties(properties)),
    notice: (message, properties) => core.notice(safeMessage(message), safeProperties(properties))
  }
}
