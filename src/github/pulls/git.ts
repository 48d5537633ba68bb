/**
 * The repository's git objects through the REST Git Data API (refs,
 * commits, trees, blobs): no git binary and no checkout credentials. Every
 * answer is checked for shape before a field is read.
 */
import { createHash } from 'node:crypto'
import { isRecord } from '../../registry/json.js'
import type { PullRequestClient } from './client.js'
import type { Step } from './errors.js'
import { serverMessage } from '../errors.js'
import { explainAnswer, protocolError } from './errors.js'

/** `/repos/{owner}/{name}`, the prefix of every path here. */
export interface Repo {
  readonly owner: string
  readonly name: string
  readonly path: string
}

export interface TreeEntry {
  readonly mode: string
  readonly type: string
  readonly sha: string
}

const SHA_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** Git's object id of a blob: sha1 of `blob <bytes>\0<bytes>`, what GitHub answers for it. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** `heads/a/b` with each part escaped for a URL path. */
const refPath = (branch: string) => `heads/${branch.split('/').map(encodeURIComponent).join('/')}`

/** The commit a branch points at; undefined when there is no such branch. */
export async function readBranch(
  client: PullRequestClient,
  repo: Repo,
  branch: string
): Promise<string | undefined> {
  const step: Step = { doing: `read the branch ${branch}`, needs: 'read' }
  const answer = await client.call(
    step,
    'GET',
    `${repo.path}/git/ref/${refPath(branch)}`,
    undefined,
    [200, 404]
  )
  if (answer.status === 404) return undefined
  const object = isRecord(answer.data) ? answer.data['object'] : undefined
  return shaOf(isRecord(object) ? object['sha'] : undefined, step, client, 'a ref without a commit')
}

/** The tree of a commit. */
export async function readCommitTree(
  client: PullRequestClient,
  repo: Repo,
  sha: string
): Promise<string> {
  const step: Step = { doing: `read the commit ${sha.slice(0, 12)}`, needs: 'read' }
  const answer = await client.call(step, 'GET', `${repo.path}/git/commits/${sha}`)
  const tree = isRecord(answer.data) ? answer.data['tree'] : undefined
  return shaOf(isRecord(tree) ? tree['sha'] : undefined, step, client, 'a commit without a tree')
}

/**
 * The entry at each path under `rootTree` (undefined where there is none),
 * reading one tree per directory on the way, each once.
 */
export async function entriesAt(
  client: PullRequestClient,
  repo: Repo,
  rootTree: string,
  paths: readonly string[]
): Promise<Map<string, TreeEntry | undefined>> {
  const trees = new Map<string, Map<string, TreeEntry> | undefined>()
  const treeOf = async (dir: string): Promise<Map<string, TreeEntry> | undefined> => {
    if (trees.has(dir)) return trees.get(dir)
    const slash = dir.lastIndexOf('/')
    const parent = dir === '' ? undefined : await treeOf(slash < 0 ? '' : dir.slice(0, slash))
    const entry = parent?.get(dir.slice(slash + 1))
    const sha = dir === '' ? rootTree : entry?.type === 'tree' ? entry.sha : undefined
    const listing = sha === undefined ? undefined : await readTree(client, repo, sha, dir)
    trees.set(dir, listing)
    return listing
  }
  const found = new Map<string, TreeEntry | undefined>()
  for (const path of paths) {
    const slash = path.lastIndexOf('/')
    const dir = await treeOf(slash < 0 ? '' : path.slice(0, slash))
    found.set(path, dir?.get(path.slice(slash + 1)))
  }
  return found
}

