/** Image references in a file, by the kind of file its name says it is. */
import { findDockerfileReferences } from './dockerfile/find.js'
import type { FileScan } from './types.js'
import { findYamlReferences } from './yaml/find.js'

export type FileKind = 'dockerfile' | 'yaml' | 'other'

/**
 * `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*.containerfile`,
 * `Dockerfile.*`: Dockerfiles; `*.yml`, `*.yaml`: YAML; anything else
 * (Markdown, text) holds no references we rewrite.
 */
export function fileKind(file: string): FileKind {
  const name = (file.split('/').at(-1) ?? '').toLowerCase()
  const stem = /^(dockerfile|containerfile)(\..+)?$/
  if (stem.test(name) || /\.(dockerfile|containerfile)$/.test(name)) return 'dockerfile'
  return /\.ya?ml$/.test(name) ? 'yaml' : 'other'
}

/** Pure: the references in `text`, the contents of `file`, or the problem that stops reading it. */
export function findReferences(file: string, text: string): FileScan {
  switch (fileKind(file)) {
    case 'dockerfile':
      return findDockerfileReferences(file, text)
    case 'yaml':
      return findYamlReferences(file, text)
    default:
      return { file, references: [] }
  }
}
