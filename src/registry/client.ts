/**
 * The registry API calls this action needs: every tag (all pages), a tag's
 * manifest digest, and one platform's digest in an index.
 */
import { createHash } from 'node:crypto'
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import type { ImageReference } from '../reference.js'
import { DOCKER_HUB } from '../reference.js'
import { redactUrl } from '../transport/hosts.js'
import type { HttpRequest } from '../transport/http.js'
import type { RegistrySession, SessionResponse } from '../transport/session.js'
import type { RequestContext } from './errors.js'
import { RegistryError, errorFromResponse, tokenRefused, unreachable } from './errors.js'
import { NetworkError } from '../transport/errors.js'
import { TokenError } from '../transport/tokens.js'
import { nextLink } from './link.js'
import type { Platform } from './platform.js'
import { formatPlatform, normalizePlatform, platformMatches } from './platform.js'

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
} as const

/** All four, or a registry may answer with the amd64 child instead of the index. */
const MANIFEST_ACCEPT = Object.values(MEDIA_TYPES).join(', ')
const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList])
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/

export interface ClientOptions {
  /** `n` on tags/list: 1000 is the most ECR and distribution allow. */
  readonly pageSize: number
  /** A repository with more pages than this is refused rather than listed partly. */
  readonly maxPages: number
}

export const DEFAULT_CLIENT: ClientOptions = { pageSize: 1000, maxPages: 1000 }

export interface TagList {
  readonly tags: string[]
  readonly pages: number
}

interface IndexEntry {
  digest?: string
  mediaType?: string
  platform?: { os?: string; architecture?: string; variant?: string }
  annotations?: Record<string, string>
}

export class RegistryClient {
  private readonly base: string

  constructor(
    readonly ref: ImageReference,
    private readonly session: RegistrySession,
    private readonly options: ClientOptions = DEFAULT_CLIENT,
    private readonly log: Logger = silentLogger
  ) {
    this.base = `https://${ref.endpoint}`
  }

  private get scope(): string {
    return `repository:${this.ref.repository}:pull`
  }

  private context(action: string): RequestContext {
    const registry =
      this.ref.endpoint === this.ref.registry
        ? this.ref.registry
        : `${this.ref.registry} (${this.ref.endpoint})`
    return {
      action,
      registry,
      repository: this.ref.repository,
      credential: this.session.credential,
      isDockerHub: this.ref.registry === DOCKER_HUB
    }
  }

  /** Sends through the session; transport and token failures become registry errors with context. */
  private async send(request: HttpRequest, action: string): Promise<SessionResponse> {
    try {
      return await this.session.send(request, this.scope)
    } catch (error) {
      if (error instanceof NetworkError) throw unreachable(this.context(action), error)
      if (error instanceof TokenError) throw tokenRefused(this.context(action), error)
      throw error
    }
  }

  private async request(request: HttpRequest, action: string): Promise<SessionResponse> {
    const response = await this.send(request, action)
    if (response.status !== 200) throw errorFromResponse(this.context(action), response)
    return response
  }

  /** Every tag, following `Link: <…>; rel="next"` to the end. Order is not trusted. */
  async listTags(): Promise<TagList> {
    const action = `list the tags of '${this.ref.repository}'`
    const tags = new Set<string>()
    const seen = new Set<string>()
    let url = `${this.base}/v2/${this.ref.repository}/tags/list?n=${this.options.pageSize}`
    let pages = 0
    let sawLink = false
    for (;;) {
      if (pages >= this.options.maxPages) {
        throw new RegistryError(
          `Stopped listing '${this.ref.repository}' after ${pages} pages (${tags.size} tags): the registry keeps sending more. Refusing to choose from a partial list.`,
          'protocol'
        )
      }
      seen.add(url)
      const response = await this.firstPageTolerant(url, action, pages === 0)
      this.noteRateLimit(response)
      pages++
      const page = parseTagsPage(response.body, this.context(action))
      const before = tags.size
      for (const tag of page) tags.add(tag)
      const next = this.nextPage(response, page, tags.size > before && !sawLink)
      sawLink ||= nextLink(response.headers.link) !== undefined
      if (!next) break
      if (seen.has(next)) {
        this.log.warning(
          `The registry's next page ${redactUrl(next)} was already read; stopping there.`
        )
        break
      }
      url = next
    }
    return { tags: [...tags], pages }
  }

