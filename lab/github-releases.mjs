// A stand-in of GitHub's releases listing (issue 19): GET
// /repos/{owner}/{repo}/releases with per_page (at most 100, 30 by default)
// and page, newest first, a Link header with rel="next" while there are
// more. Served on its own (as api.github.com behind lab/proxy.mjs) and by
// the pull-request stand-in (lab/github-git.mjs) for repositories other
// than its own. Every request is recorded with whether it carried
// Authorization; a repository it does not know answers 404.
import { createServer } from 'node:http'

/**
 * @typedef {{ tag_name: string, name?: string, body?: string | null, draft?: boolean,
 *   prerelease?: boolean, html_url?: string }} ReleaseSpec
 * @typedef {{ method: string, path: string, authorization: string | null }} Recorded
 */

/** Answers when the path is a releases listing of a known repository; false otherwise. */
export function releasesRoute(releases, req, res, prefix = '') {
  const url = new URL(req.url ?? '/', 'http://stand-in')
  const m = new RegExp(`^${prefix}/repos/([^/]+)/([^/]+)/releases$`).exec(url.pathname)
  const list = m && req.method === 'GET' ? releases[`${m[1]}/${m[2]}`] : undefined
  if (!list) return false
  const perPage = Math.min(100, Number(url.searchParams.get('per_page')) || 30)
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const items = list.slice((page - 1) * perPage, page * perPage).map((r, i) => ({
    id: page * 1000 + i,
    tag_name: r.tag_name,
    name: r.name ?? r.tag_name,
    body: r.body ?? null,
    draft: r.draft ?? false,
    prerelease: r.prerelease ?? false,
    html_url: r.html_url ?? `https://github.com/${m[1]}/${m[2]}/releases/tag/${r.tag_name}`
  }))
  const headers = { 'content-type': 'application/json; charset=utf-8' }
  if (page * perPage < list.length) {
    const next = `${url.pathname}?per_page=${perPage}&page=${page + 1}`
    headers.link = `<http://${req.headers.host}${next}>; rel="next"`
  }
  res.writeHead(200, headers)
  res.end(JSON.stringify(items))
  return true
}

/**
 * @param {{ releases: Record<string, ReleaseSpec[]>, host?: string }} options
 * @returns {Promise<{ url: string, requests: Recorded[], close(): Promise<void> }>}
 */
export async function startGithubReleases({ releases, host = '127.0.0.1' }) {
  const requests = []
  const server = createServer((req, res) => {
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization ?? null
    })
    if (!releasesRoute(releases, req, res)) {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: 'Not Found' }))
    }
  })
  await new Promise(resolve => server.listen(0, host, () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise(resolve => (server.closeAllConnections(), server.close(() => resolve())))
  }
}
