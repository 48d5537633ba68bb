/**
 * `pull-request: true` end to end: the GitHub stand-in of lab/github-git.mjs
 * holding one repository, octo/site, and the bundled action run on a fresh
 * checkout of its default branch, as a scheduled workflow runs it.
 */
import { startGithubGit } from '../../lab/github-git.mjs'
import type { Run } from './action.js'
import { act, closeLater } from './action.js'
import { tempDirWith } from './temp-files.js'

export type GithubSite = Awaited<ReturnType<typeof startGithubGit>>

/**
 * octo/site with `files` on its default branch `main`, answering `token`;
 * `options` as lab/github-git.mjs takes them (mode, prefix, releases, people…).
 * Closed by closeAll().
 */
export async function startGithubSite(
  token: string,
  files: Record<string, string>,
  options: Record<string, unknown> = {}
): Promise<GithubSite> {
  const site = { token, owner: 'octo', repo: 'site', files, ...options }
  return closeLater(await startGithubGit(site as Parameters<typeof startGithubGit>[0]))
}

export interface PullRequestRun {
  token: string
  /** The checkout: the default branch's files as this run reads them. */
  files: Record<string, string>
  /** Over `image: auto`, `update-files: Dockerfile`, `pull-request: true` and the token. */
  inputs?: Record<string, string>
  env?: Record<string, string>
}

/** The action on a fresh checkout of `files`, opening its pull requests through `api`. */
export function runPullRequest(api: { url: string }, run: PullRequestRun): Promise<Run> {
  const inputs = {
    image: 'auto',
    'update-files': 'Dockerfile',
    'pull-request': 'true',
    'github-token': run.token,
    ...run.inputs
  }
  return act(inputs, {
    GITHUB_WORKSPACE: tempDirWith(run.files, 'checkout'),
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'octo/site',
    GITHUB_REF: 'refs/heads/main',
    REGISTRY_TAGS_GITHUB_WRITE_SPACING_MS: '0',
    ...run.env
  })
}
