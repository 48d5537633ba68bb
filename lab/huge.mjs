// A registry with a huge repository, generated rather than stored: `count`
// tags served in pages of `pageSize` with distribution's Link header, and a
// digest for any manifest. For the bench and the bounds tests.
import { createServer } from 'node:http'

const DIGEST = `sha256:${'d'.repeat(64)}`

/** The i-th tag: versions with the variants real repositories carry, a few non-versions. */
export function hugeTag(i) {
  const version = `${Math.floor(i / 10_000)}.${Math.floor(i / 100) % 100}.${i % 100}`
  switch (i % 5) {
    case 0:
      return version
    case 1:
      return `${version}-alpine3.${i % 23}`
    case 2:
      return `${version}-slim-bookworm`
    case 3:
      return `sha-${((i * 2654435761) >>> 0).toString(16).padStart(8, '0')}`
    default:
      return `v${version}-rc.${i % 7}`
  }
}

export async function startHugeRegistry({ count, pageSize = 10_000, repository = 'huge/app' }) {
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    const url = new URL(req.url, 'http://x')
    if (url.pathname === `/v2/${repository}/tags/list`) {
      const start = Number(url.searchParams.get('last') ?? -1) + 1
      const end = Math.min(count, start + pageSize)
      const tags = []
      for (let i = start; i < end; i++) tags.push(hugeTag(i))
      const headers = { 'content-type': 'application/json' }
      // `last` is an index here: the server's own cursor, as opaque to clients as any.
      if (end < count)
        headers.link = `</v2/${repository}/tags/list?last=${end - 1}&n=${pageSize}>; rel="next"`
      res.writeHead(200, headers)
      res.end(JSON.stringify({ name: repository, tags }))
      return
    }
    if (url.pathname.startsWith(`/v2/${repository}/manifests/`)) {
      res.writeHead(200, { 'docker-content-digest': DIGEST })
      res.end()
      return
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${server.address().port}`
  return {
    host,
    image: `${host}/${repository}`,
    digest: DIGEST,
    requests: () => requests,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
