// Stand-ins of the APIs that tell a tag's release date (issue 19), each a
// small server on loopback reached under its real hostname through
// lab/proxy.mjs, with dates relative to now:
//
//   startHubTagsApi   hub.docker.com  GET /v2/namespaces/{ns}/repositories/{repo}/tags/{tag}
//                                     (private repositories after POST /v2/auth/token)
//                                     → { name, tag_last_pushed, last_updated } (404 JSON when unknown)
//   startQuay         quay.io         GET /api/v1/repository/{ns}/{repo}/tag/?specificTag=&onlyActiveTags=
//                                     → { tags: [{ name, start_ts, last_modified }], page, has_additional };
//                                     every other path (/v2/…) is forwarded to `registry`
//   startPackagesApi  api.github.com  GET /orgs|users/{owner}/packages/container/{name}/versions
//                                     → versions newest first, { metadata: { container: { tags } } },
//                                     paged by Link (per_page), 401 without the token, 403 in mode 'no-scope'
//   startDatedFront   any registry    forwards to `target`, adding Last-Modified to manifest answers of
//                                     the tags in `dates` (and removing it for every other answer)
//
// `dates` maps 'repository:tag' to hours ago. Every request is recorded: { method, path, auth }.
import { createServer } from 'node:http'
import { readBody } from './read-body.mjs'

const hoursAgo = h => new Date(Date.now() - h * 3_600_000)

