/**
 * From checked references to new file contents: which references move, to
 * what text, and each file's text with those references spliced in. Pure;
 * writing is the caller's (a file is written whole or not at all).
 */
import type { ReferenceChange } from '../files/rewrite.js'
import { RewriteError } from '../files/errors.js'
import { applyChanges } from '../files/rewrite.js'
import type { FileProblem } from '../files/types.js'
import type { ImageCheck, ReferenceResult } from './types.js'

/** Whether a row's reference is rewritten: it moved, and the digest to write is known. */
export function movesReference(result: ReferenceResult, pinDigest: boolean): boolean {
  if (!result.update || result.error) return false
  return !wantsDigest(result, pinDigest) || result.digest !== ''
}

/** A reference keeps a digest when it had one; `pin-digest` gives every rewritten one a digest. */
const wantsDigest = (result: ReferenceResult, pinDigest: boolean): boolean =>
  pinDigest || Boolean(result.reference.image.digest)

export function referenceChanges(
  checks: readonly ImageCheck[],
  pinDigest: boolean
): Map<string, ReferenceChange[]> {
  const byFile = new Map<string, ReferenceChange[]>()
  for (const result of checks.flatMap(c => c.results)) {
    if (!movesReference(result, pinDigest)) continue
    const change: ReferenceChange = {
      reference: result.reference,
      tag: result.tag,
      ...(wantsDigest(result, pinDigest) && { digest: result.digest })
    }
    const file = result.reference.file
    // Appended in place: copying the list per change is quadratic in a file's references.
    const changes = byFile.get(file)
    if (changes) changes.push(change)
    else byFile.set(file, [change])
  }
  return byFile
}

/** Each changed file's new text; a file whose text would not change is left out. */
export interface Rewrites {
  readonly texts: Map<string, string>
  /** Files whose changes could not be spliced in (a tag that no longer fits its place): left untouched. */
  readonly problems: FileProblem[]
}

export function rewriteTexts(
  texts: ReadonlyMap<string, string>,
  changes: ReadonlyMap<string, readonly ReferenceChange[]>
): Rewrites {
  const rewrites: Rewrites = { texts: new Map(), problems: [] }
  for (const [file, fileChanges] of changes) {
    const before = texts.get(file)
    if (before === undefined) continue
    try {
      const after = applyChanges(before, fileChanges)
      if (after !== before) rewrites.texts.set(file, after)
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error
      rewrites.problems.push({ file, line: error.line, message: error.message })
    }
  }
  return rewrites
}
