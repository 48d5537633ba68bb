// A hostile registry on loopback: enough of the V2 API (tags/list, HEAD and
// GET manifests, a token realm) to be used as `image: 127.0.0.1:PORT/x/app`,
// with one mode per way a registry can attack or exhaust a client (issue 8).
// Every request is recorded with its full Authorization header, so a test
// can prove where credentials went. Nothing is stored: huge bodies are
// generated as they are sent.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import { pathToFileURL } from 'node:url'

export const TAG_GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/
export const USERS = { alice: 'hostile-pass-31' }
export const TOKEN = 'hostile-token'

/** Tags outside the grammar, each an attack on whatever prints or interpolates them. */
export const HOSTILE_TAGS = [
  '1.0$(touch /tmp/x)',
  '2.0\n::warning::pwned',
  '9.9.9;rm',
  `1.2.${'3'.repeat(125)}` // 129 characters, and the newest version if it were read
]
/** A backtracking `^(a+)+$` takes 2^59 steps to reject this. */
export const REDOS_TAG = `${'a'.repeat(59)}b`
export const MIB = 1024 * 1024

/** @typedef {{ method: string, path: string, authorization: string | null }} Recorded */
/** @typedef {{ host: string, url: string, requests: Recorded[], close(): Promise<void> }} Trap */
/**
 * @typedef {Trap & { image: string, repository: string, trap?: Trap, other?: Hostile,
 *   digests: { index: string, amd64: string, arm64: string }, connections?: number[],
 *   sent(): number }} Hostile
 */

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const sha256 = text => `sha256:${createHash('sha256').update(text).digest('hex')}`

/** Two platform manifests and their index: what every tag points to. */
function makeImage() {
  const child = arch =>
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(arch),
        size: 2
      },
      layers: []
    })
  const children = ['amd64', 'arm64'].map(arch => ({ arch, body: child(arch) }))
  const index = indexBody(
    children.map(c => ({
      mediaType: OCI_MANIFEST,
      digest: sha256(c.body),
      size: c.body.length,
      platform: { os: 'linux', architecture: c.arch }
    }))
  )
  const blobs = new Map([[sha256(index), { body: index, type: OCI_INDEX }]])
  for (const c of children) blobs.set(sha256(c.body), { body: c.body, type: OCI_MANIFEST })
  return {
    index,
    blobs,
    platformDigests: Object.fromEntries(children.map(c => [c.arch, sha256(c.body)]))
  }
}

const indexBody = manifests => JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests })

const AMD64 = { os: 'linux', architecture: 'amd64' }
const VALID = sha256('amd64')
/** mode 'bad-index': index JSON of wrong shapes. */
export const BAD_INDEXES = {
  'not-array': indexBody({ digest: VALID, platform: AMD64 }),
  'no-platform': indexBody([{ mediaType: OCI_MANIFEST, digest: VALID, size: 2 }]),
  'junk-entries': indexBody([null, 5, 'linux/amd64']),
  'not-a-digest': indexBody([{ mediaType: OCI_MANIFEST, digest: 'not-a-digest', platform: AMD64 }]),
  'shell-digest': indexBody([{ mediaType: OCI_MANIFEST, digest: 'sha256:$(id)', platform: AMD64 }])
}

/** A URL of `scheme` that would reach `host` if a client treated it as http. */
export function schemeUrl(scheme, host, path) {
  if (scheme === 'file:') return `file://${path}`
  if (scheme === 'javascript:') return `javascript:fetch('//${host}${path}')`
  return `${scheme}//${host}${path}`
}