async function readTree(
  client: PullRequestClient,
  repo: Repo,
  sha: string,
  dir: string
): Promise<Map<string, TreeEntry>> {
  const step: Step = { doing: `read the tree of ${dir || 'the top directory'}`, needs: 'read' }
  const answer = await client.call(step, 'GET', `${repo.path}/git/trees/${sha}`)
  const data = isRecord(answer.data) ? answer.data : {}
  const list = Array.isArray(data['tree']) ? data['tree'] : undefined
  if (!list) throw protocolError(step, client.facts, 'a tree without entries')
  if (data['truncated'] === true) {
    throw protocolError(
      step,
      client.facts,
      'a truncated tree (a directory of over 100,000 entries)'
    )
  }
  const entries = new Map<string, TreeEntry>()
  for (const e of list) {
    if (!isRecord(e) || typeof e['path'] !== 'string' || typeof e['mode'] !== 'string') continue
    if (typeof e['type'] !== 'string' || typeof e['sha'] !== 'string' || !SHA_RE.test(e['sha']))
      continue
    entries.set(e['path'], { mode: e['mode'], type: e['type'], sha: e['sha'] })
  }
  return entries
}

/** Uploads a file's content; its id must be the one git gives it. */
export async function createBlob(
  client: PullRequestClient,
  repo: Repo,
  { path, content }: { path: string; content: string }
): Promise<string> {
  const step: Step = { doing: `upload ${path}`, needs: 'contents' }
  const body = { content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' }
  const answer = await client.call(step, 'POST', `${repo.path}/git/blobs`, body)
  const sha = shaOf(
    isRecord(answer.data) ? answer.data['sha'] : undefined,
    step,
    client,
    'no blob id'
  )
  if (sha.length === 40 && sha !== gitBlobSha(content)) {
    throw protocolError(step, client.facts, `the blob id ${sha}, not git's id of that content`)
  }
  return sha
}

export async function createTree(
  client: PullRequestClient,
  repo: Repo,
  baseTree: string,
  files: readonly { path: string; mode: string; sha: string }[]
): Promise<string> {
  const step: Step = { doing: 'create the tree of the commit', needs: 'contents' }
  const tree = files.map(f => ({ path: f.path, mode: f.mode, type: 'blob', sha: f.sha }))
  const answer = await client.call(step, 'POST', `${repo.path}/git/trees`, {
    base_tree: baseTree,
    tree
  })
  return shaOf(isRecord(answer.data) ? answer.data['sha'] : undefined, step, client, 'no tree id')
}

/** No author or committer: GitHub then signs the commits a GITHUB_TOKEN makes. */
export async function createCommit(
  client: PullRequestClient,
  repo: Repo,
  commit: { message: string; tree: string; parent: string }
): Promise<string> {
  const step: Step = { doing: 'create the commit', needs: 'contents' }
  const body = { message: commit.message, tree: commit.tree, parents: [commit.parent] }
  const answer = await client.call(step, 'POST', `${repo.path}/git/commits`, body)
  return shaOf(isRecord(answer.data) ? answer.data['sha'] : undefined, step, client, 'no commit id')
}

/** Points the branch at `sha`: created, or moved by force (it is this action's own branch). */
export async function writeBranch(
  client: PullRequestClient,
  repo: Repo,
  branch: string,
  sha: string,
  exists: boolean
): Promise<void> {
  if (!exists) {
    const step: Step = { doing: `create the branch ${branch}`, needs: 'contents' }
    const body = { ref: `refs/heads/${branch}`, sha }
    const answer = await client.send(step, 'POST', `${repo.path}/git/refs`, body)
    if (answer.status === 201) return
    // Made meanwhile (a run in parallel): then it is moved like an existing one.
    const made = answer.status === 422 && /already exists/i.test(serverMessage(answer.data))
    if (!made) throw explainAnswer(answer, step, client.facts)
  }
  const step: Step = { doing: `update the branch ${branch}`, needs: 'contents' }
  await client.call(step, 'PATCH', `${repo.path}/git/refs/${refPath(branch)}`, { sha, force: true })
}

function shaOf(value: unknown, step: Step, client: PullRequestClient, what: string): string {
  if (typeof value === 'string' && SHA_RE.test(value)) return value
  throw protocolError(step, client.facts, what)
}
