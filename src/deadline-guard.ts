/**
 * The step's own bound: whatever a lookup waits on (a credential helper, a
 * request the transport could not cut short), the run ends at its timeout.
 */
import { ActionError } from './errors.js'

export class StepTimeoutError extends ActionError {}

export async function withStepDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StepTimeoutError(
            `The step ran out of time after ${Math.round(timeoutMs / 1000)} s (input 'timeout'); the registry answered too slowly. Raise 'timeout', or check the registry's health.`,
            { temporary: true }
          )
        ),
      timeoutMs
    )
    timer.unref()
  })
  try {
    return await Promise.race([work, expired])
  } finally {
    clearTimeout(timer)
    work.catch(() => undefined)
  }
}
