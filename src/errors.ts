/**
 * Typed errors. Each one carries the message the step fails with, so it must
 * say what was asked, what came back and what to do.
 */
export interface ErrorOptions {
  /** The lower-level error this one explains (kept for debugging, never shown raw). */
  readonly cause?: unknown
  /** Worth another try later: a timeout, a 429, a 5xx. What retry policies read. */
  readonly temporary?: boolean
}

export class ActionError extends Error {
  readonly temporary: boolean

  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.temporary = options.temporary ?? false
  }
}

/**
 * Bad usage: an input or flag is missing, malformed or contradicts another.
 * The command line exits 2 for these; the action fails the step.
 */
export class UsageError extends ActionError {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`Input '${input}': ${detail}`)
  }
}
