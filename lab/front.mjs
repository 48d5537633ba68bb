// A small front on loopback that forwards to a real registry and adds what
// hosted registries do: Link pagination with page caps (relative or
// absolute Links), 429 with Retry-After, 5xx, HTML error bodies, a Link to
// another host, latency. It can also front the token realm so that every
// request of a lookup is counted in one place.
import { createServer } from 'node:http'
import { readBody } from './read-body.mjs'

const HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'host'
])

function copyHeaders(from) {
  const out = {}
  from.forEach((value, key) => {
    if (!HOP.has(key)) out[key] = value
  })
  return out
}

/**
 * options:
 *   target        registry base URL (http://127.0.0.1:port)
 *   pageCap       largest page of tags the front returns (a hosted registry's cap)
 *   defaultPage   page size when the client sends no n
 *   link          'relative' | 'absolute' | 'foreign' | 'none' (page silently, no Link) |
 *                 'artifactory' (a Link that drops the repository prefix, RTFACT-18971)
 *   tokenRealm    token server URL to front at /token (challenges are rewritten to it)
 *   faults        [{ match: RegExp, times, status, headers, body }] answered instead of forwarding
 *   delayMs       latency added to every answer
 *   dropHeaders   response headers to remove (e.g. docker-content-digest, as old registries do)
 *   challenge     { realm, service } to announce instead (a hosted registry's, e.g. auth.docker.io)
 *   addHeaders    headers added to every answer (e.g. Docker Hub's ratelimit-*)
 *   tokenPath     where the front serves the token realm: /token, /jwt/auth (GitLab), /service/token (Harbor)
 *   tokenFields   the only fields of token answers kept, e.g. ['token'] (docker.elastic.co)
 */
export async function startFront(options) {
  const {
    target,
    pageCap,
    defaultPage,
    link = 'relative',
    tokenRealm,
    delayMs = 0,
    dropHeaders = [],
    challenge,
    addHeaders = {},
    tokenFields,
    tokenPath = '/token'
  } = options
  const faults = (options.faults ?? []).map(f => ({ ...f, left: f.times ?? 1 }))
  const requests = []
  let self = ''

  const server = createServer(async (req, res) => {
    const path = req.url
    const record = {
      method: req.method,
      path,
      auth: req.headers.authorization?.split(' ')[0] ?? null
    }
    requests.push(record)
    if (delayMs) await new Promise(r => setTimeout(r, delayMs))
    const fault = faults.find(f => f.left > 0 && f.match.test(path))
    if (fault) {
      fault.left--
      record.status = fault.status
      res.writeHead(fault.status, fault.headers ?? {})
      res.end(fault.body ?? '')
      return
    }
    try {
      const upstream =
        path.startsWith(tokenPath) && tokenRealm
          ? new URL(path.slice(tokenPath.length), tokenRealm)
          : new URL(path, target)
      if (path.startsWith(tokenPath) && tokenRealm) upstream.pathname = new URL(tokenRealm).pathname
      const paging = pageCap && /\/tags\/list(\?|$)/.test(path) && req.method === 'GET'
      const forwarded = new URL(upstream)
      if (paging) forwarded.search = ''
      const headers = {}
      for (const [k, v] of Object.entries(req.headers)) if (!HOP.has(k)) headers[k] = v
      const requestBody = req.method === 'POST' ? await readBody(req) : undefined
      const answer = await fetch(forwarded, {
        method: req.method,
        headers,
        redirect: 'manual',
        body: requestBody
      })
      const outHeaders = copyHeaders(answer.headers)
      for (const name of dropHeaders) delete outHeaders[name]
      if (tokenRealm && outHeaders['www-authenticate']) {
        outHeaders['www-authenticate'] = outHeaders['www-authenticate']
          .replace(/realm="[^"]*"/, `realm="${challenge?.realm ?? `${self}${tokenPath}`}"`)
          .replace(/service="[^"]*"/, `service="${challenge?.service ?? 'registry-tags-lab'}"`)
          .replace(/scope="[^"]*"/, m => (challenge?.scope ? `scope="${challenge.scope}"` : m))
      }
      Object.assign(outHeaders, addHeaders)
      let body = Buffer.from(await answer.arrayBuffer())
      if (tokenFields && path.startsWith(tokenPath) && answer.status === 200) {
        // Answer like a given token service: docker.elastic.co sends no expires_in, ACR only access_token.
        const json = JSON.parse(body.toString())
        body = Buffer.from(
          JSON.stringify(
            Object.fromEntries(tokenFields.map(f => [f, json[f === 'access_token' ? 'token' : f]]))
          )
        )
      }
      if (paging && answer.status === 200) {
        const page = paginate(JSON.parse(body.toString()), new URL(path, self), {
          pageCap,
          defaultPage,
          link,
          self
        })
        body = Buffer.from(JSON.stringify(page.body))
        if (page.link) outHeaders.link = page.link
        if (link === 'artifactory') outHeaders['x-jfrog-version'] = 'Artifactory/7.90.0 79000900'
      }
      record.status = answer.status
      res.writeHead(answer.status, outHeaders)
      res.end(req.method === 'HEAD' ? undefined : body)
    } catch (error) {
      record.status = 502
      res.writeHead(502)
      res.end(String(error))
    }
  })

  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  self = `http://127.0.0.1:${port}`
  return {
    url: self,
    host: `127.0.0.1:${port}`,
    requests,
    reset() {
      requests.length = 0
    },
    close: () =>
      new Promise(r => {
        server.closeAllConnections?.()
        server.close(r)
      })
  }
}

/** distribution v3 semantics over a full list: lexical order, `last` exclusive, `n` capped. */
function paginate(full, url, { pageCap, defaultPage, link, self }) {
  const all = [...(full.tags ?? [])].sort()
  const last = url.searchParams.get('last')
  const asked = Number(url.searchParams.get('n') || defaultPage || pageCap)
  const n = Math.min(asked, pageCap)
  const start = last ? all.findIndex(t => t > last) : 0
  const tags = start < 0 ? [] : all.slice(start, start + n)
  const more = start >= 0 && start + n < all.length
  let header
  if (more && link !== 'none') {
    const next = `/v2/${full.name}/tags/list?last=${encodeURIComponent(tags[tags.length - 1])}&n=${n}`
    const base = link === 'absolute' ? self : link === 'foreign' ? 'http://127.0.0.2:9' : ''
    // Artifactory (RTFACT-18971): the Link loses the first path component of the repository.
    const path =
      link === 'artifactory'
        ? next.replace(`/v2/${full.name}/`, `/v2/${full.name.split('/').slice(1).join('/')}/`)
        : next
    header = `<${base}${path}>; rel="next"`
  }
  return { body: { name: full.name, tags }, link: header }
}
