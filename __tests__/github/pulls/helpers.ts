/**
 * Shared by the pull-request tests: the stand-in (lab/github-git.mjs) on
 * loopback, closed after each test; plans as the action would build them;
 * a logger that keeps every line.
 */
import { afterEach } from '@jest/globals'
import { startGithubGit } from '../../../lab/github-git.mjs'
import type { Logger } from '../../../src/logger.js'
import type {
  GithubContext,
  ImageUpdate,
  PullRequestOutcome,
  PullRequestPlan
} from '../../../src/github/pulls/index.js'
import { publishPullRequest } from '../../../src/github/pulls/index.js'

export const TOKEN = 'ghs_pulls-unit-token-7Q'
export const OWNER = 'octo'
export const REPO = 'shop'

export const DOCKERFILE = 'FROM python:3.12.1\nRUN pip install flask\n'
export const DEPLOY = 'kind: Deployment\nspec:\n  image: ghcr.io/octo/app:1.0.0\n'
export const FILES = { Dockerfile: DOCKERFILE, 'deploy/app.yaml': DEPLOY, 'README.md': '# shop\n' }

type Options = Parameters<typeof startGithubGit>[0]
export type Stand = Awaited<ReturnType<typeof startGithubGit>>

const closers: { close(): Promise<void> }[] = []
afterEach(async () => {
  while (closers.length) await closers.pop()!.close()
})

export async function standIn(options: Partial<Options> = {}): Promise<Stand> {
  const api = await startGithubGit({
    token: TOKEN,
    owner: OWNER,
    repo: REPO,
    files: FILES,
    ...options
  })
  closers.push(api)
  return api
}

export function contextFor(api: { url: string }, more: Partial<GithubContext> = {}): GithubContext {
  return {
    apiUrl: api.url,
    repository: `${OWNER}/${REPO}`,
    token: TOKEN,
    timeoutMs: 5000,
    writeSpacingMs: 0,
    ...more
  }
}

export interface Lines extends Logger {
  readonly lines: { level: string; message: string }[]
  text(): string
}

export function lines(): Lines {
  const kept: { level: string; message: string }[] = []
  const keep = (level: string) => (message: string) => kept.push({ level, message })
  return {
    lines: kept,
    debug: keep('debug'),
    info: keep('info'),
    warning: keep('warning'),
    text: () => kept.map(l => `${l.level}: ${l.message}`).join('\n')
  }
}

export function update(
  image: string,
  from: string,
  to: string,
  file: string,
  line = 1
): ImageUpdate {
  return {
    image,
    from,
    to,
    updateType: 'minor',
    digest: `sha256:${to.replace(/\D/g, '').padEnd(64, 'a').slice(0, 64)}`,
    newerTags: [to, `${from}-newer`].filter(t => t !== from),
    locations: [{ file, line }]
  }
}

export function pythonPlan(to = '3.14.7'): PullRequestPlan {
  return {
    key: 'python',
    updates: [update('python', '3.12.1', to, 'Dockerfile')],
    files: [{ path: 'Dockerfile', content: DOCKERFILE.replace('3.12.1', to) }]
  }
}

export function appPlan(to = '1.2.0'): PullRequestPlan {
  return {
    key: 'ghcr.io/octo/app',
    updates: [update('ghcr.io/octo/app', '1.0.0', to, 'deploy/app.yaml', 3)],
    files: [{ path: 'deploy/app.yaml', content: DEPLOY.replace('1.0.0', to) }]
  }
}

/** Both in one plan, as `group: true` makes it. */
export function groupPlan(python = '3.14.7', app = '1.2.0'): PullRequestPlan {
  const [p, a] = [pythonPlan(python), appPlan(app)]
  return { key: 'all', updates: [...p.updates, ...a.updates], files: [...p.files, ...a.files] }
}

/** Publishes and keeps the requests this run made. */
export async function run(
  api: Stand,
  plan: PullRequestPlan,
  more: Partial<GithubContext> = {},
  log: Lines = lines()
): Promise<{ outcome: PullRequestOutcome; requests: Stand['requests']; log: Lines }> {
  const before = api.requests.length
  const outcome = await publishPullRequest(plan, contextFor(api, more), log)
  return { outcome, requests: api.requests.slice(before), log }
}

/** `METHOD /path-after-the-repository` of each write, query left out. */
export function writesOf(requests: Stand['requests']): string[] {
  return requests
    .filter(r => r.method !== 'GET')
    .map(r => `${r.method} ${r.path.replace(/^.*\/repos\/[^/]+\/[^/]+/, '').split('?')[0]}`)
}
