/**
 * Typed errors. Each one carries the message the step fails with, so it must
 * say what was asked, what came back and what to do.
 */
export class ActionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = new.target.name
  }
}

/** A workflow input is missing, malformed or contradicts another input. */
export class InputError extends ActionError {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`Input '${input}': ${detail}`)
  }
}
