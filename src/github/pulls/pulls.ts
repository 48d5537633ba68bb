/**
 * The pull requests of one branch through the pulls API: found by their
 * head (open or closed, newest first), opened, and edited.
 */
import { isRecord } from '../../registry/json.js'
import { isBranchName } from '../../text/git-ref.js'
import type { PullRequestClient } from './client.js'
import type { Step } from './errors.js'
import { protocolError } from './errors.js'
import type { Repo } from './git.js'
import type { Marker } from './marker.js'
import { readMarker } from './marker.js'

export interface Pull {
  readonly number: number
  readonly url: string
  readonly open: boolean
  readonly merged: boolean
  readonly title: string
  readonly body: string
  readonly base: string
  readonly marker?: Marker
  /** Label names it carries. */
  readonly labels: readonly string[]
}

/** GitHub's largest page; the newest 100 pull requests of one branch are plenty. */
const PER_PAGE = 100

/** The branch's pull requests in this repository, newest first. */
export async function listPulls(
  client: PullRequestClient,
  repo: Repo,
  branch: string
): Promise<Pull[]> {
  const step: Step = { doing: `find the pull requests of ${branch}`, needs: 'pull-requests' }
  const query = new URLSearchParams({
    head: `${repo.owner}:${branch}`,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: String(PER_PAGE)
  })
  const answer = await client.call(step, 'GET', `${repo.path}/pulls?${query}`)
  if (!Array.isArray(answer.data))
    throw protocolError(step, client.facts, 'no list of pull requests')
  return answer.data
    .filter(p => isRecord(p) && isRecord(p['head']) && p['head']['ref'] === branch)
    .map(p => readPull(p, step, client))
}

export interface PullText {
  readonly title: string
  readonly body: string
}

export async function openPull(
  client: PullRequestClient,
  repo: Repo,
  pull: PullText & { head: string; base: string }
): Promise<Pull> {
  const step: Step = {
    doing: `open a pull request from ${pull.head} into ${pull.base}`,
    needs: 'pull-requests'
  }
  const answer = await client.call(step, 'POST', `${repo.path}/pulls`, pull, [201])
  return readPull(answer.data, step, client)
}

/** Only what differs is sent; nothing when nothing differs. False then. */
export async function editPull(
  client: PullRequestClient,
  repo: Repo,
  pull: Pull,
  wanted: PullText & { base: string }
): Promise<boolean> {
  const changes = {
    ...(pull.title !== wanted.title && { title: wanted.title }),
    ...(pull.body !== wanted.body && { body: wanted.body }),
    ...(pull.base !== wanted.base && { base: wanted.base })
  }
  if (Object.keys(changes).length === 0) return false
  const step: Step = { doing: `update pull request #${pull.number}`, needs: 'pull-requests' }
  await client.call(step, 'PATCH', `${repo.path}/pulls/${pull.number}`, changes, [200])
  return true
}

function readPull(data: unknown, step: Step, client: PullRequestClient): Pull {
  const p = isRecord(data) ? data : {}
  const { number, html_url: url, state, title, body, merged_at: mergedAt } = p
  const base = isRecord(p['base']) ? p['base']['ref'] : undefined
  const valid =
    Number.isSafeInteger(number) &&
    (number as number) > 0 &&
    typeof url === 'string' &&
    /^https?:\/\/[^\s]+$/.test(url) &&
    (state === 'open' || state === 'closed') &&
    typeof title === 'string' &&
    (typeof body === 'string' || body === null) &&
    typeof base === 'string' &&
    isBranchName(base)
  if (!valid)
    throw protocolError(
      step,
      client.facts,
      'a pull request without its number, page, state, title or base'
    )
  const text = body ?? ''
  const marker = readMarker(text)
  return {
    number: number as number,
    url,
    open: state === 'open',
    merged: typeof mergedAt === 'string' && mergedAt !== '',
    title,
    body: text,
    base,
    labels: labelNames(p['labels']),
    ...(marker && { marker })
  }
}

function labelNames(labels: unknown): string[] {
  if (!Array.isArray(labels)) return []
  return labels.flatMap(l => (isRecord(l) && typeof l['name'] === 'string' ? [l['name']] : []))
}
