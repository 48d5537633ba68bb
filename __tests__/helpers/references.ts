/** Found references made by hand, for tests of what is done with them (not how they are found). */
import type { FoundReference } from '../../src/files/types.js'
import { parseReference } from '../../src/reference.js'

export function found(file: string, line: number, written: string): FoundReference {
  return {
    file,
    line,
    column: 1,
    written,
    image: parseReference(written),
    context: 'FROM',
    edit: { kind: 'inline', span: { start: 0, end: written.length } }
  } as unknown as FoundReference
}
