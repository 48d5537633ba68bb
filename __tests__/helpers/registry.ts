/**
 * A small V2 registry in the test process, on loopback, answering as
 * distribution does (for unit tests that must not need the lab): `/v2/`,
 * paged tag lists and catalog with `Link` headers, manifests by tag with
 * `Docker-Content-Digest` (the real sha256 of the index it serves), and
 * optionally HTTP Basic auth with the challenge distribution sends.
 */
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { scriptedServer } from './servers.js'
import type { Scripted } from './servers.js'

export interface RegistryContent {
  /** Repository → its tags, in the order the registry lists them. */
  readonly repositories: Record<string, string[]>
  /** `user:password` the registry wants (HTTP Basic), or none. */
  readonly basic?: string
}

/** The OCI index the registry serves for a tag: one linux/amd64 manifest of its own. */
export function manifestOf(repository: string, tag: string): string {
  const manifest = `sha256:${createHash('sha256').update(`${repository}:${tag}/amd64`).digest('hex')}`
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: manifest,
        size: 1234,
        platform: { architecture: 'amd64', os: 'linux' }
      }
    ]
  })
}

export const digestOf = (repository: string, tag: string): string =>
  `sha256:${createHash('sha256').update(manifestOf(repository, tag)).digest('hex')}`

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'docker-distribution-api-version': 'registry/2.0',
    ...headers
  })
  res.end(JSON.stringify(body))
}

/** One page of `items` after `last`, at most `n`, and the Link to the next one. */
function page(items: string[], url: URL) {
  const n = Number(url.searchParams.get('n') ?? 100)
  const last = url.searchParams.get('last')
  const start = last === null ? 0 : items.indexOf(last) + 1
  const slice = items.slice(start, start + n)
  const more = start + n < items.length
  const next = `<${url.pathname}?last=${encodeURIComponent(slice.at(-1) ?? '')}&n=${n}>; rel="next"`
  const headers: Record<string, string> = more ? { link: next } : {}
  return { slice, headers }
}

export function startRegistry(content: RegistryContent): Promise<Scripted> {
  const expected = content.basic && `Basic ${Buffer.from(content.basic).toString('base64')}`
  return scriptedServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry')
    if (expected && req.headers.authorization !== expected) {
      const errors = [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }]
      return json(res, 401, { errors }, { 'www-authenticate': 'Basic realm="Registry Realm"' })
    }
    if (url.pathname === '/v2/') return json(res, 200, {})
    if (url.pathname === '/v2/_catalog') {
      const { slice, headers } = page(Object.keys(content.repositories).sort(), url)
      return json(res, 200, { repositories: slice }, headers)
    }
    const m = /^\/v2\/(.+)\/(tags\/list|manifests\/([^/]+))$/.exec(url.pathname)
    const repository = m?.[1] ?? ''
    const tags = content.repositories[repository]
    if (!m || !tags) {
      const errors = [
        {
          code: 'NAME_UNKNOWN',
          message: 'repository name not known to registry',
          detail: { name: repository }
        }
      ]
      return json(res, 404, { errors })
    }
    if (m[2] === 'tags/list') {
      const { slice, headers } = page(tags, url)
      return json(res, 200, { name: repository, tags: slice }, headers)
    }
    const tag = m[3] as string
    if (!tags.includes(tag)) {
      return json(res, 404, {
        errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail: { Tag: tag } }]
      })
    }
    const body = manifestOf(repository, tag)
    res.writeHead(200, {
      'content-type': 'application/vnd.oci.image.index.v1+json',
      'docker-content-digest': digestOf(repository, tag),
      'docker-distribution-api-version': 'registry/2.0',
      'content-length': String(Buffer.byteLength(body))
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
}
