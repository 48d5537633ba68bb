/**
 * Where the documentation's YAML lives: example workflows, the project's own
 * workflows, and the ```yaml blocks of Markdown files. Each source keeps the
 * line it starts on, so a problem names the place a reader would fix.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The public contract, beside the repository when the workspace has it (not in a lone clone). */
export const INTERFACE_MD =
  process.env.REGISTRY_TAGS_INTERFACE ?? join(REPO, '..', 'shared', 'design', 'interface.md')

export interface YamlSource {
  /** `examples/nightly-check.yml` or `README.md:120`: where a reader finds it. */
  readonly name: string
  readonly text: string
  /** The line of the file the text starts on (1 for a whole file). */
  readonly firstLine: number
}

export const readRepoFile = (path: string): string => readFileSync(join(REPO, path), 'utf8')

export const repoFileExists = (path: string): boolean => existsSync(join(REPO, path))

/** Every .yml/.yaml file under `dir` (repository-relative), sorted; none when it is missing. */
export function yamlFilesUnder(dir: string): YamlSource[] {
  const root = join(REPO, dir)
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map(entry => relative(REPO, join(entry.parentPath, entry.name)))
    .sort()
    .map(name => ({ name, text: readRepoFile(name), firstLine: 1 }))
}

/** The fenced ```yaml (or ```yml) blocks of a Markdown text. */
export function markdownYamlBlocks(markdown: string, file: string): YamlSource[] {
  const blocks: YamlSource[] = []
  const lines = markdown.split('\n')
  let start = -1
  for (const [index, line] of lines.entries()) {
    if (start < 0 && /^```ya?ml\s*$/.test(line)) start = index + 1
    else if (start >= 0 && /^```\s*$/.test(line)) {
      const text = lines.slice(start, index).join('\n') + '\n'
      blocks.push({ name: `${file}:${start + 1}`, text, firstLine: start + 1 })
      start = -1
    }
  }
  if (start >= 0) throw new Error(`${file}:${start}: a yaml block is never closed`)
  return blocks
}

export interface Parsed {
  readonly value: unknown
  /** Parse errors and warnings, each with its line in the file. */
  readonly problems: string[]
}

/** Parses a source the way the runner does (YAML 1.2: `on` is a plain key). */
export function parseSource(source: YamlSource): Parsed {
  const document = parseDocument(source.text, { prettyErrors: true, uniqueKeys: true })
  const problems = [...document.errors, ...document.warnings].map(error => {
    const line = (error.linePos?.[0].line ?? 1) + source.firstLine - 1
    return `${source.name.replace(/:\d+$/, '')}:${line}: ${error.message.split('\n')[0]}`
  })
  return { value: document.toJS({ maxAliasCount: 100 }), problems }
}

/** A complete workflow has triggers and jobs; anything else in the docs is a fragment. */
export function isCompleteWorkflow(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && 'on' in value && isRecord(value['jobs'])
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
