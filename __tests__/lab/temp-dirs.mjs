// The one place that makes temporary directories for tests. The global setup
// makes one run directory and names it in REGISTRY_TAGS_TMP (the workers
// inherit it); every test directory is made inside it and removed when its
// test file ends (after-file.mjs), and the global teardown removes the run
// directory, so a run leaves nothing in /tmp even when a test fails or a
// worker dies. Without the global setup (the unit project) directories go
// to the system temp directory and are still removed after each file.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made = []

/** The directory test directories are made in. */
export const tempRoot = () => process.env.REGISTRY_TAGS_TMP || tmpdir()

/** A new empty directory, removed when the current test file ends. */
export function tempDir(purpose) {
  const dir = mkdtempSync(join(tempRoot(), `registry-tags-${purpose}-`))
  made.push(dir)
  return dir
}

/** Removes every directory tempDir made in this test file. */
export function removeTempDirs() {
  while (made.length) rmSync(made.pop(), { recursive: true, force: true })
}

/** Global setup: one directory for the whole run, named in the environment. */
export function makeRunDir() {
  const dir = mkdtempSync(join(tmpdir(), 'registry-tags-test-'))
  process.env.REGISTRY_TAGS_TMP = dir
  return dir
}

/** Global teardown: the run directory and whatever is still in it. */
export function removeRunDir() {
  const dir = process.env.REGISTRY_TAGS_TMP
  if (dir) rmSync(dir, { recursive: true, force: true })
  delete process.env.REGISTRY_TAGS_TMP
}