/**
 * options:
 *   mode        'plain' (default; a well-behaved registry every mode builds on)
 *               'scheme'            realm, redirect Location or Link with `scheme` (see where)
 *               'foreign-challenge' tags/list redirects to `other` (another host) that answers
 *                                   401 with its own `challenge`: 'bearer' (own realm) | 'basic'
 *               'bad-tags'          HOSTILE_TAGS next to 1.0.0 and 1.1.0
 *               'bad-index'         `index`: a key of BAD_INDEXES; HEAD without Docker-Content-Digest
 *               'bad-digest-header' Docker-Content-Digest: `digestHeader` on HEAD and GET
 *               'truncated'         Content-Length 5000, 100 bytes, then close (`hold`: keep it open)
 *               'oversized'         a tags list of `sizeMiB` (70) MiB with its Content-Length
 *               'endless'           a chunked tags list that never ends (lab safety stop: stopAfterBytes)
 *               'basic'             Basic auth for USERS; `echoAuthorization`: tags/list answers 400
 *                                   with the Authorization it got in the registry's error message
 *               'link-comma'        Link `<…?last=b&n=2>; title="a, b"; rel="next"`, 2.0.0 on page 2
 *               'link-cursor'       the same tags on every page, with a Link to a new cursor each time
 *               'redos'             REDOS_TAG next to 1.0.0 (for `filter: ^(a+)+$`)
 *               'silent'            accepts connections and never answers
 *               'retry-after'       429 with Retry-After: `retryAfter` (600) seconds, always
 *               'flaky'             `failures` (1) times `status` (503; with `retryAfter`
 *                                   seconds, a Retry-After header), then the list
 *               'many'              `count` (200000) generated tags `a.b.0`, pages of `pageSize` (1000)
 *   scheme      'ftp:' | 'ws:' | 'file:' | 'javascript:'      (mode 'scheme')
 *   where       'realm' | 'redirect' | 'link'                   (mode 'scheme')
 *   host        '127.0.0.1' (default) or '::1'
 *   tags        the tag list of modes that have one
 *   auth        'none' | 'basic' | 'bearer': what /v2/ asks for (modes set their own)
 *   issuedAgoS  the token answer's issued_at lies this many seconds in the past (a clock behind)
 *
 * Resolves with { url, host, image, repository, requests, trap, other, digests, sent(), close() }:
 * `requests` [{ method, path, authorization }] of this server; `trap` a plain-HTTP listener on
 * another port that records any request (scheme mode); `other` the second host (foreign-challenge);
 * `sent()` the body bytes written so far (oversized, endless).
 * @returns {Promise<Hostile>}
 */
export async function startHostile(options = {}) {
  const o = { mode: 'plain', host: '127.0.0.1', repository: 'x/app', ...options }
  if (o.mode === 'silent') return startSilent(o)
  const trap = o.mode === 'scheme' ? await startTrap() : undefined
  const other =
    o.mode === 'foreign-challenge'
      ? await serve(
          {
            host: await secondHost(),
            repository: o.repository,
            auth: o.challenge ?? 'bearer',
            anyAuth: true
          },
          {}
        )
      : undefined
  return serve(o, { trap, other })
}

/** One registry server; `extras` (trap, other) are closed with it. */
async function serve(o, extras) {
  const { trap, other } = extras
  const image = makeImage()
  const state = {
    requests: /** @type {Recorded[]} */ ([]),
    bytes: 0,
    failures: o.failures ?? 1,
    self: ''
  }
  const plan = planFor(o, { trap, other, state })
  const server = createServer((req, res) => {
    handle(req, res, { o, plan, image, state }).catch(() => res.destroy())
  })
  const host = await listen(server, o.host)
  state.self = host
  return {
    url: `http://${host}`,
    host,
    image: `${host}/${o.repository}`,
    repository: o.repository,
    requests: state.requests,
    trap,
    other,
    digests: { index: sha256(image.index), ...image.platformDigests },
    sent: () => state.bytes,
    close: async () => {
      await closeServer(server)
      for (const extra of [trap, other]) await extra?.close()
    }
  }
}

