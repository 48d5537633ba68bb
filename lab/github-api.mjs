// A stand-in of the GitHub REST endpoints that list an owner's container
// packages (issue 9): GET /orgs/{org}/packages and /users/{user}/packages with
// package_type, per_page (at most 100, 30 by default) and page, paged by a
// Link header with rel="next"/"last" built from the request's Host, as
// api.github.com does (its next links use /organizations/{id}/… and
// /user/{id}/…, also served). Behind a proxy, `publicUrl` is the address
// the links name instead (what api.github.com would send). Answers as GitHub does: 401 for a missing or
// wrong token, 403 without the read:packages scope, 404 for an unknown owner,
// 422 without package_type. Every request is recorded, Authorization included.
import { createServer } from 'node:http'

export const SCOPE_MESSAGE = 'You need at least read:packages scope to list packages.'
export const INTEGRATION_MESSAGE = 'Resource not accessible by integration'
const DOCS = 'https://docs.github.com/rest/packages/packages'

/**
 * @typedef {'ok' | 'no-scope' | 'integration' | 'rate-limited' | 'secondary-limit'} Mode
 *   'no-scope': 403 as for a classic token without read:packages;
 *   'integration': 403 as for a GITHUB_TOKEN without `packages: read`;
 *   'rate-limited': 403 with x-ratelimit-remaining 0; 'secondary-limit': 429 with retry-after.
 * @typedef {{ method: string, path: string, host: string, authorization: string | null }} Recorded
 * @typedef {{ url: string, host: string, requests: Recorded[], mode: Mode,
 *   resetAt: number, publicUrl?: string, reset(): void, close(): Promise<void> }} GithubApi
 */

/**
 * @param {{ orgs?: Record<string, string[]>, users?: Record<string, string[]>,
 *   token: string, mode?: Mode, host?: string, publicUrl?: string }} options
 * @returns {Promise<GithubApi>}
 */
export async function startGithubApi({
  orgs = {},
  users = {},
  token,
  mode = 'ok',
  host = '127.0.0.1',
  publicUrl
}) {
  const owners = new Map()
  let id = 1000
  for (const [scope, byName] of [
    ['orgs', orgs],
    ['users', users]
  ]) {
    for (const [login, names] of Object.entries(byName)) {
      const ownerId = ++id
      const type = scope === 'orgs' ? 'Organization' : 'User'
      const packages = names.map((name, i) => pkg(login, type, name, ownerId * 1000 + i))
      const owner = { scope, login, id: ownerId, packages }
      owners.set(`${scope}/${login.toLowerCase()}`, owner)
      owners.set(`${scope === 'orgs' ? 'organizations' : 'user'}/${owner.id}`, owner)
    }
  }
  const api = {
    url: '',
    host: '',
    /** @type {Recorded[]} */
    requests: [],
    mode,
    /** x-ratelimit-reset in the rate-limited modes: epoch seconds. */
    resetAt: Math.floor(Date.now() / 1000) + 3600,
    publicUrl,
    /** Forgets the requests and goes back to answering normally. */
    reset() {
      api.requests.length = 0
      api.mode = 'ok'
    },
    close: () =>
      new Promise(resolve => (server.closeAllConnections(), server.close(() => resolve())))
  }
  const server = createServer((req, res) => {
    api.requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      host: req.headers.host ?? '',
      authorization: req.headers.authorization ?? null
    })
    answer(api, owners, token, req, res)
  })
  await new Promise(resolve => server.listen(0, host, resolve))
  api.host = `${host}:${server.address().port}`
  api.url = `http://${api.host}`
  return api
}

function pkg(login, type, name, id) {
  return {
    id,
    name,
    package_type: 'container',
    owner: { login, id: 1, type },
    version_count: 3,
    visibility: 'public',
    url: `https://api.github.com/orgs/${login}/packages/container/${encodeURIComponent(name)}`,
    created_at: '2024-05-01T10:00:00Z',
    updated_at: '2025-01-01T10:00:00Z',
    html_url: `https://github.com/orgs/${login}/packages/container/package/${encodeURIComponent(name)}`
  }
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers
  })
  res.end(JSON.stringify(body))
}

const error = (res, status, message, headers) =>
  send(res, status, { message, documentation_url: DOCS, status: String(status) }, headers)

function answer(api, owners, token, req, res) {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
  const match = /^\/(orgs|users|organizations|user)\/([^/]+)\/packages$/.exec(url.pathname)
  if (req.method !== 'GET' || !match) return error(res, 404, 'Not Found')
  const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')
  if (!auth) return error(res, 401, 'Requires authentication')
  if (auth[1] !== token) return error(res, 401, 'Bad credentials')
  const limits = { 'x-ratelimit-limit': '5000', 'x-ratelimit-resource': 'core' }
  if (api.mode === 'rate-limited') {
    const reset = {
      ...limits,
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(api.resetAt)
    }
    return error(res, 403, 'API rate limit exceeded for user ID 1.', reset)
  }
  if (api.mode === 'secondary-limit') {
    return error(res, 429, 'You have exceeded a secondary rate limit.', { 'retry-after': '60' })
  }
  if (api.mode === 'no-scope') {
    return error(res, 403, SCOPE_MESSAGE, {
      'x-accepted-oauth-scopes': 'read:packages',
      'x-oauth-scopes': 'repo'
    })
  }
  if (api.mode === 'integration') return error(res, 403, INTEGRATION_MESSAGE)
  const owner = owners.get(`${match[1]}/${decodeURIComponent(match[2]).toLowerCase()}`)
  if (!owner) return error(res, 404, 'Not Found')
  if (url.searchParams.get('package_type') !== 'container') {
    return error(res, 422, 'Invalid request.\n\n"package_type" wasn\'t supplied.')
  }
  const perPage = Math.min(100, Number(url.searchParams.get('per_page')) || 30)
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const last = Math.max(1, Math.ceil(owner.packages.length / perPage))
  const headers = { ...limits, 'x-ratelimit-remaining': '4999' }
  const base = api.publicUrl ?? `http://${req.headers.host}`
  if (page < last) headers.link = links(base, owner, perPage, page, last)
  send(res, 200, owner.packages.slice((page - 1) * perPage, page * perPage), headers)
}

/** `<…page=2>; rel="next", <…page=9>; rel="last"`, on the Host the request named. */
function links(base, owner, perPage, page, last) {
  const path = `${owner.scope === 'orgs' ? 'organizations' : 'user'}/${owner.id}/packages`
  const at = n => `<${base}/${path}?package_type=container&per_page=${perPage}&page=${n}>`
  return `${at(page + 1)}; rel="next", ${at(last)}; rel="last"`
}
