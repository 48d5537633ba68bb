/**
 * Reading the workspace: the files `update-files` matches, the image
 * references in each, grouped by image. No registry is asked anything here,
 * so the engine can be built knowing which registries the files name.
 */
import { findReferences } from '../files/find.js'
import type { FileProblem, FoundReference } from '../files/types.js'
import { expandGlobs, readTextFile } from '../files/workspace.js'
import type { ImageReference } from '../reference.js'
import { groupByImage, imageKey } from './groups.js'
import type { WorkspaceScan } from './types.js'

/**
 * Every reference in the files, grouped by image; with `only`, just the
 * references to that image (`image: python` with `update-files`).
 */
export async function scanWorkspace(
  patterns: string,
  workspace: string,
  only?: ImageReference
): Promise<WorkspaceScan> {
  const files = await expandGlobs(patterns, workspace, 'update-files')
  const texts = new Map<string, string>()
  const problems: FileProblem[] = []
  const references: FoundReference[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readTextFile(workspace, file)
    } catch (error) {
      problems.push({
        file,
        line: 1,
        message: error instanceof Error ? error.message : String(error)
      })
      continue
    }
    const scan = findReferences(file, text)
    if (scan.problem) problems.push(scan.problem)
    texts.set(file, text)
    references.push(...scan.references)
  }
  const wanted = only && imageKey(only)
  const kept = wanted ? references.filter(r => imageKey(r.image) === wanted) : references
  return { workspace, files, texts, groups: groupByImage(kept), problems }
}

/** The registries (host[:port] to connect to) the references name. */
export function referencedEndpoints(scan: WorkspaceScan): string[] {
  return [...new Set(scan.groups.map(g => g.image.endpoint))]
}