  /** `probe`: no Link so far and this page brought new tags, so a full page may hide more. */
  /**
   * ECR answers 405 to an `n` above its cap, older distribution 400
   * PAGINATION_NUMBER_INVALID: then ask without `n`, at the registry's own size.
   */
  private async firstPageTolerant(
    url: string,
    action: string,
    first: boolean
  ): Promise<SessionResponse> {
    try {
      return await this.request({ method: 'GET', url }, action)
    } catch (error) {
      const status = error instanceof RegistryError ? error.status : undefined
      if (!first || (status !== 400 && status !== 405)) throw error
      const plain = new URL(url)
      plain.searchParams.delete('n')
      this.log.debug(
        `the registry refused n=${this.options.pageSize} (${status}); asking without n`
      )
      return this.request({ method: 'GET', url: plain.href }, action)
    }
  }

  /** Docker Hub's pull quota, as its `ratelimit-*` headers report it (`100;w=21600`). */
  rateLimit?: { limit: number; remaining: number; windowSeconds?: number }

  private noteRateLimit(response: SessionResponse): void {
    const limit = String(response.headers['ratelimit-limit'] ?? '')
    const remaining = String(response.headers['ratelimit-remaining'] ?? '')
    if (!/^\d+/.test(limit) || !/^\d+/.test(remaining)) return
    const window = /w=(\d+)/.exec(limit)?.[1]
    this.rateLimit = {
      limit: parseInt(limit, 10),
      remaining: parseInt(remaining, 10),
      ...(window && { windowSeconds: Number(window) })
    }
  }

  private nextPage(response: SessionResponse, page: string[], probe: boolean): string | undefined {
    const link = nextLink(response.headers.link)
    if (link !== undefined) {
      const next = new URL(link, response.url)
      const here = new URL(response.url)
      // Artifactory (RTFACT-18971) drops the virtual repository from the Link's
      // path: keep ours and take only its query (`last`, `n`).
      if (
        response.headers['x-jfrog-version'] &&
        next.host === here.host &&
        next.pathname !== here.pathname
      ) {
        here.search = next.search
        return here.href
      }
      if (next.host !== here.host) {
        throw new RegistryError(
          `The registry sent a next-page link to another host (${next.host}); refusing to follow it, since it could take our credentials elsewhere.`,
          'protocol'
        )
      }
      return next.href
    }
    // A full page and never a Link: some registries page silently. Ask for what
    // follows the last tag; stop when that brings nothing new. A registry that
    // sent Links before sends one on every page but the last.
    const last = page[page.length - 1]
    if (probe && page.length === this.options.pageSize && last !== undefined) {
      const next = new URL(response.url)
      next.searchParams.set('last', last)
      return next.href
    }
    return undefined
  }

  /** The manifest digest of a tag: HEAD (no pull quota spent), else GET and hash. */
  async digest(reference: string): Promise<string> {
    const action = `resolve the digest of '${this.ref.repository}:${reference}'`
    const url = `${this.base}/v2/${this.ref.repository}/manifests/${reference}`
    const headers = { Accept: MANIFEST_ACCEPT }
    const head = await this.send({ method: 'HEAD', url, headers }, action)
    this.noteRateLimit(head)
    const fromHeader = head.headers['docker-content-digest']
    if (head.status === 200 && typeof fromHeader === 'string' && DIGEST_RE.test(fromHeader))
      return fromHeader
    if (head.status === 404) throw errorFromResponse(this.context(action), head)
    const { digest } = await this.manifest(reference, action)
    return digest
  }

