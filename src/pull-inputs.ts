/**
 * The inputs that shape pull requests (issue 19): `release-notes`,
 * `labels` and `reviewers`. Each throws a UsageError naming the input.
 * Pure; inputs.ts reads them with the rest of `update-files`.
 */
import { UsageError } from './errors.js'
/** Reads one input by name ('' when not given); the same shape as inputs.ts's InputSource. */
type InputSource = (name: string) => string

export interface PullRequestInputs {
  /** Source links and release notes in pull requests and the summary (default true). */
  readonly releaseNotes: boolean
  /** Labels for the pull requests; created when missing. */
  readonly labels: readonly string[]
  /** Users (`octocat`) and teams (`org/team`) asked to review. */
  readonly reviewers: readonly string[]
}

/** GitHub's longest label name. */
const MAX_LABEL = 50
const MAX_ITEMS = 100
const USER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const TEAM_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

export function parsePullRequestInputs(get: InputSource, pullRequest: boolean): PullRequestInputs {
  const labels = listOf(get, 'labels')
  const reviewers = listOf(get, 'reviewers').map(r => r.replace(/^@/, ''))
  for (const name of ['labels', 'reviewers'] as const) {
    if ((name === 'labels' ? labels : reviewers).length && !pullRequest) {
      throw new UsageError(name, "applies to pull requests; set 'pull-request: true' too.")
    }
  }
  for (const label of labels) {
    // eslint-disable-next-line no-control-regex
    if (label.length > MAX_LABEL || /[\u0000-\u001f\u007f]/.test(label)) {
      throw new UsageError(
        'labels',
        `'${label.slice(0, 60)}' is not a label name (at most ${MAX_LABEL} printable characters).`
      )
    }
  }
  for (const reviewer of reviewers) {
    if (!USER_RE.test(reviewer) && !TEAM_RE.test(reviewer)) {
      throw new UsageError(
        'reviewers',
        `'${reviewer.slice(0, 120)}' is neither a user name (octocat) nor a team (org/team-slug).`
      )
    }
  }
  return { releaseNotes: flag(get, 'release-notes'), labels, reviewers }
}

/** Comma- or newline-separated, trimmed, empty items and repeats left out. */
function listOf(get: InputSource, name: string): string[] {
  const items = [
    ...new Set(
      get(name)
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(Boolean)
    )
  ]
  if (items.length > MAX_ITEMS)
    throw new UsageError(name, `names ${items.length}; at most ${MAX_ITEMS}.`)
  return items
}

function flag(get: InputSource, name: string): boolean {
  const value = get(name).trim().toLowerCase()
  if (value === '' || value === 'true') return true
  if (value === 'false') return false
  throw new UsageError(name, `'${value}' is not 'true' or 'false'.`)
}
