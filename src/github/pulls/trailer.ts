/**
 * Every commit the action makes ends with trailers that say so
 * (`Registry-Tags-Update: <image> <tag>`). A branch whose head commit has
 * none holds a person's work (a pushed fix, a merge of the base): the
 * action then never moves it.
 */
import { isRecord } from '../../registry/json.js'
import type { PullRequestClient } from './client.js'
import type { Step } from './errors.js'
import { protocolError } from './errors.js'
import type { Repo } from './git.js'
import type { PullRequestPlan } from './types.js'

export const TRAILER = 'Registry-Tags-Update'
/** Trailer lines per commit; a larger group names the count instead of the rest. */
const MAX_TRAILERS = 50
const TRAILER_RE = new RegExp(`^${TRAILER}: \\S+`, 'm')

/** The trailer block: one line per update (image and new tag). */
export function trailersOf(plan: PullRequestPlan): string {
  const lines = plan.updates
    .slice(0, MAX_TRAILERS)
    .map(u => `${TRAILER}: ${oneWord(u.image)} ${oneWord(u.to)}`)
  const more = plan.updates.length - lines.length
  if (more > 0) lines.push(`${TRAILER}: ${oneWord(plan.key)} +${more}`)
  return lines.join('\n')
}

const oneWord = (text: string) => text.replace(/\s+/g, '') || '-'

/** True when the message's last paragraph carries the trailer: a commit this action made. */
export function madeByAction(message: string): boolean {
  const paragraphs = message.trimEnd().split(/\n\s*\n/)
  return TRAILER_RE.test(paragraphs[paragraphs.length - 1] ?? '')
}

export interface HeadCommit {
  readonly tree: string
  readonly message: string
}

/** A commit's tree and message, in the one request that reads it. */
export async function readHeadCommit(
  client: PullRequestClient,
  repo: Repo,
  sha: string
): Promise<HeadCommit> {
  const step: Step = { doing: `read the commit ${sha.slice(0, 12)}`, needs: 'read' }
  const answer = await client.call(step, 'GET', `${repo.path}/git/commits/${sha}`)
  const data = isRecord(answer.data) ? answer.data : {}
  const tree = isRecord(data['tree']) ? data['tree']['sha'] : undefined
  if (typeof tree !== 'string' || !/^[0-9a-f]{40,64}$/.test(tree)) {
    throw protocolError(step, client.facts, 'a commit without a tree')
  }
  const message = typeof data['message'] === 'string' ? data['message'] : ''
  return { tree, message }
}
