import { removeRunDir } from './temp-dirs.mjs'

export default async function globalTeardown() {
  try {
    await globalThis.__REGISTRY_TAGS_LAB__?.stop()
  } finally {
    removeRunDir()
  }
}
