/**
 * Where an image was built from, as its publisher labelled it: the OCI
 * annotations of the tag's manifest or index (and of the index's entries,
 * which official images annotate), else the labels of its image config
 * (`org.opencontainers.image.source`, `…revision`, `…url`,
 * `org.label-schema.vcs-url`). One request for an annotated manifest or
 * index, two for a manifest's config, three for an index that carries its
 * source only in a platform image's config. Answers are capped and checked
 * for shape; only `https` links are kept, so nothing else is ever shown as
 * a link.
 */
import type { RegistryApi } from './api.js'
import { pullScope } from './api.js'
import type { RequestContext } from './failures.js'
import { isDigest, isRecord, parseJsonObject } from './json.js'
import { MEDIA_TYPES } from './manifests.js'

export interface ImageSource {
  /** The source repository: `https://github.com/owner/name`. */
  readonly source?: string
  /** The commit or ref it was built from. */
  readonly revision?: string
  /** The image's own page. */
  readonly url?: string
}

/** A manifest or config of this size is far beyond any real one. */
export const MAX_SOURCE_BODY_BYTES = 4 * 1024 * 1024
const MAX_LINK_CHARS = 2000
const REVISION_RE = /^[A-Za-z0-9][A-Za-z0-9._/+-]{0,127}$/
const ACCEPT = Object.values(MEDIA_TYPES).join(', ')

const SOURCE_KEYS = ['org.opencontainers.image.source', 'org.label-schema.vcs-url'] as const
const REVISION_KEYS = ['org.opencontainers.image.revision', 'org.label-schema.vcs-ref'] as const
const URL_KEYS = ['org.opencontainers.image.url', 'org.label-schema.url'] as const

/** The source of `repository@digest`; throws RegistryError when the registry fails. */
export async function readImageSource(
  api: RegistryApi,
  repository: string,
  digest: string
): Promise<ImageSource> {
  const ctx = api.context(`read the source labels of '${repository}@${digest}'`, repository)
  const top = await getJson(api, repository, `manifests/${digest}`, ctx, ACCEPT)
  let found = fromLabels(top['annotations'])
  const entries = Array.isArray(top['manifests']) ? top['manifests'].filter(isRecord) : []
  for (const entry of entries) found = merge(found, fromLabels(entry['annotations']))
  if (found.source) return found
  let manifest = top
  if (entries.length) {
    const child = platformEntry(entries)
    if (!child) return found
    manifest = await getJson(api, repository, `manifests/${child}`, ctx, ACCEPT)
    found = merge(found, fromLabels(manifest['annotations']))
    if (found.source) return found
  }
  const config = isRecord(manifest['config']) ? manifest['config']['digest'] : undefined
  if (!isDigest(config)) return found
  const image = await getJson(api, repository, `blobs/${config}`, ctx)
  const inner = isRecord(image['config']) ? image['config']['Labels'] : undefined
  return merge(found, fromLabels(inner))
}

async function getJson(
  api: RegistryApi,
  repository: string,
  path: string,
  ctx: RequestContext,
  accept?: string
): Promise<Record<string, unknown>> {
  const response = await api.fetch(
    {
      method: 'GET',
      url: `${api.base}/v2/${repository}/${path}`,
      ...(accept && { headers: { Accept: accept } }),
      maxBodyBytes: MAX_SOURCE_BODY_BYTES
    },
    pullScope(repository),
    ctx
  )
  return parseJsonObject(response.body, ctx)
}

/** The first real platform's manifest (linux/amd64 preferred); attestations are skipped. */
function platformEntry(entries: readonly Record<string, unknown>[]): string | undefined {
  const usable = entries.filter(e => {
    const platform = isRecord(e['platform']) ? e['platform'] : {}
    const annotations = isRecord(e['annotations']) ? e['annotations'] : {}
    return (
      isDigest(e['digest']) &&
      platform['os'] !== 'unknown' &&
      annotations['vnd.docker.reference.type'] !== 'attestation-manifest'
    )
  })
  const amd64 = usable.find(e => {
    const platform = e['platform'] as Record<string, unknown> | undefined
    return platform?.['os'] === 'linux' && platform['architecture'] === 'amd64'
  })
  return (amd64 ?? usable[0])?.['digest'] as string | undefined
}

/** What one set of annotations or labels tells; anything not a string or not https is left out. */
export function fromLabels(labels: unknown): ImageSource {
  if (!isRecord(labels)) return {}
  const first = (keys: readonly string[], read: (v: string) => string | undefined) =>
    keys.map(k => labels[k]).find((v): v is string => typeof v === 'string' && !!read(v))
  const source = first(SOURCE_KEYS, sourceLink)
  const revision = first(REVISION_KEYS, v => (REVISION_RE.test(v.trim()) ? v : undefined))
  const url = first(URL_KEYS, httpsLink)
  return {
    ...(source && { source: sourceLink(source) }),
    ...(revision && { revision: revision.trim() }),
    ...(url && { url: httpsLink(url) })
  }
}

/** Fields already found win: the manifest's own over its entries', annotations over labels. */
function merge(found: ImageSource, more: ImageSource): ImageSource {
  return { ...more, ...found }
}

/**
 * An `https` URL without user info, at most 2000 characters, as a URL
 * prints it; undefined for anything else (`http:`, `javascript:`, `ssh:`).
 */
export function httpsLink(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed || trimmed.length > MAX_LINK_CHARS) return undefined
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return undefined
  return url.href
}

/** A repository link: `git+https://…` and a trailing `.git` read as the repository's page. */
function sourceLink(text: string): string | undefined {
  const link = httpsLink(text.trim().replace(/^git\+https:/i, 'https:'))
  return link?.replace(/\.git\/?$/, '').replace(/\/$/, '')
}
