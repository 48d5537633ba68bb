/**
 * A checkout or workspace for a test: a new temporary directory (see
 * lab/temp-dirs.mjs, removed when the test file ends) holding the given files.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { tempDir } from '../lab/temp-dirs.mjs'

/** `files` maps paths relative to the directory (folders are made) to their text. */
export function tempDirWith(files: Record<string, string>, purpose = 'workspace'): string {
  const dir = tempDir(purpose)
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}
