// The git half of the GitHub stand-in (lab/github-git.mjs): an in-memory
// object store (blob and tree ids are git's own, sha1 of the object; commit
// ids are counted, sha-like) and the Git Data API over it: refs (get one,
// matching-refs, create, move with or without force), commits, trees (with
// base_tree) and blobs, answering as GitHub does.
import { createHash } from 'node:crypto'

const DOCS = 'https://docs.github.com/rest'

/**
 * @typedef {{ name: string, mode: string, type: 'blob' | 'tree', sha: string }} Entry
 * @typedef {{ tree: string, parents: string[], message: string, author: boolean }} Commit
 * @typedef {{ number: number, state: string, merged_at: string | null, title: string,
 *   body: string | null, head: string, base: string, created: number,
 *   labels?: string[], reviewers?: string[] }} Pull
 * @typedef {{ refs: Map<string, string>, commits: Map<string, Commit>, trees: Map<string, Entry[]>,
 *   blobs: Map<string, Buffer>, pulls: Pull[], people?: any }} State
 * @typedef {string | { content: string, mode: string }} FileSpec
 *   A file's text, or its text and mode ('100755' executable, '120000' a symbolic link).
 */

export function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers
  })
  res.end(JSON.stringify(body))
}

export const fail = (res, status, message, docs = DOCS, more = {}) =>
  send(res, status, { message, documentation_url: docs, status: String(status), ...more })

const sha1 = (type, data) =>
  createHash('sha1').update(`${type} ${data.length}\0`).update(data).digest('hex')

/** The object store over `state`. */
export function objectStore(/** @type {State} */ state) {
  let commits = 0
  const git = {
    putBlob(/** @type {Buffer} */ data) {
      const sha = sha1('blob', data)
      state.blobs.set(sha, data)
      return sha
    },
    /** Git's tree order (a directory sorts as `name/`) and git's tree id. */
    putTree(/** @type {Entry[]} */ entries) {
      const key = (/** @type {Entry} */ e) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name)
      const sorted = [...entries].sort((a, b) => Buffer.compare(key(a), key(b)))
      const line = (/** @type {Entry} */ e) =>
        Buffer.concat([
          Buffer.from(`${e.mode.replace(/^0/, '')} ${e.name}\0`),
          Buffer.from(e.sha, 'hex')
        ])
      const sha = sha1('tree', Buffer.concat(sorted.map(line)))
      state.trees.set(sha, sorted)
      return sha
    },
    putCommit(/** @type {Commit} */ commit) {
      const sha = createHash('sha1')
        .update(`${++commits} ${JSON.stringify(commit)}`)
        .digest('hex')
      state.commits.set(sha, commit)
      return sha
    },
    /** A new tree: `treeSha` with `leaf` at the path made of `parts`. */
    withEntry(treeSha, /** @type {string[]} */ parts, /** @type {Omit<Entry, 'name'>} */ leaf) {
      const entries = [...((treeSha && state.trees.get(treeSha)) || [])]
      const [name = '', ...rest] = parts
      const i = entries.findIndex(e => e.name === name)
      const inner = i >= 0 && entries[i]?.type === 'tree' ? entries[i]?.sha : undefined
      const next = rest.length
        ? { name, mode: '040000', type: 'tree', sha: git.withEntry(inner, rest, leaf) }
        : { ...leaf, name }
      if (i >= 0) entries.splice(i, 1)
      return git.putTree([...entries, /** @type {Entry} */ (next)])
    },
    /** A new commit on `branch` (or a first one) holding `files`; the branch moves to it. */
    commitFiles(
      /** @type {string} */ branch,
      /** @type {Record<string, FileSpec>} */ files,
      message = 'Push'
    ) {
      const parent = state.refs.get(`refs/heads/${branch}`)
      let tree = (parent && state.commits.get(parent)?.tree) || git.putTree([])
      for (const [path, spec] of Object.entries(files)) {
        const { content, mode } =
          typeof spec === 'string' ? { content: spec, mode: '100644' } : spec
        const leaf = {
          mode,
          type: /** @type {const} */ ('blob'),
          sha: git.putBlob(Buffer.from(content))
        }
        tree = git.withEntry(tree, path.split('/'), leaf)
      }
      const sha = git.putCommit({ tree, parents: parent ? [parent] : [], message, author: true })
      state.refs.set(`refs/heads/${branch}`, sha)
      return sha
    },
    /** @returns {Entry | undefined} */
    entryAt(/** @type {string | undefined} */ commit, /** @type {string} */ path) {
      let treeSha = commit ? state.commits.get(commit)?.tree : undefined
      let entry
      for (const name of path.split('/')) {
        entry = (treeSha ? state.trees.get(treeSha) : undefined)?.find(e => e.name === name)
        treeSha = entry?.type === 'tree' ? entry.sha : undefined
      }
      return entry
    },
    fileAt(/** @type {string | undefined} */ commit, /** @type {string} */ path) {
      const entry = git.entryAt(commit, path)
      return entry?.type === 'blob' ? state.blobs.get(entry.sha)?.toString('utf8') : undefined
    }
  }
  return git
}

/**
 * The Git Data API: `rest` is the path after /repos/{owner}/{repo}/.
 * @param {{ state: State, git: ReturnType<typeof objectStore>, res: any, body: any, base: string }} ctx
 */
