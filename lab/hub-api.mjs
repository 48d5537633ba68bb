// A stand-in of the Docker Hub API (hub.docker.com) for repositories mode:
// both namespace listings, paged by absolute `next` URLs, and both logins.
//
//   GET  /v2/namespaces/{ns}/repositories?page=&page_size=   (404 JSON for an unknown namespace)
//   GET  /v2/repositories/{ns}/?page=&page_size=             (older: `count: 0` for an unknown
//                                                            namespace, 404 only past page 1)
//   POST /v2/auth/token  {identifier, secret} → {access_token}   (sent back as Bearer)
//   POST /v2/users/login {username, password} → {token}          (deprecated; JWT or Bearer;
//                                                            2FA accounts get login_2fa_token)
//
// Private repositories show only to a logged-in user named like the namespace
// or listed in its `members`. `next` is built from the Host header (or
// X-Forwarded-Host/-Proto, or `publicUrl` when a proxy rewrites the Host).
// Requests are recorded with the Authorization scheme only, never a secret.
import { createServer } from 'node:http'
import { randomBytes } from 'node:crypto'
import { readBody } from './read-body.mjs'

/** The Hub API's largest page (latest.yaml: page_size max 100), and its default. */
const MAX_PAGE_SIZE = 100
const DEFAULT_PAGE_SIZE = 10

/**
 * namespaces: { [ns]: { public: string[], private?: string[], members?: string[] } }
 * users: { [user]: password or personal access token }
 * legacyOnly: only the older listing and login exist (the new ones answer a 404 page)
 * legacyLogin: only the older login exists
 * twoFactor: users whose account has 2FA (the older login answers login_2fa_token)
 * pageSize: the largest page served (default 100)
 * publicUrl: the origin `next` URLs use, e.g. 'https://hub.docker.com'
 *
 * @param {{
 *   namespaces?: Record<string, { public?: string[], private?: string[], members?: string[] }>,
 *   users?: Record<string, string>,
 *   legacyOnly?: boolean,
 *   legacyLogin?: boolean,
 *   twoFactor?: string[],
 *   pageSize?: number,
 *   publicUrl?: string
 * }} [options]
 */
