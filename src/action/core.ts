/**
 * The part of @actions/core the action uses: the real module in the
 * runner, a fake in unit tests of the entry.
 */
import * as actionsCore from '@actions/core'
import type { Logger } from '../logger.js'

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