export function gitData(ctx, method, rest) {
  const { state, git, res, body } = ctx
  let m
  if (method === 'GET' && (m = /^git\/(ref|matching-refs)\/(.+)$/.exec(rest)))
    return getRefs(ctx, m[1] === 'ref', m[2])
  if (method === 'POST' && rest === 'git/refs') return createRef(ctx)
  if (method === 'PATCH' && (m = /^git\/refs\/(.+)$/.exec(rest)))
    return moveRef(ctx, `refs/${m[1]}`)
  if (method === 'GET' && (m = /^git\/commits\/([0-9a-f]{40})$/.exec(rest))) {
    const commit = state.commits.get(m[1])
    return commit ? send(res, 200, commitJson(ctx, m[1], commit)) : fail(res, 404, 'Not Found')
  }
  if (method === 'POST' && rest === 'git/commits') {
    if (!state.trees.has(body?.tree)) return fail(res, 422, 'Tree SHA does not exist')
    const parents = Array.isArray(body.parents) ? body.parents : []
    if (!parents.every(p => state.commits.has(p))) {
      return fail(res, 422, 'Parent SHA does not exist or is not a commit object')
    }
    const commit = {
      tree: body.tree,
      parents,
      message: String(body.message ?? ''),
      author: body.author !== undefined
    }
    const sha = git.putCommit(commit)
    return send(res, 201, commitJson(ctx, sha, commit))
  }
  if (method === 'GET' && (m = /^git\/trees\/([0-9a-f]{40})$/.exec(rest))) {
    const entries = state.trees.get(m[1])
    return entries ? send(res, 200, treeJson(ctx, m[1], entries)) : fail(res, 404, 'Not Found')
  }
  if (method === 'POST' && rest === 'git/trees') return createTree(ctx)
  if (method === 'POST' && rest === 'git/blobs') {
    const { content, encoding = 'utf-8' } = body ?? {}
    if (typeof content !== 'string' || !['utf-8', 'base64'].includes(encoding)) {
      return fail(res, 422, 'Invalid request.')
    }
    const sha = git.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'))
    return send(res, 201, { sha, url: `${ctx.base}/git/blobs/${sha}` })
  }
  return fail(res, 404, 'Not Found')
}

function getRefs(ctx, exact, name) {
  const { state, res } = ctx
  const found = [...state.refs]
    .filter(([ref]) => (exact ? ref === `refs/${name}` : ref.startsWith(`refs/${name}`)))
    .map(([ref, sha]) => ({ ref, url: `${ctx.base}/git/${ref}`, object: { sha, type: 'commit' } }))
  if (!exact) return send(res, 200, found)
  return found[0]
    ? send(res, 200, found[0])
    : fail(res, 404, 'Not Found', `${DOCS}/git/refs#get-a-reference`)
}

function createRef({ state, res, body }) {
  const ref = body?.ref
  if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref)) {
    return fail(res, 422, "Reference name must start with 'refs/' and have at least two slashes.")
  }
  if (state.refs.has(ref)) return fail(res, 422, 'Reference already exists')
  if (!state.commits.has(body.sha)) return fail(res, 422, 'Object does not exist')
  state.refs.set(ref, body.sha)
  return send(res, 201, { ref, object: { sha: body.sha, type: 'commit' } })
}

function moveRef({ state, res, body }, ref) {
  const old = state.refs.get(ref)
  if (!old) return fail(res, 422, 'Reference does not exist')
  if (!state.commits.has(body?.sha)) return fail(res, 422, 'Object does not exist')
  if (!body.force && !isAncestor(state, old, body.sha))
    return fail(res, 422, 'Update is not a fast forward')
  state.refs.set(ref, body.sha)
  return send(res, 200, { ref, object: { sha: body.sha, type: 'commit' } })
}

/** POST trees: entries by `sha` (an existing blob) or `content`, on `base_tree` if given. */
function createTree(ctx) {
  const { state, git, res, body } = ctx
  const baseTree = body?.base_tree
  if (baseTree !== undefined && !state.trees.has(baseTree))
    return fail(res, 422, 'Invalid tree info')
  if (!Array.isArray(body?.tree)) return fail(res, 422, 'Invalid tree info')
  let tree = baseTree ?? git.putTree([])
  for (const e of body.tree) {
    const sha = typeof e.content === 'string' ? git.putBlob(Buffer.from(e.content)) : e.sha
    if (e.type !== 'blob' || !['100644', '100755'].includes(e.mode) || !state.blobs.has(sha)) {
      return fail(res, 422, 'Invalid tree info')
    }
    tree = git.withEntry(tree, String(e.path).split('/'), { mode: e.mode, type: 'blob', sha })
  }
  return send(res, 201, treeJson(ctx, tree, state.trees.get(tree)))
}

function isAncestor(state, ancestor, sha) {
  for (const todo = [sha]; todo.length;) {
    const next = todo.pop()
    if (next === ancestor) return true
    todo.push(...(state.commits.get(next)?.parents ?? []))
  }
  return false
}

function commitJson(ctx, sha, commit) {
  const person = { name: 'GitHub', email: 'noreply@github.com', date: '2026-01-01T00:00:00Z' }
  return {
    sha,
    url: `${ctx.base}/git/commits/${sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.tree, url: `${ctx.base}/git/trees/${commit.tree}` },
    parents: commit.parents.map(p => ({ sha: p, url: `${ctx.base}/git/commits/${p}` })),
    // GitHub signs what it commits for a token when no author is given.
    verification: { verified: !commit.author, reason: commit.author ? 'unsigned' : 'valid' }
  }
}

function treeJson(ctx, sha, entries) {
  const tree = entries.map(e => ({
    path: e.name,
    mode: e.mode,
    type: e.type,
    sha: e.sha,
    url: `${ctx.base}/git/${e.type}s/${e.sha}`
  }))
  return { sha, url: `${ctx.base}/git/trees/${sha}`, tree, truncated: false }
}
