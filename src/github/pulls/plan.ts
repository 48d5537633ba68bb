/**
 * A plan is checked before anything is sent: paths a tree may hold
 * (repository-relative, `/`-separated, nothing under .git), each once, and
 * at least one update and one file.
 */
import { ActionError } from '../../errors.js'
import { renderPullRequest } from './render.js'
import { trailersOf } from './trailer.js'
import type { PullRequestPlan } from './types.js'

/** Update lines in a commit message; the pull request's body has them all. */
const MESSAGE_LINES = 50

export function checkPlan(plan: PullRequestPlan): void {
  if (!plan.key.trim()) throw new ActionError('A pull request plan needs a key (an image, or all).')
  if (plan.updates.length === 0 || plan.files.length === 0) {
    throw new ActionError(`The pull request plan for ${plan.key} has no updates or no files.`)
  }
  const seen = new Set<string>()
  for (const { path } of plan.files) {
    const why = pathProblem(path)
    if (why) throw new ActionError(`Cannot commit '${JSON.stringify(path).slice(1, -1)}': ${why}.`)
    if (seen.has(path)) throw new ActionError(`Cannot commit '${path}' twice in one pull request.`)
    seen.add(path)
  }
}

/** Why a path cannot be a tree entry, or '' when it can. */
export function pathProblem(path: string): string {
  // eslint-disable-next-line no-control-regex
  if (!path || path.length > 4096 || /[\u0000-\u001f\u007f\\]/.test(path)) {
    return 'a path must be non-empty, of printable characters, with / between its parts'
  }
  const parts = path.split('/')
  if (parts.some(p => p === '' || p === '.' || p === '..')) {
    return 'a path must be relative to the repository, without empty, . or .. parts'
  }
  if (parts.some(p => p.toLowerCase() === '.git')) return 'nothing under .git is committed'
  return ''
}

/** The title, one line per update, then the trailers that mark the commit as the action's. */
export function commitMessage(plan: PullRequestPlan): string {
  const lines = plan.updates
    .slice(0, MESSAGE_LINES)
    .map(u => `- ${u.image}: ${u.from} → ${u.to} (${u.updateType})`)
  const more = plan.updates.length - lines.length
  if (more > 0) lines.push(`- …and ${more} more`)
  return `${renderPullRequest(plan).title}\n\n${lines.join('\n')}\n\n${trailersOf(plan)}\n`
}
