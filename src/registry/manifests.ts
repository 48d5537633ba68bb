/**
 * Manifests: a tag's digest, and one platform's digest under an index. Every
 * manifest and index is validated before use, and only `sha256:` + 64 hex
 * ever leaves this module as a digest.
 */
import { createHash } from 'node:crypto'
import type { SessionResponse } from '../transport/session.js'
import type { RegistryApi } from './api.js'
import { pullScope } from './api.js'
import type { RequestContext } from './failures.js'
import { RegistryError, errorFromResponse } from './failures.js'
import { isDigest, isRecord, parseJsonObject } from './json.js'
import type { Platform } from './platform.js'
import { formatPlatform, normalizePlatform, platformMatches } from './platform.js'
import { choosePlatform, readIndexEntries } from './index-entries.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

/** All four, or a registry may answer with the amd64 child instead of the index. */
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ')

interface Manifest {
  readonly digest: string
  readonly json: Record<string, unknown>
  readonly isIndex: boolean
}

/** The manifest digest of a tag: HEAD (no pull quota spent), else GET and hash. */
export async function tagDigest(
  api: RegistryApi,
  repository: string,
  tag: string
): Promise<string> {
  const ctx = api.context(`resolve the digest of '${repository}:${tag}'`, repository)
  const url = `${api.base}/v2/${repository}/manifests/${tag}`
  const head = await api.send(
    { method: 'HEAD', url, headers: { Accept: MANIFEST_ACCEPT } },
    pullScope(repository),
    ctx
  )
  const fromHeader = head.headers['docker-content-digest']
  if (head.status === 200 && isDigest(fromHeader)) return fromHeader
  if (head.status === 404) throw errorFromResponse(ctx, head)
  return (await getManifest(api, repository, tag, ctx)).digest
}

async function getManifest(
  api: RegistryApi,
  repository: string,
  reference: string,
  ctx: RequestContext
): Promise<Manifest> {
  const response = await api.fetch(
    {
      method: 'GET',
      url: `${api.base}/v2/${repository}/manifests/${reference}`,
      headers: { Accept: MANIFEST_ACCEPT }
    },
    pullScope(repository),
    ctx
  )
  const computed = `sha256:${createHash('sha256').update(response.body).digest('hex')}`
  if (reference.startsWith('sha256:') && computed !== reference) {
    throw new RegistryError(
      `Could not ${ctx.action} on ${ctx.registry}: the manifest it sent does not match the digest asked for.`,
      { kind: 'protocol' }
    )
  }
  const json = parseJsonObject(response.body, ctx)
  const header = response.headers['docker-content-digest']
  return {
    digest: isDigest(header) ? header : computed,
    json,
    isIndex: isIndexType(response, json)
  }
}

function isIndexType(response: SessionResponse, json: Record<string, unknown>): boolean {
  const declared =
    (response.headers['content-type'] ?? '').split(';')[0]!.trim() ||
    (typeof json['mediaType'] === 'string' ? json['mediaType'] : '')
  if (declared === MEDIA_TYPES.ociIndex || declared === MEDIA_TYPES.dockerList) return true
  return !declared && Array.isArray(json['manifests'])
}

/** The digest of `platform`'s manifest under the index `digest`; a single manifest must match it. */
export async function platformDigest(
  api: RegistryApi,
  repository: string,
  digest: string,
  platform: Platform
): Promise<string> {
  const wanted = formatPlatform(platform)
  const ctx = api.context(`resolve the ${wanted} manifest of '${repository}@${digest}'`, repository)
  const manifest = await getManifest(api, repository, digest, ctx)
  if (manifest.isIndex) {
    const entries = readIndexEntries(manifest.json, ctx)
    return choosePlatform(entries, platform, `'${repository}@${digest}'`)
  }
  const image = await imageConfig(api, repository, manifest.json, ctx)
  if (image && !platformMatches(platform, image)) {
    throw new RegistryError(
      `'${repository}@${digest}' is a single-platform image for ${formatPlatform(normalizePlatform(image))}, not ${wanted}.`,
      { kind: 'not-found' }
    )
  }
  return manifest.digest
}

/** The image config's os/architecture, when the manifest names a config blob. */
async function imageConfig(
  api: RegistryApi,
  repository: string,
  manifest: Record<string, unknown>,
  ctx: RequestContext
): Promise<Platform | undefined> {
  const config = manifest['config']
  if (!isRecord(config) || !isDigest(config['digest'])) return undefined
  const blob = await api.fetch(
    { method: 'GET', url: `${api.base}/v2/${repository}/blobs/${config['digest']}` },
    pullScope(repository),
    ctx
  )
  const image = parseJsonObject(blob.body, ctx)
  const { os, architecture, variant } = image
  if (typeof os !== 'string' || typeof architecture !== 'string') return undefined
  return { os, architecture, ...(typeof variant === 'string' && variant && { variant }) }
}