/** What a mode changes: auth, realm, the tags/list answer, the manifest answer. */
function planFor(o, { trap, other, state }) {
  const base = { auth: o.auth ?? 'none', tags: o.tags ?? ['1.0.0', '1.1.0'], digestHeader: true }
  switch (o.mode) {
    case 'scheme':
      return schemePlan(o, base, trap, state)
    case 'foreign-challenge':
      return {
        ...base,
        auth: 'basic',
        tagsList: (_req, res) => redirect(res, `http://${other.host}/v2/${o.repository}/tags/list`)
      }
    case 'bad-tags':
      return { ...base, tags: o.tags ?? ['1.0.0', '1.1.0', ...HOSTILE_TAGS] }
    case 'bad-index':
      return { ...base, digestHeader: false, index: BAD_INDEXES[o.index ?? 'not-array'] }
    case 'bad-digest-header':
      return { ...base, digestHeader: o.digestHeader ?? 'sha256:$(id)' }
    case 'truncated':
      return { ...base, tagsList: (_req, res) => truncated(res, o.hold) }
    case 'oversized':
      return { ...base, tagsList: (_req, res) => oversized(res, (o.sizeMiB ?? 70) * MIB, state) }
    case 'endless':
      return {
        ...base,
        tagsList: (_req, res) => endless(res, o.stopAfterBytes ?? 1024 * MIB, state)
      }
    case 'basic':
      return { ...base, auth: 'basic', ...(o.echoAuthorization && { tagsList: echoAuthorization }) }
    case 'link-comma':
      return { ...base, tagsList: (req, res, url) => linkComma(res, url, o.repository) }
    case 'link-cursor':
      return { ...base, tagsList: (req, res) => linkCursor(res, state, o.repository) }
    case 'redos':
      return { ...base, tags: ['1.0.0', REDOS_TAG] }
    case 'retry-after':
      return { ...base, tagsList: (_req, res) => tooMany(res, o.retryAfter ?? 600) }
    case 'flaky':
      return { ...base, tagsList: (_req, res) => flaky(res, state, base.tags, o) }
    case 'many':
      return { ...base, tagsList: (_req, res, url) => manyPage(res, url, o) }
    default:
      return base
  }
}

function schemePlan(o, base, trap, state) {
  const { scheme = 'ftp:', where = 'realm' } = o
  if (where === 'realm')
    return { ...base, auth: 'bearer', realm: schemeUrl(scheme, trap.host, '/token') }
  if (where === 'redirect') {
    const to = schemeUrl(scheme, trap.host, `/v2/${o.repository}/tags/list`)
    return { ...base, tagsList: (_req, res) => redirect(res, to) }
  }
  // 'link': the next page on this very server, only the scheme changed.
  return {
    ...base,
    tagsList: (_req, res, url) => {
      if (url.searchParams.has('last'))
        return json(res, 200, { name: o.repository, tags: ['2.0.0'] })
      const next = schemeUrl(scheme, state.self, `/v2/${o.repository}/tags/list?last=1.1.0&n=2`)
      json(res, 200, { name: o.repository, tags: base.tags }, { link: `<${next}>; rel="next"` })
    }
  }
}

async function handle(req, res, { o, plan, image, state }) {
  const url = new URL(req.url, 'http://hostile')
  state.requests.push({
    method: req.method,
    path: req.url,
    authorization: req.headers.authorization ?? null
  })
  req.resume()
  if (url.pathname === '/token') {
    const issued = o.issuedAgoS && {
      issued_at: new Date(Date.now() - o.issuedAgoS * 1000).toISOString()
    }
    return json(res, 200, { token: TOKEN, access_token: TOKEN, expires_in: 300, ...issued })
  }
  if (!url.pathname.startsWith('/v2/'))
    return json(res, 404, registryError('NOT_FOUND', 'not found'))
  if (!authorized(req, plan.auth, o.anyAuth)) return challenge(res, plan, state.self, o.repository)
  const tags = /^\/v2\/(.+)\/tags\/list$/.exec(url.pathname)
  if (tags)
    return plan.tagsList
      ? plan.tagsList(req, res, url)
      : json(res, 200, { name: tags[1], tags: plan.tags })
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
  if (manifest) return sendManifest(req, res, plan, image, decodeURIComponent(manifest[2]))
  if (url.pathname === '/v2/') return json(res, 200, {})
  json(res, 404, registryError('NAME_UNKNOWN', 'repository name not known to registry'))
}

