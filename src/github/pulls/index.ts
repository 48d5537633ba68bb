/**
 * Opening and keeping one pull request per update through the GitHub REST
 * API. The action imports this with `await import()` only when
 * `pull-request: true`, so Octokit stays out of every other run.
 */
export type {
  FileUpdate,
  GithubContext,
  ImageUpdate,
  PullRequestOutcome,
  PullRequestPlan
} from './types.js'
export { branchName } from './branch.js'
export { githubContextFrom } from './context.js'
export { PullRequestError } from './errors.js'
export { publishPullRequest } from './publish.js'
export { renderPullRequest } from './render.js'
