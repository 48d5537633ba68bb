/**
 * What a pull request says to people: one comment per occasion (found
 * again by its hidden marker, so it is made once), its labels (created in
 * the repository when missing) and its reviewers (users and `org/team`).
 * Labels and reviewers are courtesies: one that cannot be set is a
 * warning, never a failure of the step.
 */
import type { Logger } from '../../logger.js'
import { isRecord } from '../../registry/json.js'
import type { PullRequestClient } from './client.js'
import type { Step } from './errors.js'
import { serverMessage } from '../errors.js'
import type { Repo } from './git.js'

/** Pages of comments looked through for our marker. */
const COMMENT_PAGES = 3

/** Posts `body` unless a comment holding `marker` is there already; true when it posted. */
export async function commentOnce(
  client: PullRequestClient,
  repo: Repo,
  number: number,
  marker: string,
  body: string
): Promise<boolean> {
  const step: Step = { doing: `comment on pull request #${number}`, needs: 'pull-requests' }
  const tag = `<!-- registry-tags: ${marker} -->`
  for (let page = 1; page <= COMMENT_PAGES; page++) {
    const path = `${repo.path}/issues/${number}/comments?per_page=100&page=${page}`
    const answer = await client.call(step, 'GET', path, undefined, [200])
    const list = Array.isArray(answer.data) ? answer.data : []
    if (list.some(c => isRecord(c) && typeof c['body'] === 'string' && c['body'].includes(tag))) {
      return false
    }
    if (list.length < 100) break
  }
  await client.call(step, 'POST', `${repo.path}/issues/${number}/comments`, {
    body: `${tag}\n${body}`
  })
  return true
}

/** Adds the labels the pull request lacks, creating missing ones; a refusal is a warning. */
export async function addLabels(
  client: PullRequestClient,
  repo: Repo,
  pull: { number: number; labels: readonly string[] },
  wanted: readonly string[],
  log: Logger
): Promise<void> {
  const has = new Set(pull.labels.map(l => l.toLowerCase()))
  const missing = wanted.filter(l => !has.has(l.toLowerCase()))
  if (!missing.length) return
  const step: Step = { doing: `label pull request #${pull.number}`, needs: 'pull-requests' }
  for (const name of missing) {
    const path = `${repo.path}/labels/${encodeURIComponent(name)}`
    const found = await client.send(step, 'GET', path)
    if (found.status === 200) continue
    const made = await client.send(step, 'POST', `${repo.path}/labels`, { name, color: 'ededed' })
    if (made.status !== 201 && made.status !== 422) {
      log.warning(
        `Could not create the label '${name}' in ${client.facts.repository}: GitHub answered ${made.status}${said(made.data)}. Give the job \`issues: write\`, or create the label.`
      )
    }
  }
  const path = `${repo.path}/issues/${pull.number}/labels`
  const answer = await client.send(step, 'POST', path, { labels: missing })
  if (answer.status !== 200) {
    log.warning(
      `Could not label pull request #${pull.number} with ${missing.join(', ')}: GitHub answered ${answer.status}${said(answer.data)}.`
    )
  }
}

/** Asks users and teams (`org/team`: a team of the repository's organisation) to review. */
export async function requestReviewers(
  client: PullRequestClient,
  repo: Repo,
  number: number,
  reviewers: readonly string[],
  log: Logger
): Promise<void> {
  if (!reviewers.length) return
  const step: Step = { doing: `request reviewers for #${number}`, needs: 'pull-requests' }
  const users = reviewers.filter(r => !r.includes('/'))
  const teams = reviewers.filter(r => r.includes('/'))
  const foreign = teams.filter(t => t.split('/')[0]?.toLowerCase() !== repo.owner.toLowerCase())
  for (const team of foreign) {
    log.warning(
      `Cannot ask the team ${team} to review pull request #${number}: only teams of ${repo.owner} can review in ${client.facts.repository}.`
    )
  }
  const slugs = teams.filter(t => !foreign.includes(t)).map(t => t.split('/')[1] ?? '')
  if (!users.length && !slugs.length) return
  const ask = (body: { reviewers: string[]; team_reviewers: string[] }) =>
    client.send(step, 'POST', `${repo.path}/pulls/${number}/requested_reviewers`, body)
  const asked = await ask({ reviewers: users, team_reviewers: slugs })
  if (asked.status === 201 || asked.status === 200) return
  // GitHub refuses the whole list for one reviewer it cannot ask: ask each alone.
  const each = [
    ...users.map(u => ({ name: u, body: { reviewers: [u], team_reviewers: [] } })),
    ...slugs.map(t => ({
      name: `${repo.owner}/${t}`,
      body: { reviewers: [], team_reviewers: [t] }
    }))
  ]
  for (const one of each.length > 1 ? each : []) {
    const answer = await ask(one.body)
    if (answer.status !== 201 && answer.status !== 200) warnReviewer(log, one.name, number, answer)
  }
  if (each.length === 1 && each[0]) warnReviewer(log, each[0].name, number, asked)
}

function warnReviewer(
  log: Logger,
  who: string,
  number: number,
  answer: { status: number; data: unknown }
): void {
  log.warning(
    `Could not ask ${who} to review pull request #${number}: GitHub answered ${answer.status}${said(answer.data)}. A reviewer must be a collaborator (a team needs read access); asking a team needs a token other than GITHUB_TOKEN.`
  )
}

function said(data: unknown): string {
  const message = serverMessage(data)
    .replace(/[^\x20-\x7e]/g, ' ')
    .slice(0, 300)
  return message ? ` (${message})` : ''
}
