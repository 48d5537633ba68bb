/**
 * Reading the workspace: the files `update-files` matches, the image
 * references in each, grouped by image. No registry is asked anything here,
 * so the engine can be built knowing which registries the files name.
 *
 * Bounded for any reader (issue 17): a reader that fails in any way (a stack
 * overflow included) is that file's problem; the step's deadline is checked
 * between files; only the texts of files with references are kept (a rewrite
 * needs nothing else), and at most MAX_TEXT_HELD of them in all.
 */
import { findReferences } from '../files/find.js'
import { MAX_REFERENCES_PER_FILE, ReadLimitError, tooManyReferences } from '../files/limits.js'
import type { FileProblem, FileScan, FoundReference } from '../files/types.js'
import { expandGlobs, readTextFile } from '../files/workspace.js'
import type { ImageReference } from '../reference.js'
import { Deadline, NO_DEADLINE } from '../transport/deadline.js'
import { groupByImage, imageKey } from './groups.js'
import type { WorkspaceScan } from './types.js'

/**
 * Characters of file text kept for rewriting, in all (40 files of 5 MiB fit, and
 * the run stays within 400 MiB); past it, a file with references is its own problem.
 */
export const MAX_TEXT_HELD = 256 * 1024 * 1024

/**
 * The step's `timeout`, started before the files are read: reading them
 * counts against it, and the engine gets what is left (`remainingMs()`).
 */
export const stepDeadline = (timeoutMs: number): Deadline => new Deadline(timeoutMs)

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The references in one file's text; a reader that throws (even RangeError) is the file's problem. */
function readFile(file: string, text: string): FileScan {
  try {
    const scan = findReferences(file, text)
    if (scan.references.length > MAX_REFERENCES_PER_FILE) throw tooManyReferences()
    return scan
  } catch (error) {
    if (error instanceof ReadLimitError) {
      return { file, references: [], problem: { file, line: 1, message: error.message } }
    }
    const message = `could not be read (${messageOf(error)}); left untouched.`
    return { file, references: [], problem: { file, line: 1, message } }
  }
}

/**
 * Every reference in the files, grouped by image; with `only`, just the
 * references to that image (`image: python` with `update-files`). Throws the
 * deadline's DeadlineError when the step's time runs out while reading.
 */
export async function readWorkspace(
  patterns: string,
  workspace: string,
  only?: ImageReference,
  deadline: Deadline = NO_DEADLINE
): Promise<WorkspaceScan> {
  const files = await expandGlobs(patterns, workspace, 'update-files')
  const texts = new Map<string, string>()
  const problems: FileProblem[] = []
  const references: FoundReference[] = []
  const wanted = only && imageKey(only)
  let held = 0
  for (const [index, file] of files.entries()) {
    deadline.check(`reading the files 'update-files' matched (${index} of ${files.length} read)`)
    let text: string
    try {
      text = await readTextFile(workspace, file)
    } catch (error) {
      problems.push({ file, line: 1, message: messageOf(error) })
      continue
    }
    const scan = readFile(file, text)
    if (scan.problem) problems.push(scan.problem)
    const kept = wanted
      ? scan.references.filter(r => imageKey(r.image) === wanted)
      : scan.references
    if (!kept.length) continue
    if (held + text.length > MAX_TEXT_HELD) {
      const message = `not read: the files before it already hold ${MAX_TEXT_HELD / 1024 / 1024} MiB of text to rewrite; narrow 'update-files' or run once per part.`
      problems.push({ file, line: 1, message })
      continue
    }
    held += text.length
    texts.set(file, text)
    for (const reference of kept) references.push(reference)
  }
  return { workspace, files, texts, groups: groupByImage(references), problems }
}

/** The registries (host[:port] to connect to) the references name. */
export function referencedEndpoints(scan: WorkspaceScan): string[] {
  return [...new Set(scan.groups.map(g => g.image.endpoint))]
}