export async function startHubApi({
  namespaces = {},
  users = {},
  legacyOnly = false,
  legacyLogin = false,
  twoFactor = [],
  pageSize = MAX_PAGE_SIZE,
  publicUrl
} = {}) {
  const requests = []
  /** token → { user, kind: 'access' | 'jwt' } */
  const tokens = new Map()
  const state = {
    namespaces,
    users,
    legacyOnly,
    legacyLogin,
    twoFactor,
    pageSize,
    publicUrl,
    tokens
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://hub.invalid')
    const scheme = req.headers.authorization?.split(' ')[0] ?? null
    const user = userOf(req.headers.authorization, tokens)
    const record = { method: req.method, path: req.url, auth: scheme, user: user ?? null }
    requests.push(record)
    try {
      await route(req, res, url, user, record, state)
    } catch (error) {
      send(res, 500, { message: String(error) })
    }
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Tokens handed out so far (their values, for tests that check they stay hidden). */
    tokens: () => [...tokens.keys()],
    reset: () => (requests.length = 0),
    /** Changes which endpoints exist from now on: `{ legacyOnly, legacyLogin, twoFactor }`. */
    configure: flags => Object.assign(state, flags),
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function route(req, res, url, user, record, state) {
  const path = url.pathname
  if (req.method === 'POST' && path === '/v2/auth/token') {
    if (state.legacyOnly || state.legacyLogin) return notFoundPage(res)
    return login(req, res, record, state, 'access')
  }
  if (req.method === 'POST' && path === '/v2/users/login') {
    return login(req, res, record, state, 'jwt')
  }
  if (req.headers.authorization && !user) {
    return send(res, 401, { message: 'unauthorized', errinfo: null })
  }
  const current = /^\/v2\/namespaces\/([^/]+)\/repositories\/?$/.exec(path)
  const legacy = /^\/v2\/repositories\/([^/]+)\/?$/.exec(path)
  if (req.method !== 'GET' || (!current && !legacy)) return notFoundPage(res)
  if (current && state.legacyOnly) return notFoundPage(res)
  const namespace = decodeURIComponent((current ?? legacy)[1])
  const known = Object.hasOwn(state.namespaces, namespace)
  if (current && !known) return send(res, 404, { message: 'not found', errinfo: null })
  const names = visible(state.namespaces[namespace], namespace, user)
  return page(req, res, url, { namespace, names, legacy: Boolean(legacy) }, state)
}

/** One page: `{count, next, previous, results}` with absolute `next` and `previous`. */
function page(req, res, url, { namespace, names, legacy }, state) {
  const size = Math.min(
    Number(url.searchParams.get('page_size')) || DEFAULT_PAGE_SIZE,
    state.pageSize
  )
  const number = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const start = (number - 1) * size
  if (number > 1 && start >= names.length) return send(res, 404, { detail: 'Invalid page.' })
  const link = n => {
    const next = new URL(url.pathname, origin(req, state))
    next.searchParams.set('page', String(n))
    next.searchParams.set('page_size', String(size))
    return next.href
  }
  const results = names.slice(start, start + size).map(({ name, isPrivate }) => ({
    name,
    namespace,
    ...(legacy && { user: namespace }),
    repository_type: 'image',
    status: 1,
    is_private: isPrivate,
    star_count: 0,
    pull_count: 0,
    last_updated: '2026-01-01T00:00:00.000000Z',
    description: ''
  }))
  send(res, 200, {
    count: names.length,
    next: start + size < names.length ? link(number + 1) : null,
    previous: number > 1 ? link(number - 1) : null,
    results
  })
}

/** Public repositories, and private ones for the namespace's own user or members. */
function visible(entry, namespace, user) {
  if (!entry) return []
  const insider = user !== undefined && (user === namespace || entry.members?.includes(user))
  const names = (entry.public ?? []).map(name => ({ name, isPrivate: false }))
  if (insider) names.push(...(entry.private ?? []).map(name => ({ name, isPrivate: true })))
  return names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

async function login(req, res, record, state, kind) {
  let body
  try {
    body = JSON.parse(String(await readBody(req)))
  } catch {
    return send(res, 400, { message: 'invalid JSON body', errinfo: null })
  }
  const user = kind === 'access' ? body?.identifier : body?.username
  const secret = kind === 'access' ? body?.secret : body?.password
  record.user = typeof user === 'string' ? user : null
  if (
    typeof user !== 'string' ||
    !Object.hasOwn(state.users, user) ||
    state.users[user] !== secret
  ) {
    return kind === 'access'
      ? send(res, 401, { message: 'incorrect username or password', errinfo: null })
      : send(res, 401, { detail: 'Incorrect authentication credentials' })
  }
  if (kind === 'jwt' && state.twoFactor.includes(user)) {
    return send(res, 401, {
      detail: 'Require secondary authentication on MFA enabled account',
      login_2fa_token: token()
    })
  }
  const issued = token()
  state.tokens.set(issued, { user, kind })
  return send(res, 200, kind === 'access' ? { access_token: issued } : { token: issued })
}

/** The user a `Bearer` or `JWT` token was issued to (either token works with either scheme). */
function userOf(authorization, tokens) {
  const match = /^(Bearer|JWT) (\S+)$/.exec(authorization ?? '')
  return match ? tokens.get(match[2])?.user : undefined
}

function origin(req, state) {
  if (state.publicUrl) return state.publicUrl
  const host = req.headers['x-forwarded-host'] ?? req.headers.host
  const proto = req.headers['x-forwarded-proto'] ?? 'http'
  return `${proto}://${host}`
}

const token = () => `hub-${randomBytes(24).toString('base64url')}`

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/** What a path the Hub API does not have answers: a page, not the API's JSON. */
function notFoundPage(res) {
  res.writeHead(404, { 'content-type': 'text/html' })
  res.end('<html><body><h1>404 Page Not Found</h1></body></html>')
}