  private async manifest(
    reference: string,
    action: string
  ): Promise<{ digest: string; mediaType: string; body: Buffer }> {
    const url = `${this.base}/v2/${this.ref.repository}/manifests/${reference}`
    const response = await this.request(
      { method: 'GET', url, headers: { Accept: MANIFEST_ACCEPT } },
      action
    )
    const header = response.headers['docker-content-digest']
    const computed = `sha256:${createHash('sha256').update(response.body).digest('hex')}`
    const digest = typeof header === 'string' && DIGEST_RE.test(header) ? header : computed
    const mediaType =
      (response.headers['content-type'] ?? '').split(';')[0]!.trim() || mediaTypeOf(response.body)
    return { digest, mediaType, body: response.body }
  }

  /** The digest of `platform`'s manifest under the index `digest`; a single manifest must match it. */
  async platformDigest(digest: string, platform: Platform): Promise<string> {
    const wanted = formatPlatform(platform)
    const action = `resolve the ${wanted} manifest of '${this.ref.repository}@${digest}'`
    const manifest = await this.manifest(digest, action)
    if (INDEX_TYPES.has(manifest.mediaType)) {
      const entries = (parseJson(manifest.body, this.context(action)).manifests ??
        []) as IndexEntry[]
      const usable = entries.filter(
        e => e.platform?.os && e.platform.architecture && !isAttestation(e)
      )
      const matches = usable.filter(e => platformMatches(platform, e.platform as Platform))
      const exact = matches.find(
        e =>
          normalizePlatform(e.platform as Platform).variant === normalizePlatform(platform).variant
      )
      const chosen = exact ?? matches[0]
      if (!chosen?.digest) {
        const offered = usable
          .map(e => formatPlatform(normalizePlatform(e.platform as Platform)))
          .join(', ')
        throw new RegistryError(
          `'${this.ref.repository}@${digest}' has no ${wanted} image; it offers ${offered || 'no platforms'}. Set 'platform' to one of these.`,
          'not-found'
        )
      }
      return chosen.digest
    }
    const config = (parseJson(manifest.body, this.context(action)).config ?? {}) as {
      digest?: string
    }
    if (!config.digest) return manifest.digest
    const blob = await this.request(
      { method: 'GET', url: `${this.base}/v2/${this.ref.repository}/blobs/${config.digest}` },
      action
    )
    const image = parseJson(blob.body, this.context(action)) as unknown as Platform
    if (image.os && image.architecture && !platformMatches(platform, image)) {
      throw new RegistryError(
        `'${this.ref.repository}@${digest}' is a single-platform image for ${formatPlatform(normalizePlatform(image))}, not ${wanted}.`,
        'not-found'
      )
    }
    return manifest.digest
  }
}

function isAttestation(entry: IndexEntry): boolean {
  return (
    entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown')
  )
}

function mediaTypeOf(body: Buffer): string {
  try {
    const json = JSON.parse(body.toString('utf8')) as { mediaType?: string; manifests?: unknown }
    return json.mediaType ?? (json.manifests ? MEDIA_TYPES.ociIndex : MEDIA_TYPES.ociManifest)
  } catch {
    return ''
  }
}

function parseJson(body: Buffer, ctx: RequestContext): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(body.toString('utf8'))
    if (json && typeof json === 'object') return json as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: the answer was not JSON.`,
    'protocol'
  )
}

/** `{"name":…,"tags":[…]}`; `null` tags (distribution 2.x, empty repository) read as none. */
export function parseTagsPage(body: Buffer, ctx: RequestContext): string[] {
  const json = parseJson(body, ctx)
  const tags = json['tags']
  if (tags === null || tags === undefined) return []
  if (!Array.isArray(tags)) {
    throw new RegistryError(
      `Could not ${ctx.action} on ${ctx.registry}: 'tags' in the answer is not a list.`,
      'protocol'
    )
  }
  return tags.filter((t): t is string => typeof t === 'string')
}
