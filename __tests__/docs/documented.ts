/**
 * Everything the docs test reads, in one place: action.yml's contract, and
 * every YAML a user may copy (example workflows, the project's own workflows,
 * the Markdown files' yaml blocks).
 */
import type { Contract } from './action-usage.js'
import { readActionManifest } from './action-manifest.js'
import type { YamlSource } from './sources.js'
import { markdownYamlBlocks, readRepoFile, repoFileExists, yamlFilesUnder } from './sources.js'

export const MANIFEST = readActionManifest(readRepoFile('action.yml'))

export const CONTRACT: Contract = {
  inputs: new Set(MANIFEST.inputs.keys()),
  outputs: MANIFEST.outputs
}

/** The fields of a `matrix` entry, as action.yml's description of the output names them. */
export const ENTRY_FIELDS: ReadonlySet<string> = new Set(
  [...(MANIFEST.descriptions.get('output matrix') ?? '').matchAll(/`([a-z][a-z-]*)`/g)].map(
    ([, field]) => field!
  )
)

export const MARKDOWN_FILES = ['README.md', 'CHANGELOG.md', 'SECURITY.md'].filter(repoFileExists)

export const EXAMPLES = yamlFilesUnder('examples')
export const OWN_WORKFLOWS = yamlFilesUnder('.github/workflows')
export const MARKDOWN_BLOCKS = MARKDOWN_FILES.flatMap(file =>
  markdownYamlBlocks(readRepoFile(file), file)
)

export const ALL_SOURCES: readonly YamlSource[] = [
  ...EXAMPLES,
  ...OWN_WORKFLOWS,
  ...MARKDOWN_BLOCKS
]
