/** Found references made by hand, for tests of what is done with them (not how they are found). */
import type { FoundReference } from '../../src/files/types.js'
import { parseReference } from '../../src/reference.js'

/** The edit spans are empty: only code that splices (src/files) reads them, and it finds its own. */
export function found(file: string, line: number, written: string, column = 1): FoundReference {
  const span = { start: 0, end: 0 }
  return {
    file,
    line,
    column,
    written,
    image: parseReference(written),
    context: 'FROM',
    edit: { tag: { span, found: '', before: '', after: '', colon: false } }
  }
}
