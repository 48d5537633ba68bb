/**
 * The files `image: auto` reads when `update-files` is not given, and the
 * command line's `scan` with no globs: every format the readers know. Plain
 * data (the command line's `--help` loads it and nothing else).
 *
 * YAML is read wherever it lies: Kubernetes manifests, Helm values, CI files
 * and GitOps files have no fixed place, and the YAML rules only take values
 * whose key or shape says they are images. `.git/` and `node_modules/` are
 * never read whatever the globs say (workspace.ts); vendored code and lock
 * files are left out here.
 */
export const DEFAULT_UPDATE_GLOBS: readonly string[] = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/Containerfile.*',
  '**/*.containerfile',
  '**/*.yml',
  '**/*.yaml',
  '**/devcontainer.json',
  '**/.devcontainer.json',
  '**/*.container',
  '**/*.image',
  '**/*.tf',
  '**/*.hcl',
  '!**/*.dockerignore',
  '!**/vendor/**',
  '!**/pnpm-lock.yaml'
]

/** The default globs as `update-files` text, one a line. */
export const DEFAULT_UPDATE_FILES = DEFAULT_UPDATE_GLOBS.join('\n')
