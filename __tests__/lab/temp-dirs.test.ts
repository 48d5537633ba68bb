/** Test directories: made in one place, removed after the file and at teardown. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { existsSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { makeRunDir, removeRunDir, removeTempDirs, tempDir, tempRoot } from './temp-dirs.mjs'

const runDir = process.env['REGISTRY_TAGS_TMP']
afterEach(() => {
  if (runDir === undefined) delete process.env['REGISTRY_TAGS_TMP']
  else process.env['REGISTRY_TAGS_TMP'] = runDir
})

describe('tempDir', () => {
  it('makes named directories in the run directory and removeTempDirs removes them all', () => {
    const home = tempDir('home')
    const ca = tempDir('ca')
    writeFileSync(join(ca, 'ca-key.pem'), 'key')
    expect(dirname(home)).toBe(tempRoot())
    expect(basename(home)).toMatch(/^registry-tags-home-\w{6}$/)
    expect(basename(ca)).toMatch(/^registry-tags-ca-\w{6}$/)
    removeTempDirs()
    expect([existsSync(home), existsSync(ca)]).toEqual([false, false])
  })

  it('uses the run directory the global setup made, and the teardown removes it with its contents', () => {
    const run = makeRunDir()
    expect(process.env['REGISTRY_TAGS_TMP']).toBe(run)
    const left = tempDir('run')
    removeRunDir()
    expect([existsSync(run), existsSync(left)]).toEqual([false, false])
    expect(process.env['REGISTRY_TAGS_TMP']).toBeUndefined()
    removeTempDirs()
  })
})
