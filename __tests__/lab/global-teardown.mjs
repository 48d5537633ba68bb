export default async function globalTeardown() {
  await globalThis.__REGISTRY_TAGS_LAB__?.stop()
}
