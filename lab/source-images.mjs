// Images that name their source (issue 19), pushed as publishers push them:
// OCI annotations on the manifest or index (and on an index's entries, as
// official images do), or only labels in the image config (docker build's
// LABEL, docker/metadata-action's labels).
import { randomBytes } from 'node:crypto'
import { MEDIA, pushBlob, pushManifest, sha256 } from './seed.mjs'

/**
 * One single-platform image: `labels` in its config, `annotations` on its manifest.
 * @param {string} base
 * @param {string} repo
 * @param {{ tag?: string, labels?: Record<string, string>, annotations?: Record<string, string>,
 *   platform?: { os: string, architecture: string } }} options
 */
export async function pushLabelledImage(base, repo, { tag, labels = {}, annotations, platform }) {
  const { os = 'linux', architecture = 'amd64' } = platform ?? {}
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os,
      config: { Labels: { ...labels, 'org.test.unique': randomBytes(8).toString('hex') } },
      rootfs: { type: 'layers', diff_ids: [] }
    })
  )
  const c = await pushBlob(base, repo, config)
  const l = await pushBlob(base, repo, randomBytes(64))
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    config: { mediaType: MEDIA.ociConfig, digest: c.digest, size: c.size },
    layers: [{ mediaType: MEDIA.ociLayer, digest: l.digest, size: l.size }],
    ...(annotations && { annotations })
  }
  const reference = tag ?? sha256(Buffer.from(JSON.stringify(manifest)))
  return pushManifest(base, repo, reference, manifest, MEDIA.ociManifest)
}

/**
 * An index of amd64 and arm64 images with `labels` in both configs;
 * `annotations` on the index, `entryAnnotations` on its entries.
 * @param {string} base
 * @param {string} repo
 * @param {{ tag: string, labels?: Record<string, string>, annotations?: Record<string, string>,
 *   entryAnnotations?: Record<string, string> }} options
 */
export async function pushLabelledIndex(
  base,
  repo,
  { tag, labels = {}, annotations, entryAnnotations }
) {
  const platforms = [
    { os: 'linux', architecture: 'arm64' },
    { os: 'linux', architecture: 'amd64' }
  ]
  const manifests = []
  for (const platform of platforms) {
    const image = await pushLabelledImage(base, repo, { labels, platform })
    manifests.push({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.size,
      platform,
      ...(entryAnnotations && { annotations: entryAnnotations })
    })
  }
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests,
    ...(annotations && { annotations })
  }
  return pushManifest(base, repo, tag, index, MEDIA.ociIndex)
}