function authorized(req, auth, anyAuth) {
  const header = req.headers.authorization ?? ''
  if (auth === 'none') return true
  if (anyAuth) return header !== ''
  if (auth === 'bearer') return header.startsWith('Bearer ')
  return Object.entries(USERS).some(([user, pass]) => header === basicHeader(user, pass))
}

export const basicHeader = (user, pass) =>
  `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`

function challenge(res, plan, self, repository) {
  const value =
    plan.auth === 'basic'
      ? 'Basic realm="hostile"'
      : `Bearer realm="${plan.realm ?? `http://${self}/token`}",service="hostile",scope="repository:${repository}:pull"`
  json(res, 401, registryError('UNAUTHORIZED', 'authentication required'), {
    'www-authenticate': value
  })
}

function sendManifest(req, res, plan, image, ref) {
  const known = image.blobs.get(ref)
  const body = known?.body ?? plan.index ?? image.index
  const type = known?.type ?? OCI_INDEX
  const headers = { 'content-type': type, 'content-length': Buffer.byteLength(body) }
  if (plan.digestHeader === true) headers['docker-content-digest'] = sha256(body)
  else if (plan.digestHeader) headers['docker-content-digest'] = plan.digestHeader
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

function json(res, status, body, headers = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers
  })
  res.end(text)
}

const registryError = (code, message) => ({ errors: [{ code, message }] })

function redirect(res, location) {
  res.writeHead(307, { location, 'content-length': 0 })
  res.end()
}

function truncated(res, hold) {
  const start = Buffer.from('{"name":"x/app","tags":["1.0.0","1.1.0"')
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': 5000 })
  res.write(Buffer.concat([start, Buffer.alloc(100 - start.length, ' ')]))
  if (!hold) setTimeout(() => res.socket?.destroy(), 20)
}

/** `{"name":…,"tags":["v000000000",…]}` of exactly `size` bytes, generated as it is sent. */
function oversized(res, size, state) {
  const head = '{"name":"x/app","tags":['
  const entry = i => `"v${String(i).padStart(9, '0')}",` // 13 bytes
  const count = Math.ceil((size - head.length - 2) / 13)
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': head.length + count * 13 + 1
  })
  let i = 0
  stream(res, state, () => {
    if (i >= count) return null
    let chunk = i === 0 ? head : ''
    for (const end = Math.min(count, i + 5000); i < end; i++) chunk += entry(i)
    return i >= count ? `${chunk.slice(0, -1)}]}` : chunk
  })
}

/** A chunked list that goes on until the client hangs up (or the lab's own safety stop). */
function endless(res, stopAfterBytes, state) {
  res.writeHead(200, { 'content-type': 'application/json' })
  const block = '"1.0.0",'.repeat(8192)
  let started = false
  stream(
    res,
    state,
    () => {
      if (state.bytes >= stopAfterBytes) return null
      if (started) return block
      started = true
      return `{"name":"x/app","tags":[${block}`
    },
    '"1.0.0"]}'
  )
}

