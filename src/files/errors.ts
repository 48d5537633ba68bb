/** Errors of finding, rewriting and writing files. */
import { ActionError } from '../errors.js'
import type { ErrorOptions } from '../errors.js'

/**
 * A rewrite that cannot be made: the file changed since it was scanned, two
 * changes disagree about one place, or the new tag does not fit how the file
 * spells it. The file must be left as it is.
 */
export class RewriteError extends ActionError {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
    options: ErrorOptions = {}
  ) {
    super(`${file}:${line}: ${message}`, options)
  }
}

/** A workspace file that may not or cannot be read or written: outside the workspace, too big, not text. */
export class WorkspaceFileError extends ActionError {
  constructor(
    readonly file: string,
    message: string,
    options: ErrorOptions = {}
  ) {
    super(`${file}: ${message}`, options)
  }
}