function listen(handler) {
  const requests = []
  const server = createServer((req, res) => {
    requests.push({
      method: req.method,
      path: req.url,
      auth: req.headers.authorization?.split(' ')[0] ?? null
    })
    Promise.resolve(handler(req, res)).catch(error => {
      res.writeHead(500).end(String(error))
    })
  })
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`
      resolve({
        url,
        requests,
        close: () => new Promise(r => (server.closeAllConnections(), server.close(() => r())))
      })
    })
  )
}

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/**
 * Private repositories' dates show only after a login (POST /v2/auth/token
 * {identifier, secret} → {access_token}, sent back as Bearer), as on the Hub.
 * @param {{ dates: Record<string, number>, private?: string[], users?: Record<string, string> }} options
 */
export function startHubTagsApi({ dates, private: hidden = [], users = {} }) {
  const tokens = new Set()
  return listen(async (req, res) => {
    const url = new URL(req.url, 'http://hub')
    if (req.method === 'POST' && url.pathname === '/v2/auth/token') {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}')
      if (!users[body.identifier] || users[body.identifier] !== body.secret)
        return json(res, 401, { message: 'Incorrect authentication credentials' })
      const token = `hub-${tokens.size + 1}-${Date.now()}`
      tokens.add(token)
      return json(res, 200, { access_token: token })
    }
    const m = /^\/v2\/namespaces\/([^/]+)\/repositories\/([^/]+)\/tags\/([^/]+)$/.exec(url.pathname)
    if (req.method !== 'GET' || !m) return json(res, 404, { message: 'page not found' })
    const [ns, repo, tag] = m.slice(1).map(decodeURIComponent)
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (hidden.includes(`${ns}/${repo}`) && !tokens.has(bearer))
      return json(res, 401, { message: 'authentication required' })
    const h = dates[`${ns}/${repo}:${tag}`]
    if (h === undefined)
      return json(res, 404, { message: 'httperror 404: tag not found', errinfo: {} })
    const pushed = hoursAgo(h).toISOString()
    json(res, 200, {
      name: tag,
      tag_status: 'active',
      last_updated: pushed,
      tag_last_pushed: pushed,
      tag_last_pulled: new Date().toISOString(),
      full_size: 1234,
      images: []
    })
  })
}

/** @param {{ dates: Record<string, number>, registry: string }} options */
export function startQuay({ dates, registry }) {
  return listen(async (req, res) => {
    const url = new URL(req.url, 'http://quay')
    const m = /^\/api\/v1\/repository\/([^/]+)\/([^/]+)\/tag\/$/.exec(url.pathname)
    if (!m) return forward(req, res, registry)
    const repository = m.slice(1).map(decodeURIComponent).join('/')
    const wanted = url.searchParams.get('specificTag')
    const tags = Object.entries(dates)
      .filter(([key]) => key.startsWith(`${repository}:`))
      .map(([key, h]) => ({ name: key.slice(repository.length + 1), h }))
      .filter(t => !wanted || t.name === wanted)
      .map(({ name, h }) => ({
        name,
        reversion: false,
        start_ts: Math.floor(hoursAgo(h).getTime() / 1000),
        manifest_digest: 'sha256:' + '0'.repeat(64),
        is_manifest_list: false,
        size: 1234,
        last_modified: hoursAgo(h).toUTCString()
      }))
    json(res, 200, { tags, page: 1, has_additional: false })
  })
}

/**
 * @param {{ versions: Record<string, { tags: string[], hoursAgo: number }[]>, token: string,
 *   perPage?: number, publicUrl?: string }} options  versions by 'owner/name', newest first
 */
export async function startPackagesApi({ versions, token, perPage = 2, publicUrl }) {
  const api = await listen((req, res) => {
    const url = new URL(req.url, 'http://github')
    const m = /^\/(orgs|users)\/([^/]+)\/packages\/container\/([^/]+)\/versions$/.exec(url.pathname)
    if (!m) return json(res, 404, { message: 'Not Found' })
    if (
      req.headers.authorization !== `token ${token}` &&
      req.headers.authorization !== `Bearer ${token}`
    )
      return json(res, 401, { message: 'Bad credentials' })
    if (api.mode === 'no-scope')
      return json(res, 403, { message: 'You need at least read:packages scope to list packages.' })
    const [, scope, owner, name] = m
    const list = versions[`${owner}/${decodeURIComponent(name)}`]
    if (!list || (scope === 'orgs') !== (api.orgs ?? []).includes(owner))
      return json(res, 404, { message: 'Not Found' })
    const size = Math.min(100, Number(url.searchParams.get('per_page')) || 30, perPage)
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
    const slice = list.slice((page - 1) * size, page * size)
    const headers = {}
    if (api.mode === 'loop') {
      // A hostile next link: back to the page just read, forever.
      headers.link = `<${new URL(req.url, publicUrl ?? `http://${req.headers.host}`).href}>; rel="next"`
    } else if (page * size < list.length) {
      const next = new URL(url.pathname, publicUrl ?? `http://${req.headers.host}`)
      next.searchParams.set('per_page', String(size))
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.href}>; rel="next"`
    }
    json(
      res,
      200,
      slice.map((v, i) => ({
        id: 9000 + (page - 1) * size + i,
        name: 'sha256:' + String(i).padStart(64, '0'),
        created_at: hoursAgo(v.hoursAgo + 1000).toISOString(),
        updated_at: hoursAgo(v.hoursAgo).toISOString(),
        metadata: { package_type: 'container', container: { tags: v.tags } }
      })),
      headers
    )
  })
  api.mode = 'ok'
  api.orgs = Object.keys(versions).map(k => k.split('/')[0])
  return api
}

/** @param {{ target: string, dates: Record<string, number> }} options */
export function startDatedFront({ target, dates }) {
  return listen((req, res) => {
    const m = /^\/v2\/(.+)\/manifests\/([^/?]+)/.exec(req.url)
    const h = m ? dates[`${m[1]}:${m[2]}`] : undefined
    return forward(
      req,
      res,
      target,
      h === undefined ? {} : { 'last-modified': hoursAgo(h).toUTCString() }
    )
  })
}

const HOP = [
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'last-modified'
]

async function forward(req, res, target, extra = {}) {
  const headers = { ...req.headers }
  delete headers.host
  delete headers.connection
  const answer = await fetch(new URL(req.url, target), {
    method: req.method,
    headers,
    redirect: 'manual'
  })
  const out = {}
  answer.headers.forEach((v, k) => {
    if (!HOP.includes(k)) out[k] = v
  })
  const body = Buffer.from(await answer.arrayBuffer())
  if (req.method !== 'HEAD') out['content-length'] = String(body.length)
  else if (answer.headers.get('content-length'))
    out['content-length'] = answer.headers.get('content-length')
  res.writeHead(answer.status, { ...out, ...extra })
  res.end(req.method === 'HEAD' ? undefined : body)
}
