/** Image references in a file, by the kind of file its name says it is. */
import { findDockerfileReferences } from './dockerfile/find.js'
import { findHclReferences } from './hcl/find.js'
import { findDevcontainerReferences } from './jsonc/devcontainer.js'
import { findQuadletReferences, isQuadletFile } from './quadlet.js'
import type { FileScan } from './types.js'
import { findYamlReferences } from './yaml/find.js'

export type FileKind = 'dockerfile' | 'yaml' | 'devcontainer' | 'quadlet' | 'hcl' | 'other'

/**
 * `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*.containerfile`,
 * `Dockerfile.*`: Dockerfiles; `*.yml`, `*.yaml`: YAML; then the kinds of
 * otherKind; anything else (Markdown, text) holds no references we rewrite.
 */
export function fileKind(file: string): FileKind {
  const name = (file.split('/').at(-1) ?? '').toLowerCase()
  const stem = /^(dockerfile|containerfile)(\..+)?$/
  if (stem.test(name) || /\.(dockerfile|containerfile)$/.test(name)) return 'dockerfile'
  if (/\.ya?ml$/.test(name)) return 'yaml'
  return otherKind(name)
}

/** `devcontainer.json`, Quadlet `.container` and `.image` units, HCL (`.tf`, `.hcl`). */
function otherKind(name: string): FileKind {
  if (name === 'devcontainer.json' || name === '.devcontainer.json') return 'devcontainer'
  if (isQuadletFile(name)) return 'quadlet'
  return /\.(tf|hcl)$/.test(name) ? 'hcl' : 'other'
}

/** Pure: the references in `text`, the contents of `file`, or the problem that stops reading it. */
export function findReferences(file: string, text: string): FileScan {
  switch (fileKind(file)) {
    case 'dockerfile':
      return findDockerfileReferences(file, text)
    case 'yaml':
      return findYamlReferences(file, text)
    case 'devcontainer':
      return findDevcontainerReferences(file, text)
    case 'quadlet':
      return findQuadletReferences(file, text)
    case 'hcl':
      return findHclReferences(file, text)
    default:
      return { file, references: [] }
  }
}
