/**
 * Where the pull request goes, from a workflow run's environment:
 * GITHUB_API_URL (GitHub Enterprise Server's `/api/v3` honoured),
 * GITHUB_REPOSITORY and GITHUB_REF, and the `github-token` input.
 */
import { ActionError, UsageError } from '../../errors.js'
import { isLoopbackHost, redactUrl } from '../../transport/hosts.js'
import { BRANCH_PREFIX } from './branch.js'
import type { GithubContext } from './types.js'

export const DEFAULT_API_URL = 'https://api.github.com'
const REPOSITORY_RE = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/

export function githubContextFrom(env: NodeJS.ProcessEnv, token: string): GithubContext {
  if (!token.trim()) {
    throw new UsageError(
      'github-token',
      'is empty, and pull requests need one. Leave it at its default (`${{ github.token }}`) and give the job `permissions: contents: write` and `pull-requests: write`, or pass a token that may write to the repository.'
    )
  }
  const repository = env['GITHUB_REPOSITORY']?.trim() ?? ''
  if (!repository) {
    throw new ActionError(
      "GITHUB_REPOSITORY is not set, so there is no repository to open a pull request in. 'pull-request: true' works in a GitHub Actions run, which sets it to 'owner/name'."
    )
  }
  const ref = env['GITHUB_REF']?.trim()
  const context: GithubContext = {
    apiUrl: env['GITHUB_API_URL']?.trim() || DEFAULT_API_URL,
    repository,
    token: token.trim(),
    ...(ref && { ref })
  }
  apiBaseUrl(context)
  splitRepository(context.repository)
  return context
}

/**
 * The API's base URL without a trailing slash: https, or plain http on
 * loopback only (the token goes with every request), and no user info.
 */
export function apiBaseUrl(context: GithubContext): string {
  let url: URL
  try {
    url = new URL(context.apiUrl.trim())
  } catch {
    throw new ActionError(`GITHUB_API_URL '${redactUrl(context.apiUrl)}' is not a URL.`)
  }
  const plainLoopback = url.protocol === 'http:' && isLoopbackHost(url.host)
  if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
    throw new ActionError(
      `GITHUB_API_URL must be an https URL without user info (got ${redactUrl(url.href)}): the token would travel in clear. Plain http is only allowed on loopback.`
    )
  }
  if (url.search || url.hash) {
    throw new ActionError(
      `GITHUB_API_URL must not carry a query or fragment (got ${redactUrl(url.href)}).`
    )
  }
  return url.href.replace(/\/+$/, '')
}

export function splitRepository(repository: string): { owner: string; name: string } {
  const match = REPOSITORY_RE.exec(repository)
  if (!match?.[1] || !match[2] || match[2] === '.' || match[2] === '..') {
    throw new ActionError(
      `GITHUB_REPOSITORY must be 'owner/name' (got '${repository.slice(0, 200)}').`
    )
  }
  return { owner: match[1], name: match[2] }
}

/**
 * The branch the pull request merges into: the run's branch when it runs
 * on one (`refs/heads/x`), unless that is one of this action's own
 * branches; otherwise (tags, pull request refs, no ref) the default branch.
 */
export function baseBranch(ref: string | undefined, defaultBranch: string): string {
  const branch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ''
  return branch && !branch.startsWith(BRANCH_PREFIX) ? branch : defaultBranch
}
