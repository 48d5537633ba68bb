// A CONNECT proxy with a test CA, so that the action can be pointed at
// registry-1.docker.io, auth.docker.io or ghcr.io (the real hostnames, the
// code's defaults) and reach servers on loopback. It terminates TLS with a
// certificate for every mapped host, signed by a CA the action trusts through
// NODE_EXTRA_CA_CERTS, and forwards each request by its Host header.
// Hosts that are not mapped are refused: nothing leaves loopback.
import { createServer } from 'node:http'
import { TLSSocket } from 'node:tls'
import { makeTestCa } from './pki.mjs'
import { readBody } from './read-body.mjs'

/**
 * routes: { 'registry-1.docker.io': 'http://127.0.0.1:port', … }
 * Records every CONNECT and every request: { host, method, path, auth }.
 */
export async function startMitmProxy({ dir, routes }) {
  const hosts = Object.keys(routes)
  const ca = makeTestCa(dir, hosts)
  const seen = []
  const inner = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '')
    seen.push({
      host,
      method: req.method,
      path: req.url,
      auth: req.headers.authorization?.split(' ')[0] ?? null
    })
    const target = routes[host]
    if (!target) {
      res.writeHead(502).end(`no route for ${host}`)
      return
    }
    const body = await readBody(req)
    const headers = { ...req.headers }
    delete headers.host
    delete headers.connection
    try {
      const answer = await fetch(new URL(req.url, target), {
        method: req.method,
        headers,
        body: body.length ? body : undefined,
        redirect: 'manual'
      })
      const out = {}
      answer.headers.forEach((v, k) => {
        if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k))
          out[k] = v
      })
      res.writeHead(answer.status, out)
      res.end(req.method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()))
    } catch (error) {
      res.writeHead(502).end(String(error))
    }
  })
  const outer = createServer((_req, res) => res.writeHead(405).end('CONNECT only'))
  outer.on('connect', (req, socket) => {
    const [host] = req.url.split(':')
    seen.push({ connect: req.url })
    if (!routes[host]) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    const tls = new TLSSocket(socket, { isServer: true, key: ca.key, cert: ca.cert })
    tls.on('error', () => socket.destroy())
    inner.emit('connection', tls)
  })
  await new Promise(resolve => outer.listen(0, '127.0.0.1', resolve))
  const { port } = outer.address()
  return {
    url: `http://127.0.0.1:${port}`,
    caPath: ca.caPath,
    seen,
    close: () =>
      new Promise(r => {
        outer.closeAllConnections?.()
        inner.closeAllConnections?.()
        outer.close(() => r())
      })
  }
}
