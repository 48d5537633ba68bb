// Pushes images into a registry through its API, the way docker push does:
// blobs by monolithic upload, then manifests (images first, then indexes).
import { createHash, randomBytes } from 'node:crypto'

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip'
}

export const sha256 = buf => `sha256:${createHash('sha256').update(buf).digest('hex')}`

async function check(res, what) {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`)
  return res
}

export async function pushBlob(base, repo, content) {
  const digest = sha256(content)
  const head = await fetch(`${base}/v2/${repo}/blobs/${digest}`, { method: 'HEAD' })
  if (head.ok) return { digest, size: content.length }
  const start = await check(
    await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST' }),
    `start upload to ${repo}`
  )
  const location = new URL(start.headers.get('location'), base)
  location.searchParams.set('digest', digest)
  await check(
    await fetch(location, {
      method: 'PUT',
      body: content,
      headers: { 'content-type': 'application/octet-stream' }
    }),
    `upload blob to ${repo}`
  )
  return { digest, size: content.length }
}

/** PUTs a manifest under `reference` (a tag or its digest); returns its digest. */
export async function pushManifest(base, repo, reference, manifest, mediaType) {
  const body = Buffer.from(JSON.stringify(manifest))
  const res = await check(
    await fetch(`${base}/v2/${repo}/manifests/${reference}`, {
      method: 'PUT',
      body,
      headers: { 'content-type': mediaType }
    }),
    `push manifest ${repo}:${reference}`
  )
  const digest = res.headers.get('docker-content-digest') ?? sha256(body)
  if (digest !== sha256(body))
    throw new Error(`registry digest ${digest} differs from ${sha256(body)}`)
  return { digest, size: body.length, mediaType }
}

/** One single-platform image; `label` makes its config (and so its digest) unique. */
export async function pushImage(
  base,
  repo,
  { label, os = 'linux', architecture = 'amd64', variant, docker = false }
) {
  const config = Buffer.from(
    JSON.stringify({
      architecture,
      os,
      ...(variant && { variant }),
      config: { Labels: { 'org.test.label': label } },
      rootfs: { type: 'layers', diff_ids: [] }
    })
  )
  const layer = randomBytes(64)
  const c = await pushBlob(base, repo, config)
  const l = await pushBlob(base, repo, layer)
  const manifest = {
    schemaVersion: 2,
    mediaType: docker ? MEDIA.dockerManifest : MEDIA.ociManifest,
    config: {
      mediaType: docker ? MEDIA.dockerConfig : MEDIA.ociConfig,
      digest: c.digest,
      size: c.size
    },
    layers: [
      { mediaType: docker ? MEDIA.dockerLayer : MEDIA.ociLayer, digest: l.digest, size: l.size }
    ]
  }
  const pushed = await pushManifest(
    base,
    repo,
    sha256(Buffer.from(JSON.stringify(manifest))),
    manifest,
    manifest.mediaType
  )
  return { ...pushed, manifest }
}

/** A multi-platform index (amd64, arm64/v8, and a buildx attestation entry) under `tag`. */
export async function pushIndex(base, repo, tag, { docker = false } = {}) {
  const amd64 = await pushImage(base, repo, { label: `${tag}-amd64`, docker })
  const arm64 = await pushImage(base, repo, {
    label: `${tag}-arm64`,
    architecture: 'arm64',
    variant: 'v8',
    docker
  })
  const manifests = [
    {
      mediaType: amd64.mediaType,
      digest: amd64.digest,
      size: amd64.size,
      platform: { architecture: 'amd64', os: 'linux' }
    },
    {
      mediaType: arm64.mediaType,
      digest: arm64.digest,
      size: arm64.size,
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' }
    }
  ]
  if (!docker) {
    const attestation = await pushImage(base, repo, {
      label: `${tag}-attestation`,
      os: 'unknown',
      architecture: 'unknown'
    })
    manifests.push({
      mediaType: attestation.mediaType,
      digest: attestation.digest,
      size: attestation.size,
      platform: { architecture: 'unknown', os: 'unknown' },
      annotations: {
        'vnd.docker.reference.type': 'attestation-manifest',
        'vnd.docker.reference.digest': amd64.digest
      }
    })
  }
  const mediaType = docker ? MEDIA.dockerList : MEDIA.ociIndex
  const index = await pushManifest(
    base,
    repo,
    tag,
    { schemaVersion: 2, mediaType, manifests },
    mediaType
  )
  return { index: index.digest, amd64: amd64.digest, arm64: arm64.digest }
}

/** Tags an existing manifest: a manifest PUT under each tag, `concurrency` at a time. */
export async function tagMany(base, repo, tags, manifest, mediaType, concurrency = 16) {
  let next = 0
  const worker = async () => {
    while (next < tags.length) {
      const tag = tags[next++]
      await pushManifest(base, repo, tag, manifest, mediaType)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}
