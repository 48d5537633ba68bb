// A token issuer for distribution's `auth.token` mode: RS256 JWTs whose header
// carries x5c with the issuer certificate listed in the registry's rootcertbundle.
// Grants pull by user and repository; anonymous pull only where allowed; the
// catalog (`registry:catalog:*`) only to users allowed to list it. A scope not
// granted is left out of the token, as Harbor's and GitLab's services do:
// distribution then answers 401 with error="insufficient_scope".
import { createServer } from 'node:http'
import { randomUUID, sign } from 'node:crypto'
import { readBody } from './read-body.mjs'

const b64url = buf => Buffer.from(buf).toString('base64url')

export function signJwt(claims, { keyPem, x5c }) {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', x5c: [x5c] }))
  const payload = b64url(JSON.stringify(claims))
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), keyPem)
  return `${header}.${payload}.${b64url(signature)}`
}

/**
 * users: { name: password }; canPull(user | undefined, repository) → boolean;
 * canListCatalog(user | undefined) → boolean.
 * options.omitExpiresIn: answer like docker.elastic.co (no expires_in);
 * options.field: 'token' | 'access_token' | 'both'.
 */
export function startTokenServer({
  issuer,
  service,
  pki,
  users,
  canPull,
  canListCatalog = () => false,
  refreshTokens = {},
  postForm = true,
  omitExpiresIn = false,
  field = 'both',
  expiresIn = 300
}) {
  const log = []
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x')
    let user
    if (req.method === 'POST') {
      // oauth.md: grant_type=refresh_token with a refresh (identity) token.
      const form = new URLSearchParams(String(await readBody(req)))
      const owner = refreshTokens[form.get('refresh_token')]
      if (
        !postForm ||
        form.get('grant_type') !== 'refresh_token' ||
        !form.get('client_id') ||
        !owner
      ) {
        log.push({ path: url.pathname, method: 'POST', ok: false })
        res.writeHead(postForm ? 401 : 404, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ details: postForm ? 'invalid refresh token' : 'not found' }))
        return
      }
      user = owner
      for (const scope of (form.get('scope') ?? '').split(' '))
        if (scope) url.searchParams.append('scope', scope)
    }
    const auth = req.method === 'POST' ? undefined : req.headers.authorization
    if (auth?.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(auth.slice(6), 'base64').toString().split(':')
      const secret = rest.join(':')
      if (refreshTokens[secret]) {
        user = refreshTokens[secret]
      } else if (users[name] === undefined || users[name] !== secret) {
        log.push({ path: url.pathname, user: name, ok: false })
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ details: 'incorrect username or password' }))
        return
      } else {
        user = name
      }
    }
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap(s => s.split(' '))
      .filter(Boolean)
    const access = []
    for (const scope of scopes) {
      const [type, ...restParts] = scope.split(':')
      const actions = restParts.pop()?.split(',') ?? []
      const name = restParts.join(':')
      if (type === 'repository' && actions.includes('pull') && canPull(user, name)) {
        access.push({ type, name, actions: ['pull'] })
      } else if (type === 'registry' && name === 'catalog' && actions.includes('*')) {
        if (canListCatalog(user)) access.push({ type, name, actions: ['*'] })
      }
    }
    log.push({
      path: url.pathname,
      user,
      scopes,
      granted: access.map(a => a.name),
      service: url.searchParams.get('service')
    })
    const now = Math.floor(Date.now() / 1000)
    const token = signJwt(
      {
        iss: issuer,
        sub: user ?? '',
        aud: service,
        exp: now + expiresIn,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access
      },
      pki
    )
    const body = { issued_at: new Date().toISOString() }
    if (!omitExpiresIn) body.expires_in = expiresIn
    if (field === 'token' || field === 'both') body.token = token
    if (field === 'access_token' || field === 'both') body.access_token = token
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  })
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({
        url: `http://127.0.0.1:${port}/token`,
        port,
        log,
        close: () => new Promise(r => server.close(r))
      })
    })
  )
}
