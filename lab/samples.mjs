// The repositories every lab registry serves. Tags are shaped like real ones
// (v prefixes, variants, prereleases, stamps, hashes) so that the action's
// choice is visible; each distinct tag has its own manifest so a wrong
// choice shows in the digest.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pushImage, pushIndex, pushManifest } from './seed.mjs'

export const SAMPLE_APP_TAGS = [
  '1.0.0',
  '1.2.0',
  '1.9.3',
  '1.10.0',
  '1.10',
  '1',
  '1.10.0-alpine',
  '1.9.3-alpine',
  '2.0.0-rc1',
  'v0.9.0',
  'latest',
  'edge',
  'alpine',
  'sha-1a2b3c4',
  '20260805',
  '4f2a9c1d'
]
export const PRIVATE_APP_TAGS = ['3.1.0', '3.2.0', '3.2.0-slim']
export const MULTI_TAGS = ['1.0', '1.1']
/** Served as Docker Hub's library/python through the proxy tests. */
export const PYTHON_TAGS = [
  '3.9.20',
  '3.12.7',
  '3.12',
  '3.12-slim',
  '3.13.1',
  '3.14.0',
  '3.14',
  '3.14.0-slim',
  '3.14-slim',
  '3',
  '3.15.0rc1',
  'latest',
  'slim'
]
export const BIG_TAG_COUNT = 5000
/** More than distribution's 1,000 catalog entries per page: the catalog has two pages or more. */
export const FLEET_COUNT = 1100
export const FLEET_TAG = '1.0.0'

/** fleet/app-0001 … fleet/app-1100: the repositories that make the catalog long. */
export function fleetNames(count = FLEET_COUNT) {
  return Array.from({ length: count }, (_, i) => `fleet/app-${String(i + 1).padStart(4, '0')}`)
}

/** 0.0.0 … 4.99.9: five thousand distinct versions, newest 4.99.9. */
export function bigTags(count = BIG_TAG_COUNT) {
  return Array.from(
    { length: count },
    (_, i) => `${Math.floor(i / 1000)}.${Math.floor(i / 10) % 100}.${i % 10}`
  )
}

/**
 * Tags a pushed manifest thousands of times by writing the tag links that a
 * manifest PUT writes (distribution's filesystem layout), because 5,000 PUTs
 * take 15 s and this takes a fraction of one. The registry serves them as any.
 */
function linkTags(storage, repo, tags, digest) {
  const root = join(storage, 'docker/registry/v2/repositories', repo, '_manifests/tags')
  const hex = digest.slice('sha256:'.length)
  for (const tag of tags) {
    mkdirSync(join(root, tag, 'current'), { recursive: true })
    mkdirSync(join(root, tag, 'index/sha256', hex), { recursive: true })
    writeFileSync(join(root, tag, 'current/link'), digest)
    writeFileSync(join(root, tag, 'index/sha256', hex, 'link'), digest)
  }
}

/** Pushes one single-platform image per tag (its own manifest, so its own digest). */
async function pushEachTag(base, repo, tags) {
  const digests = {}
  for (const tag of tags) {
    const { manifest, mediaType } = await pushImage(base, repo, { label: tag })
    digests[tag] = (await pushManifest(base, repo, tag, manifest, mediaType)).digest
  }
  return digests
}

/**
 * Pushes one image as the first fleet repository; every other one is a
 * symbolic link to that repository's directory (distribution 2.8 lists a
 * directory in `_catalog` when it holds `_layers`, and its filesystem driver
 * follows links), because a thousand pushes or copies take seconds and a
 * thousand links a fraction of one. Each fleet repository is a real one:
 * `fleet/app-0042:1.0.0` pulls. Nothing writes to them: a push or delete
 * there would change them all.
 */
async function seedFleet(base, storage, count) {
  const [first, ...others] = fleetNames(count)
  const image = await pushImage(base, first, { label: 'fleet' })
  const { digest } = await pushManifest(base, first, FLEET_TAG, image.manifest, image.mediaType)
  const root = join(storage, 'docker/registry/v2/repositories')
  const target = first.slice(first.lastIndexOf('/') + 1)
  for (const name of others) symlinkSync(target, join(root, name), 'dir')
  return digest
}

export async function seedSamples(
  base,
  { storage, bigCount = BIG_TAG_COUNT, fleetCount = FLEET_COUNT } = {}
) {
  const digests = {
    'sample/app': await pushEachTag(base, 'sample/app', SAMPLE_APP_TAGS),
    'library/python': await pushEachTag(base, 'library/python', PYTHON_TAGS),
    'private/app': await pushEachTag(base, 'private/app', PRIVATE_APP_TAGS),
    'sample/multi': {},
    'sample/multi-docker': {}
  }
  for (const tag of MULTI_TAGS) {
    digests['sample/multi'][tag] = await pushIndex(base, 'sample/multi', tag)
    digests['sample/multi-docker'][tag] = await pushIndex(base, 'sample/multi-docker', tag, {
      docker: true
    })
  }
  if (bigCount > 0) {
    const tags = bigTags(bigCount)
    const newest = tags[tags.length - 1]
    const filler = await pushImage(base, 'big/many', { label: 'filler' })
    await pushManifest(base, 'big/many', tags[0], filler.manifest, filler.mediaType)
    linkTags(storage, 'big/many', tags.slice(1, -1), filler.digest)
    const top = await pushImage(base, 'big/many', { label: newest })
    digests['big/many'] = {
      [newest]: (await pushManifest(base, 'big/many', newest, top.manifest, top.mediaType)).digest
    }
  }
  if (fleetCount > 0) {
    // The first stands for all: every fleet repository holds the same image.
    const [first] = fleetNames(fleetCount)
    digests[first] = { [FLEET_TAG]: await seedFleet(base, storage, fleetCount) }
  }
  return digests
}
