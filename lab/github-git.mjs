// A stand-in of the GitHub REST endpoints a pull request is made with (issue
// 11): the repository, the Git Data API (refs, commits, trees, blobs: in
// lab/github-git-objects.mjs) and pulls (list by head and state, create,
// edit). Answers carry GitHub's status codes and messages: 401 for a missing
// or wrong token, 404 for another repository, 422 for invalid refs, trees and
// pull requests, and per `mode` the refusals a workflow meets:
// 'no-contents-write' (403 on git writes), 'no-pr-write' (403 on pull
// writes), 'actions-pr-disabled' (403 on opening a pull request: the
// repository setting), 'secondary-limit' (403 with retry-after on the next
// `limited` writes). `prefix` serves it under a path, as GitHub Enterprise
// Server does (/api/v3). Every request is recorded (method, path, whether it
// carried Authorization, its JSON body); the token itself is not kept.
import { createServer } from 'node:http'
import { fail, gitData, objectStore, send } from './github-git-objects.mjs'
import { peopleRoutes, peopleState } from './github-people.mjs'
import { releasesRoute } from './github-releases.mjs'

export const INTEGRATION_MESSAGE = 'Resource not accessible by integration'
export const ACTIONS_PR_MESSAGE =
  'GitHub Actions is not permitted to create or approve pull requests.'
export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.'
const DOCS = 'https://docs.github.com/rest'

/**
 * @typedef {import('./github-git-objects.mjs').State} State
 * @typedef {import('./github-git-objects.mjs').FileSpec} FileSpec
 * @typedef {'ok' | 'no-contents-write' | 'no-pr-write' | 'actions-pr-disabled' | 'secondary-limit'} Mode
 * @typedef {{ method: string, path: string, authorization: boolean, body?: any }} Recorded
 * @typedef {{ url: string, requests: Recorded[], state: State, mode: Mode, limited: number,
 *   retryAfter: string, fileAt(branch: string, path: string): string | undefined,
 *   modeAt(branch: string, path: string): string | undefined, headOf(branch: string): string | undefined,
 *   commitFiles(branch: string, files: Record<string, FileSpec>): string,
 *   closePull(number: number, options?: { merged?: boolean }): void, close(): Promise<void> }} GithubGit
 */

/**
 * @param {{ token: string, owner: string, repo: string, defaultBranch?: string,
 *   files: Record<string, FileSpec>, branches?: Record<string, Record<string, FileSpec>>,
 *   mode?: Mode, prefix?: string, limited?: number, retryAfter?: string, host?: string,
 *   people?: { collaborators?: string[], teams?: string[], labels?: string[] },
 *   releases?: Record<string, import('./github-releases.mjs').ReleaseSpec[]> }} options
 * @returns {Promise<GithubGit>}
 */
export async function startGithubGit(options) {
  const { token, owner, repo, defaultBranch = 'main', host = '127.0.0.1', prefix = '' } = options
  /** @type {State} */
  const state = {
    refs: new Map(),
    commits: new Map(),
    trees: new Map(),
    blobs: new Map(),
    pulls: [],
    people: peopleState(options.people)
  }
  const git = objectStore(state)
  const branches = { [defaultBranch]: options.files, ...options.branches }
  for (const [branch, files] of Object.entries(branches)) git.commitFiles(branch, files, 'Initial')
  const where = { owner, repo, token, prefix, defaultBranch, releases: options.releases ?? {} }
  const server = createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', chunk => (raw += chunk))
    req.on('end', () => {
      let body
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        return fail(res, 400, 'Problems parsing JSON')
      }
      const authorization = Boolean(req.headers.authorization)
      api.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization, body })
      answer({ api, git, where, req, res, body })
    })
  })
  await new Promise(resolve => server.listen(0, host, () => resolve(undefined)))
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
  const head = branch => state.refs.get(`refs/heads/${branch}`)
  /** @type {GithubGit} */
  const api = {
    url: `http://${host}:${port}${prefix}`,
    requests: [],
    state,
    mode: options.mode ?? 'ok',
    limited: options.limited ?? 1,
    retryAfter: options.retryAfter ?? '1',
    fileAt: (branch, path) => git.fileAt(head(branch), path),
    modeAt: (branch, path) => git.entryAt(head(branch), path)?.mode,
    headOf: head,
    commitFiles: (branch, files) => git.commitFiles(branch, files),
    closePull(number, { merged = false } = {}) {
      const pull = state.pulls.find(p => p.number === number)
      if (!pull) throw new Error(`no pull request #${number}`)
      pull.state = 'closed'
      if (!merged) return
      pull.merged_at = new Date().toISOString()
      state.refs.set(`refs/heads/${pull.base}`, head(pull.head) ?? '')
    },
    close: () =>
      new Promise(resolve => (server.closeAllConnections(), server.close(() => resolve())))
  }
  return api
}

/** The request's route: the part after /repos/{owner}/{repo}/, decoded. */
function route(pathname, prefix) {
  const path = decodeURIComponent(pathname)
  if (!path.startsWith(`${prefix}/repos/`)) return undefined
  const [, , owner, repo, ...rest] = path.slice(prefix.length).split('/')
  return { owner, repo, rest: rest.join('/') }
}

