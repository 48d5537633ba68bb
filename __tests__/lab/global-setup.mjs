// Starts the lab once for the lab project: real docker-registry processes in
// three auth modes over one seeded storage, and the token issuer, all in the
// run directory that every test directory is made in (temp-dirs.mjs).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startLab } from '../../lab/index.mjs'
import { makeRunDir, removeRunDir } from './temp-dirs.mjs'

export default async function globalSetup() {
  const runDir = makeRunDir()
  let lab
  try {
    const dir = join(runDir, 'lab')
    mkdirSync(dir)
    lab = await startLab({ dir })
  } catch (error) {
    removeRunDir()
    throw error
  }
  globalThis.__REGISTRY_TAGS_LAB__ = lab
  const { stop: _stop, tokenLog: _log, ...description } = lab
  process.env.REGISTRY_TAGS_LAB = JSON.stringify(description)
}
