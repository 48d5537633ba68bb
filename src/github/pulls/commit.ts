/**
 * The plan as one commit on the base branch's head: blobs for the files
 * whose content is new to the repository, a tree on the base's tree, the
 * commit (no author: GitHub signs what GITHUB_TOKEN commits), and the
 * branch pointed at it.
 */
import { isRecord } from '../../registry/json.js'
import { isBranchName } from '../../text/git-ref.js'
import type { PullRequestClient } from './client.js'
import type { Step } from './errors.js'
import { PullRequestError, protocolError } from './errors.js'
import type { Repo, TreeEntry } from './git.js'
import {
  createBlob,
  createCommit,
  createTree,
  entriesAt,
  gitBlobSha,
  readBranch,
  readCommitTree,
  writeBranch
} from './git.js'
import { commitMessage } from './plan.js'
import type { PullRequestPlan } from './types.js'

/** Modes a file may have to be rewritten: a regular file, executable or not. */
const FILE_MODES = new Set(['100644', '100755'])

export async function readRepository(
  client: PullRequestClient,
  repo: Repo
): Promise<{ defaultBranch: string }> {
  const step: Step = { doing: 'read the repository', needs: 'read' }
  const answer = await client.call(step, 'GET', repo.path, undefined, [200])
  const branch = isRecord(answer.data) ? answer.data['default_branch'] : undefined
  if (typeof branch !== 'string' || !branch) {
    throw protocolError(step, client.facts, 'a repository without a default branch')
  }
  if (!isBranchName(branch)) {
    throw protocolError(step, client.facts, 'a default branch that is not a valid git branch name')
  }
  return { defaultBranch: branch }
}

export interface CommitTarget {
  readonly branch: string
  readonly base: string
  readonly exists: boolean
  /** Blob ids the branch holds at the plan's paths: those need no upload. */
  readonly known: ReadonlySet<string>
}

export async function writeCommit(
  client: PullRequestClient,
  repo: Repo,
  plan: PullRequestPlan,
  target: CommitTarget
): Promise<{ commit: string; files: number }> {
  const parent = await readBranch(client, repo, target.base)
  if (!parent) {
    throw new PullRequestError(
      `Could not open a pull request into ${target.base} in ${client.facts.repository}: there is no such branch. The base is the branch the workflow runs on (GITHUB_REF), or the default branch.`,
      { kind: 'not-found', status: 404 }
    )
  }
  const baseTree = await readCommitTree(client, repo, parent)
  const paths = plan.files.map(f => f.path)
  const before = await entriesAt(client, repo, baseTree, paths)
  const changed = plan.files.filter(f => before.get(f.path)?.sha !== gitBlobSha(f.content))
  if (changed.length === 0) {
    throw new PullRequestError(
      `Could not commit to ${target.branch} in ${client.facts.repository}: ${target.base} already holds every change (${paths.join(', ')}), so there is nothing to propose.`,
      { kind: 'unexpected' }
    )
  }
  const files = []
  for (const file of changed) {
    const mode = modeFor(before.get(file.path), file.path, client)
    const sha = gitBlobSha(file.content)
    const uploaded = target.known.has(sha) ? sha : await createBlob(client, repo, file)
    files.push({ path: file.path, mode, sha: uploaded })
  }
  const tree = await createTree(client, repo, baseTree, files)
  const commit = await createCommit(client, repo, { message: commitMessage(plan), tree, parent })
  await writeBranch(client, repo, target.branch, commit, target.exists)
  return { commit, files: changed.length }
}

/** The base's mode for a regular file; a new file is a plain one; anything else is refused. */
function modeFor(entry: TreeEntry | undefined, path: string, client: PullRequestClient): string {
  if (!entry) return '100644'
  if (entry.type === 'blob' && FILE_MODES.has(entry.mode)) return entry.mode
  const what =
    entry.mode === '120000'
      ? 'a symbolic link'
      : entry.type === 'commit'
        ? 'a submodule'
        : 'a directory'
  throw new PullRequestError(
    `Could not commit ${path} in ${client.facts.repository}: on the base branch it is ${what}, not a file; refusing to replace it. Leave it out of 'update-files'.`,
    { kind: 'unexpected' }
  )
}