function answer(ctx) {
  const { api, where, req, res } = ctx
  const url = new URL(req.url ?? '/', 'http://stand-in')
  const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')
  if (!auth) return fail(res, 401, 'Requires authentication')
  if (auth[1] !== where.token) return fail(res, 401, 'Bad credentials')
  const r = route(url.pathname, where.prefix)
  if (releasesRoute(where.releases, req, res, where.prefix)) return
  if (!r || r.owner !== where.owner || r.repo !== where.repo) return fail(res, 404, 'Not Found')
  const method = req.method ?? 'GET'
  if (refused(api, method, r.rest, res)) return
  const base = `http://${req.headers.host}${where.prefix}/repos/${where.owner}/${where.repo}`
  const full = { ...ctx, state: api.state, base }
  if (method === 'GET' && r.rest === '') return send(res, 200, repository(full))
  if (peopleRoutes(full, method, r.rest)) return
  if (r.rest === 'pulls' || r.rest.startsWith('pulls/'))
    return pulls(full, method, r.rest, url.searchParams)
  return gitData(full, method, r.rest)
}

/** The mode's refusal, if it refuses this request (and then it has answered). */
function refused(api, method, rest, res) {
  if (method === 'GET') return false
  if (api.mode === 'secondary-limit' && api.limited > 0) {
    api.limited--
    res.setHeader('retry-after', api.retryAfter)
    fail(res, 403, SECONDARY_MESSAGE, `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`)
    return true
  }
  const pullsRoute = rest === 'pulls' || rest.startsWith('pulls/')
  if (api.mode === 'no-contents-write' && rest.startsWith('git/')) {
    fail(res, 403, INTEGRATION_MESSAGE, `${DOCS}/git/blobs#create-a-blob`)
    return true
  }
  if (api.mode === 'no-pr-write' && pullsRoute) {
    fail(res, 403, INTEGRATION_MESSAGE, `${DOCS}/pulls/pulls#create-a-pull-request`)
    return true
  }
  if (api.mode === 'actions-pr-disabled' && method === 'POST' && rest === 'pulls') {
    fail(res, 403, ACTIONS_PR_MESSAGE, `${DOCS}/pulls/pulls#create-a-pull-request`)
    return true
  }
  return false
}

function repository({ where, base }) {
  const fullName = `${where.owner}/${where.repo}`
  return {
    id: 1,
    name: where.repo,
    full_name: fullName,
    private: true,
    default_branch: where.defaultBranch,
    url: base,
    html_url: `https://github.example/${fullName}`
  }
}

function pulls(ctx, method, rest, query) {
  const { state, where, res, body } = ctx
  if (method === 'GET' && rest === 'pulls') {
    const wanted = query.get('state') ?? 'open'
    const head = query.get('head')
    const found = state.pulls
      .filter(p => wanted === 'all' || p.state === wanted)
      .filter(p => !head || head === `${where.owner}:${p.head}`)
      .sort((a, b) => b.created - a.created)
    return send(
      res,
      200,
      found.map(p => pullJson(ctx, p))
    )
  }
  if (method === 'POST' && rest === 'pulls') return openPull(ctx)
  const m = /^pulls\/(\d+)$/.exec(rest)
  const pull = m ? state.pulls.find(p => p.number === Number(m[1])) : undefined
  if (method !== 'PATCH' || !pull) return fail(res, 404, 'Not Found')
  for (const field of ['title', 'body', 'base', 'state']) {
    if (field === 'state' && body?.state === 'closed') pull.closedAt = Date.now()
    if (typeof body?.[field] === 'string') pull[field] = body[field]
  }
  return send(res, 200, pullJson(ctx, pull))
}

const invalid = (res, error) =>
  fail(res, 422, 'Validation Failed', `${DOCS}/pulls/pulls#create-a-pull-request`, {
    errors: [{ resource: 'PullRequest', ...error }]
  })

function openPull(ctx) {
  const { state, where, res, body } = ctx
  const { title, head, base } = body ?? {}
  if (typeof title !== 'string' || !title)
    return invalid(res, { code: 'missing_field', field: 'title' })
  const headSha = state.refs.get(`refs/heads/${head}`)
  const baseSha = state.refs.get(`refs/heads/${base}`)
  if (!headSha) return invalid(res, { field: 'head', code: 'invalid' })
  if (!baseSha) return invalid(res, { field: 'base', code: 'invalid' })
  if (state.pulls.some(p => p.state === 'open' && p.head === head && p.base === base)) {
    return invalid(res, {
      code: 'custom',
      message: `A pull request already exists for ${where.owner}:${head}.`
    })
  }
  if (state.commits.get(headSha)?.tree === state.commits.get(baseSha)?.tree) {
    return invalid(res, { code: 'custom', message: `No commits between ${base} and ${head}` })
  }
  const number = state.pulls.reduce((n, p) => Math.max(n, p.number), 0) + 1
  const pull = {
    number,
    state: 'open',
    merged_at: null,
    title,
    body: body.body ?? null,
    head,
    base,
    created: number
  }
  state.pulls.push(pull)
  return send(res, 201, pullJson(ctx, pull))
}

function pullJson({ state, where, base }, p) {
  const side = branch => ({
    label: `${where.owner}:${branch}`,
    ref: branch,
    sha: state.refs.get(`refs/heads/${branch}`) ?? null,
    repo: { full_name: `${where.owner}/${where.repo}` }
  })
  return {
    url: `${base}/pulls/${p.number}`,
    html_url: `https://github.example/${where.owner}/${where.repo}/pull/${p.number}`,
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    user: { login: 'github-actions[bot]' },
    merged_at: p.merged_at,
    labels: (p.labels ?? []).map(name => ({ name })),
    head: side(p.head),
    base: side(p.base)
  }
}