/** Writes next() until it returns null, waiting for the client to read (no buffering here). */
function stream(res, state, next, tail = '') {
  let closed = false
  res.on('close', () => (closed = true))
  const pump = () => {
    for (;;) {
      if (closed) return
      const chunk = next()
      if (chunk === null) return void res.end(tail)
      state.bytes += chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
  }
  pump()
}

function echoAuthorization(req, res) {
  const message = `invalid credentials in header: ${req.headers.authorization}`
  json(res, 400, registryError('DENIED', message))
}

function linkComma(res, url, repository) {
  if (url.searchParams.get('last') === 'b')
    return json(res, 200, { name: repository, tags: ['2.0.0'] })
  const link = `</v2/${repository}/tags/list?last=b&n=2>; title="a, b"; rel="next"`
  json(res, 200, { name: repository, tags: ['1.0.0', '1.1.0'] }, { link })
}

function linkCursor(res, state, repository) {
  const link = `</v2/${repository}/tags/list?n=1000&last=cursor${state.requests.length}>; rel="next"`
  json(res, 200, { name: repository, tags: ['1.0.0', '1.1.0'] }, { link })
}

function tooMany(res, seconds) {
  json(res, 429, registryError('TOOMANYREQUESTS', 'rate limit exceeded'), {
    'retry-after': String(seconds)
  })
}

function flaky(res, state, tags, { status = 503, retryAfter, repository }) {
  if (state.failures-- <= 0) return json(res, 200, { name: repository, tags })
  const headers = retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }
  json(
    res,
    status,
    registryError(status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', 'try again'),
    headers
  )
}

/** Tag i is `${i / 1000}.${i % 1000}.0`: pages are computed from `last`, nothing is stored. */
export const manyTag = i => `${Math.floor(i / 1000)}.${i % 1000}.0`

function manyPage(res, url, { count = 200_000, pageSize = 1000, repository }) {
  const last = /^(\d+)\.(\d+)\.0$/.exec(url.searchParams.get('last') ?? '')
  const start = last ? Number(last[1]) * 1000 + Number(last[2]) + 1 : 0
  const n = Math.min(Number(url.searchParams.get('n')) || pageSize, pageSize)
  const end = Math.min(count, start + n)
  const tags = []
  for (let i = start; i < end; i++) tags.push(manyTag(i))
  const more = end < count
  const link = `</v2/${repository}/tags/list?last=${manyTag(end - 1)}&n=${n}>; rel="next"`
  json(res, 200, { name: repository, tags }, more ? { link } : {})
}

/** A plain-HTTP listener that records every request and answers like a token service and a registry. */
async function startTrap() {
  /** @type {Recorded[]} */
  const requests = []
  const server = createServer((req, res) => {
    requests.push({
      method: req.method,
      path: req.url,
      authorization: req.headers.authorization ?? null
    })
    req.resume()
    json(res, 200, { token: 'trap-token', name: 'x/app', tags: ['6.6.6'] })
  })
  const host = await listen(server, '127.0.0.1')
  return { host, url: `http://${host}`, requests, close: () => closeServer(server) }
}

/** Accepts connections and never says a word. */
async function startSilent(o) {
  const sockets = new Set()
  const connections = []
  const server = createTcpServer(socket => {
    sockets.add(socket)
    connections.push(Date.now())
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  const host = await listen(server, o.host)
  return {
    url: `http://${host}`,
    host,
    image: `${host}/${o.repository}`,
    repository: o.repository,
    requests: /** @type {Recorded[]} */ ([]),
    connections,
    sent: () => 0,
    close: () => {
      for (const s of sockets) s.destroy()
      return new Promise(r => server.close(() => r()))
    }
  }
}

/** 127.0.0.2 where it can be bound (a different host), else another port of 127.0.0.1. */
async function secondHost() {
  const probe = createTcpServer()
  try {
    await listen(probe, '127.0.0.2')
    await new Promise(r => probe.close(r))
    return '127.0.0.2'
  } catch {
    return '127.0.0.1'
  }
}

function listen(server, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => {
      const { port } = server.address()
      resolve(host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`)
    })
  })
}

function closeServer(server) {
  return new Promise(r => {
    server.closeAllConnections?.()
    server.close(() => r())
  })
}

/** Whether this machine can listen on [::1] (mode 'plain' with host '::1'). */
export async function canBindIpv6() {
  const probe = createTcpServer()
  try {
    await listen(probe, '::1')
    await new Promise(r => probe.close(r))
    return true
  } catch {
    return false
  }
}

// `node lab/hostile.mjs <mode> [key=value …]` runs one hostile registry until Ctrl-C.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [mode = 'plain', ...pairs] = process.argv.slice(2)
  const extra = Object.fromEntries(pairs.map(p => p.split('=')))
  const hostile = await startHostile({ mode, ...extra })
  console.log(`mode ${mode}: image ${hostile.image} (Ctrl-C to stop)`)
  process.on('SIGINT', () => hostile.close().then(() => process.exit(0)))
}
