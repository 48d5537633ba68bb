/** Reading a string found in a file as an image reference worth updating. */
import { UsageError } from '../errors.js'
import type { ImageReference } from '../reference.js'
import { parseReference } from '../reference.js'

/**
 * The reference `written` names, when it is one and has a tag or digest
 * (without either there is nothing to update); undefined otherwise.
 */
export function parseImage(written: string): ImageReference | undefined {
  if (!written || written !== written.trim() || /\s/.test(written)) return undefined
  try {
    const image = parseReference(written, 'update-files')
    return image.tag || image.digest ? image : undefined
  } catch (error) {
    if (error instanceof UsageError) return undefined
    throw error
  }
}
