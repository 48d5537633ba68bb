/**
 * One plan to one pull request, idempotently: the branch gets a new commit
 * (on the base branch's head) only when its files differ from the plan's or
 * the pull request carries other updates, and the pull request is edited
 * only when its title, body or base differ. A pull request a person closed
 * without merging for the same updates is left closed, and nothing is
 * written.
 */
import type { Logger } from '../../logger.js'
import { branchName } from './branch.js'
import { PullRequestClient } from './client.js'
import { apiBaseUrl, baseBranch, splitRepository } from './context.js'
import { readRepository, writeCommit } from './commit.js'
import type { Repo } from './git.js'
import { entriesAt, gitBlobSha, readBranch } from './git.js'
import type { Marker } from './marker.js'
import { covers, markerOf, sameChange } from './marker.js'
import { checkPlan } from './plan.js'
import type { Pull } from './pulls.js'
import { editPull, listPulls, openPull } from './pulls.js'
import { renderPullRequest } from './render.js'
import { addLabels, commentOnce, requestReviewers } from './people.js'
import { madeByAction, readHeadCommit } from './trailer.js'
import type { GithubContext, PullRequestOutcome, PullRequestPlan } from './types.js'

/** Each request's timeout when the context names none. */
export const DEFAULT_TIMEOUT_MS = 20_000
/** GitHub's advice: a second between content-creating requests. */
export const DEFAULT_WRITE_SPACING_MS = 1000

export async function publishPullRequest(
  plan: PullRequestPlan,
  context: GithubContext,
  log: Logger
): Promise<PullRequestOutcome> {
  checkPlan(plan)
  const { owner, name } = splitRepository(context.repository)
  const repo: Repo = { owner, name, path: `/repos/${owner}/${name}` }
  const client = await clientFor(plan, context, log)
  const { defaultBranch } = await readRepository(client, repo)
  const base = baseBranch(context.ref, defaultBranch)
  const branch = branchName(plan.key)
  const wanted = markerOf(plan)
  const pulls = await listPulls(client, repo, branch)
  const open = pulls.find(p => p.open && p.marker) ?? pulls.find(p => p.open)
  const declined = open
    ? undefined
    : pulls.find(p => !p.open && !p.merged && p.marker && covers(p.marker, wanted))
  if (declined) {
    log.info(
      `Pull request #${declined.number} for these updates was closed without merging; not opening it again (a newer tag will open a new one): ${declined.url}`
    )
    return { number: declined.number, url: declined.url, action: 'declined' }
  }
  const text = renderPullRequest(plan)
  const committed = await syncBranch(client, repo, plan, { branch, base, open, wanted }, log)
  if (committed === 'stopped') return stopped(client, repo, branch, open, log)
  if (!open) {
    const pull = await openPull(client, repo, { ...text, head: branch, base })
    log.info(`Opened pull request #${pull.number}: ${pull.url}`)
    await addLabels(client, repo, pull, context.labels ?? [], log)
    await requestReviewers(client, repo, pull.number, context.reviewers ?? [], log)
    return { number: pull.number, url: pull.url, action: 'opened' }
  }
  const edited = await editPull(client, repo, open, { ...text, base })
  await addLabels(client, repo, open, context.labels ?? [], log)
  const action = committed || edited ? 'updated' : 'unchanged'
  log.info(
    `Pull request #${open.number} ${action === 'updated' ? 'updated' : 'is up to date'}: ${open.url}`
  )
  return { number: open.number, url: open.url, action }
}

function clientFor(
  plan: PullRequestPlan,
  context: GithubContext,
  log: Logger
): Promise<PullRequestClient> {
  return PullRequestClient.open({
    baseUrl: apiBaseUrl(context),
    token: context.token,
    log,
    timeoutMs: context.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    writeSpacingMs: context.writeSpacingMs ?? DEFAULT_WRITE_SPACING_MS,
    facts: {
      repository: context.repository,
      touchesWorkflows: plan.files.some(f => f.path.startsWith('.github/workflows/'))
    },
    ...(context.deadline && { deadline: context.deadline })
  })
}

interface Target {
  readonly branch: string
  readonly base: string
  readonly open: Pull | undefined
  readonly wanted: Marker
}

/**
 * Leaves the branch when its open pull request carries these updates and
 * its files already hold the plan's content; otherwise commits the plan
 * onto the base's head and points the branch there. True when it wrote;
 * `stopped` when the branch's head is a commit this action did not make.
 */
async function syncBranch(
  client: PullRequestClient,
  repo: Repo,
  plan: PullRequestPlan,
  target: Target,
  log: Logger
): Promise<boolean | 'stopped'> {
  const head = await readBranch(client, repo, target.branch)
  const known = new Set<string>()
  if (head) {
    const { tree, message } = await readHeadCommit(client, repo, head)
    if (!madeByAction(message)) return 'stopped'
    const entries = await entriesAt(
      client,
      repo,
      tree,
      plan.files.map(f => f.path)
    )
    const { open, wanted } = target
    const holds = plan.files.every(f => entries.get(f.path)?.sha === gitBlobSha(f.content))
    if (holds && open?.marker && sameChange(open.marker, wanted)) {
      log.debug(`${target.branch} already holds these changes`)
      return false
    }
    for (const entry of entries.values()) if (entry?.type === 'blob') known.add(entry.sha)
  }
  const made = await writeCommit(client, repo, plan, {
    ...target,
    exists: head !== undefined,
    known
  })
  const files = made.files === 1 ? '1 file' : `${made.files} files`
  log.info(`Committed ${files} to ${target.branch} (${made.commit.slice(0, 12)}) on ${target.base}`)
  return true
}

const STOPPED_COMMENT =
  'registry-tags stopped updating this pull request: its branch holds a commit that registry-tags did not make, and a person’s work is never overwritten. Merge or close it as you see fit; when it is closed and the branch is gone, a later run opens a new one.'

/** A person pushed to the branch: it stays as it is; the pull request is told so once. */
async function stopped(
  client: PullRequestClient,
  repo: Repo,
  branch: string,
  open: Pull | undefined,
  log: Logger
): Promise<PullRequestOutcome> {
  log.warning(
    `${branch} holds a commit registry-tags did not make (a person pushed to it): leaving the branch${open ? ` and pull request #${open.number}` : ''} as they are.`
  )
  if (!open) return { number: 0, url: '', action: 'stopped' }
  await commentOnce(client, repo, open.number, 'stopped', STOPPED_COMMENT)
  return { number: open.number, url: open.url, action: 'stopped' }
}
