/**
 * Open pull requests of this action whose update is no longer needed are
 * closed, with a comment, and their branch deleted: the image was checked
 * and has nothing to move (the base already has the tag), or the image is
 * gone from every file the pull request changed (all of them files this
 * run read, so another workflow's images are never taken for gone). A
 * branch a person pushed to is left open, as it is.
 */
import type { Logger } from '../../logger.js'
import { isRecord } from '../../registry/json.js'
import { BRANCH_PREFIX } from './branch.js'
import { PullRequestClient } from './client.js'
import { apiBaseUrl, splitRepository } from './context.js'
import type { Step } from './errors.js'
import type { Repo } from './git.js'
import { readBranch } from './git.js'
import { readMarker } from './marker.js'
import { commentOnce } from './people.js'
import { madeByAction, readHeadCommit } from './trailer.js'
import type { GithubContext } from './types.js'

export interface StaleQuestion {
  /** Keys (image names, or `all`) checked in this run with nothing to move and no failure. */
  readonly settled: ReadonlySet<string>
  /** Keys of images this run found in its files, whatever became of them. */
  readonly seen: ReadonlySet<string>
  /** Repository-relative paths of every file this run read. */
  readonly files: ReadonlySet<string>
}

export interface ClosedPull {
  readonly key: string
  readonly number: number
  readonly url: string
  readonly why: string
}

const PAGES = 3

export async function closeStalePulls(
  context: GithubContext,
  question: StaleQuestion,
  log: Logger
): Promise<ClosedPull[]> {
  const { owner, name } = splitRepository(context.repository)
  const repo: Repo = { owner, name, path: `/repos/${owner}/${name}` }
  const client = await PullRequestClient.open({
    baseUrl: apiBaseUrl(context),
    token: context.token,
    log,
    timeoutMs: context.timeoutMs ?? 20_000,
    writeSpacingMs: context.writeSpacingMs ?? 1000,
    facts: { repository: context.repository, touchesWorkflows: false },
    ...(context.deadline && { deadline: context.deadline })
  })
  const closed: ClosedPull[] = []
  for (const pull of await openPullsOfAction(client, repo)) {
    const why = await staleReason(client, repo, pull, question)
    if (!why) continue
    const head = await readBranch(client, repo, pull.branch)
    if (head && !madeByAction((await readHeadCommit(client, repo, head)).message)) {
      log.info(
        `Pull request #${pull.number} (${pull.key}) is no longer needed (${why}), but a person pushed to ${pull.branch}: left open.`
      )
      continue
    }
    await close(client, repo, pull, why, head !== undefined)
    log.info(`Closed pull request #${pull.number} (${pull.key}): ${why}; deleted ${pull.branch}.`)
    closed.push({ key: pull.key, number: pull.number, url: pull.url, why })
  }
  return closed
}

interface ActionPull {
  readonly number: number
  readonly url: string
  readonly branch: string
  readonly key: string
  readonly body: string
}

/** Open pull requests from this repository's `registry-tags/` branches that carry our marker. */
async function openPullsOfAction(client: PullRequestClient, repo: Repo): Promise<ActionPull[]> {
  const step: Step = { doing: 'list the open pull requests', needs: 'pull-requests' }
  const found: ActionPull[] = []
  for (let page = 1; page <= PAGES; page++) {
    const path = `${repo.path}/pulls?state=open&per_page=100&page=${page}`
    const answer = await client.call(step, 'GET', path, undefined, [200])
    const list = Array.isArray(answer.data) ? answer.data : []
    for (const p of list) {
      const pull = readActionPull(p, repo)
      if (pull) found.push(pull)
    }
    if (list.length < 100) break
  }
  return found
}

function readActionPull(p: unknown, repo: Repo): ActionPull | undefined {
  if (!isRecord(p) || !isRecord(p['head'])) return undefined
  const { number, html_url: url, body } = p
  const branch = p['head']['ref']
  const from = isRecord(p['head']['repo']) ? p['head']['repo']['full_name'] : undefined
  const marker = readMarker(body)
  const ours = from === `${repo.owner}/${repo.name}` && typeof branch === 'string'
  if (!ours || !branch.startsWith(BRANCH_PREFIX) || !marker) return undefined
  if (!Number.isSafeInteger(number) || typeof url !== 'string') return undefined
  return { number: number as number, url, branch, key: marker.key, body: body as string }
}

/** Why the pull request is no longer needed, or '' when it may still be. */
async function staleReason(
  client: PullRequestClient,
  repo: Repo,
  pull: ActionPull,
  question: StaleQuestion
): Promise<string> {
  if (question.settled.has(pull.key)) return 'the base branch already has the newest tag'
  if (pull.key === 'all' || question.seen.has(pull.key)) return ''
  const step: Step = { doing: `list the files of #${pull.number}`, needs: 'read' }
  const answer = await client.call(
    step,
    'GET',
    `${repo.path}/pulls/${pull.number}/files?per_page=100`
  )
  const files = Array.isArray(answer.data) ? answer.data : []
  const paths = files.flatMap(f =>
    isRecord(f) && typeof f['filename'] === 'string' ? [f['filename']] : []
  )
  const within = paths.length > 0 && paths.length < 100 && paths.every(p => question.files.has(p))
  return within ? 'the image is no longer referenced in the files it changed' : ''
}

async function close(
  client: PullRequestClient,
  repo: Repo,
  pull: ActionPull,
  why: string,
  branchExists: boolean
): Promise<void> {
  const step: Step = { doing: `close pull request #${pull.number}`, needs: 'pull-requests' }
  await commentOnce(
    client,
    repo,
    pull.number,
    'closed',
    `registry-tags closed this pull request: it is no longer needed (${why}).`
  )
  // The marker is retired, so that this closing never reads as a person declining the update.
  const body = pull.body.replace(
    '<!-- registry-tags: ',
    '<!-- registry-tags (closed as no longer needed): '
  )
  const path = `${repo.path}/pulls/${pull.number}`
  await client.call(step, 'PATCH', path, { state: 'closed', body }, [200])
  if (!branchExists) return
  const remove: Step = { doing: `delete the branch ${pull.branch}`, needs: 'contents' }
  const ref = `${repo.path}/git/refs/heads/${pull.branch.split('/').map(encodeURIComponent).join('/')}`
  await client.call(remove, 'DELETE', ref, undefined, [204, 422])
}
