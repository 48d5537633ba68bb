// Starts the lab once for the whole run: real docker-registry processes in
// three auth modes over one seeded storage, and the token issuer.
import { startLab } from '../../lab/index.mjs'

export default async function globalSetup() {
  const lab = await startLab()
  globalThis.__REGISTRY_TAGS_LAB__ = lab
  const { stop: _stop, tokenLog: _log, ...description } = lab
  process.env.REGISTRY_TAGS_LAB = JSON.stringify(description)
}
