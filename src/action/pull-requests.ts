/**
 * `pull-request: true`: each plan committed through the GitHub API to its
 * own branch and pull request (see src/github/pulls). Loaded only when asked for,
 * so Octokit never slows a run that opens no pull request.
 */
import type { AutoOptions, ImageOptions } from '../options.js'
import type { PullRequestOutcome, PullRequestPlan } from '../github/pulls/types.js'
import type { Deadline } from '../transport/deadline.js'
import type { UpdateReport } from '../update/types.js'
import type { Core } from './core.js'
import { closeStale } from './stale-pulls.js'
import { coreLogger } from './core.js'

export interface PublishedPull {
  readonly plan: PullRequestPlan
  readonly outcome: PullRequestOutcome
}

const SAID: Record<PullRequestOutcome['action'], string> = {
  opened: 'Opened',
  updated: 'Updated',
  unchanged: 'Up to date:',
  declined: 'Left closed (a person closed it for this same update):',
  stopped: 'Stopped updating (a person pushed to its branch):',
  closed: 'Closed (no longer needed):'
}

export async function publishPulls(
  core: Core,
  plans: readonly PullRequestPlan[],
  options: ImageOptions | AutoOptions,
  env: NodeJS.ProcessEnv,
  deadline: Deadline,
  report?: UpdateReport
): Promise<PublishedPull[]> {
  if (!plans.length && !report) return []
  const { githubContextFrom, publishPullRequest } = await import('../github/pulls/index.js')
  const context = {
    ...githubContextFrom(env, options.credentials.githubToken ?? ''),
    deadline,
    timeoutMs: options.requestTimeoutMs,
    ...writeSpacing(env),
    ...peopleOf(options)
  }
  const log = coreLogger(core)
  const published: PublishedPull[] = []
  for (const plan of plans) {
    const outcome = await publishPullRequest(plan, context, log)
    const said = `${SAID[outcome.action]} pull request #${outcome.number} for ${plan.key}: ${outcome.url}`
    if (outcome.action === 'stopped') core.warning(said)
    else core.info(said)
    published.push({ plan, outcome })
  }
  if (!report || !options.update) return published
  for (const pull of await closeStale(core, context, report, options)) {
    const plan = { key: pull.key, updates: [], files: [] }
    published.push({ plan, outcome: { number: pull.number, url: pull.url, action: 'closed' } })
  }
  return published
}

/** `labels` and `reviewers`, when given. */
function peopleOf(options: ImageOptions | AutoOptions): {
  labels?: string[]
  reviewers?: string[]
} {
  const pulls = options.update?.pulls
  return {
    ...(pulls?.labels.length && { labels: [...pulls.labels] }),
    ...(pulls?.reviewers.length && { reviewers: [...pulls.reviewers] })
  }
}

/** Tests shorten GitHub's one second between writes; the contract has no input for it. */
function writeSpacing(env: NodeJS.ProcessEnv): { writeSpacingMs?: number } {
  const ms = Number(env['REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS'] ?? '')
  return env['REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS'] && Number.isFinite(ms) && ms >= 0
    ? { writeSpacingMs: ms }
    : {}
}

/** The first pull request's number and address (one per image: the first image's). */
export function pullOutputs(published: readonly PublishedPull[]): Record<string, string> {
  const first = published.find(p => p.outcome.number > 0 && p.outcome.action !== 'closed')?.outcome
  return {
    'pull-request-number': first ? String(first.number) : '',
    'pull-request-url': first?.url ?? ''
  }
}
