/**
 * ghcr.io has no catalog: an owner's images are its container packages,
 * listed through the GitHub REST API (`/orgs/{org}/packages`, or
 * `/users/{user}/packages` when the owner is not an organisation) with the
 * `github-token`, through the GitHub client (client.ts: Octokit loaded on
 * first use, in its own bundle chunk, so an image lookup never parses it).
 */
import type { Logger } from '../logger.js'
import { RegistryError } from '../registry/failures.js'
import { isRecord } from '../registry/json.js'
import { nextLink } from '../registry/link.js'
import type { RepositoryListing } from '../registry/listing.js'
import { isRepositoryPath } from '../registry/listing.js'
import { PageTrail } from '../registry/next-page.js'
import type { Deadline } from '../transport/deadline.js'
import { isLoopbackHost, redactUrl } from '../transport/hosts.js'
import type { Answer, Get } from './client.js'
import { githubGetter } from './client.js'
import { serverMessage } from './errors.js'

export interface GithubOptions {
  /** `github-token` (in a workflow, GITHUB_TOKEN by default); the front end has masked it. */
  readonly token?: string
  /** GITHUB_API_URL: `https://api.github.com`, or `https://<host>/api/v3` on GitHub Enterprise Server. */
  readonly apiUrl: string
  readonly log: Logger
  readonly deadline: Deadline
  /** Each request's timeout, in ms. */
  readonly requestTimeoutMs: number
}

/** The most GitHub sends per page. */
export const PER_PAGE = 100
/** 100,000 packages; an owner with more pages is refused rather than listed partly. */
export const MAX_PAGES = 1000

const TOKEN_HINT =
  'In a workflow, pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default) and give the job `permissions: packages: read`; elsewhere, a personal access token (classic) with the read:packages scope (the command line reads GITHUB_TOKEN).'

export async function listGithubPackages(
  options: GithubOptions,
  owner: string
): Promise<RepositoryListing> {
  const what = `list the container packages of ghcr.io/${owner}`
  const token = options.token?.trim()
  if (!token) {
    throw new RegistryError(
      `Could not ${what}: the GitHub packages API needs a token with read:packages, and none was given. ${TOKEN_HINT}`,
      { kind: 'unauthorized' }
    )
  }
  const base = apiBase(options.apiUrl, what)
  const get = await githubGetter(options, token, base.href.replace(/\/$/, ''))
  const org = await listPages(get, options, firstUrl(base, 'orgs', owner), owner)
  if (org) return org
  options.log.debug(`${owner} is not a GitHub organisation; listing it as a user`)
  const user = await listPages(get, options, firstUrl(base, 'users', owner), owner)
  if (user) return user
  throw new RegistryError(
    `Could not ${what}: ${redactUrl(base.href)} knows no user or organisation '${owner}' (404 for both), or the token cannot see it. Check the owner in 'ghcr.io/<owner>'; for an organisation's private packages, use a token of a member with read:packages. On GitHub Enterprise Server, GITHUB_API_URL must be its API (https://<host>/api/v3).`,
    { kind: 'not-found', status: 404 }
  )
}

/** The API's base URL: https, or plain http on loopback only (the token travels with every request). */
function apiBase(apiUrl: string, what: string): URL {
  let url: URL
  try {
    url = new URL(apiUrl.trim().replace(/\/*$/, '/'))
  } catch {
    throw new RegistryError(`Could not ${what}: GITHUB_API_URL '${apiUrl}' is not a URL.`, {
      kind: 'unexpected'
    })
  }
  const plainLoopback = url.protocol === 'http:' && isLoopbackHost(url.host)
  if ((url.protocol !== 'https:' && !plainLoopback) || url.username || url.password) {
    throw new RegistryError(
      `Could not ${what}: GITHUB_API_URL must be an https URL without user info (got ${redactUrl(url.href)}); the token is not sent anywhere else.`,
      { kind: 'unexpected' }
    )
  }
  return url
}

function firstUrl(base: URL, scope: 'orgs' | 'users', owner: string): string {
  const url = new URL(`${scope}/${encodeURIComponent(owner)}/packages`, base)
  url.searchParams.set('package_type', 'container')
  url.searchParams.set('per_page', String(PER_PAGE))
  return url.href
}

/**
 * Every page from `url` on, following rel="next" on the same host.
 * Undefined when the first page is a 404 (no such organisation, or user).
 */
async function listPages(
  get: Get,
  options: GithubOptions,
  url: string,
  owner: string
): Promise<RepositoryListing | undefined> {
  const names = new Set<string>()
  const trail = packagesTrail(options, owner)
  let dropped = 0
  for (let next: string | undefined = url; next;) {
    const answer = await get(next)
    if (answer.status === 404 && trail.pages === 0) return undefined
    if (answer.status !== 200) throw explain(answer, owner)
    trail.visited(answer.url)
    const page = readPage(answer, owner)
    dropped += page.dropped
    for (const name of page.names) names.add(name)
    next = trail.follow(nextLink(answer.headers['link']), answer.url)
  }
  return { names: [...names], dropped, pages: trail.pages }
}

interface Page {
  readonly names: string[]
  readonly dropped: number
}

/** An array of packages, each an object with a string `name`; names become `owner/name`. */
export function readPage(answer: Answer, owner: string): Page {
  const { data } = answer
  if (!Array.isArray(data) || !data.every(p => isRecord(p) && typeof p['name'] === 'string')) {
    throw new RegistryError(
      `Could not list the container packages of ghcr.io/${owner}: ${redactUrl(answer.url)} did not answer a list of packages (a JSON array of objects with a 'name'). Check GITHUB_API_URL.`,
      { kind: 'protocol', status: answer.status }
    )
  }
  const names: string[] = []
  let dropped = 0
  for (const entry of data as Record<string, unknown>[]) {
    const type = entry['package_type']
    if (typeof type === 'string' && type !== 'container') continue // not an image
    const name = `${owner}/${entry['name'] as string}`.toLowerCase()
    if (isRepositoryPath(name)) names.push(name)
    else dropped++
  }
  return { names, dropped }
}

/** rel="next", only on the API's host and scheme (the token goes with it), never twice. */
function packagesTrail(options: GithubOptions, owner: string): PageTrail {
  return new PageTrail({
    schemes: 'https',
    maxPages: MAX_PAGES,
    loop: { log: options.log, source: 'The GitHub API' },
    refuse: refusal =>
      refusal.reason === 'cap'
        ? tooManyPages(owner, refusal.pages)
        : linkError(
            owner,
            refusal.from,
            refusal.reason === 'not-a-url'
              ? 'a next-page link that is not a URL'
              : `a next-page link to another host (${redactUrl(refusal.url.href)})`
          )
  })
}

function linkError(owner: string, url: string, what: string): RegistryError {
  return new RegistryError(
    `Could not list the container packages of ghcr.io/${owner}: ${redactUrl(url)} sent ${what}; it was not followed, since the token would go with it.`,
    { kind: 'protocol' }
  )
}

function tooManyPages(owner: string, pages: number): RegistryError {
  return new RegistryError(
    `Could not list the container packages of ghcr.io/${owner}: there are more than ${pages} pages of ${PER_PAGE}; refusing to read more rather than answer with part of the list.`,
    { kind: 'protocol' }
  )
}

/** One message for an answer other than 200: what came back and what to do. */
export function explain(answer: Answer, owner: string): RegistryError {
  const { status, headers } = answer
  const said = serverMessage(answer.data)
  const asked = `Could not list the container packages of ghcr.io/${owner}: ${redactUrl(answer.url)} answered ${status}${said ? ` (${said})` : ''}.`
  const make = (kind: RegistryError['kind'], advice: string): RegistryError =>
    new RegistryError(`${asked} ${advice}`, { kind, status })
  const reset = rateLimitReset(answer)
  if ((status === 403 || status === 429) && reset !== undefined) {
    const when = reset ? ` It resets at ${reset}.` : ''
    return make('rate-limited', `The GitHub API rate limit is used up.${when} Try again then.`)
  }
  if (status === 401) {
    return make(
      'unauthorized',
      `The token was refused: it is wrong, expired or revoked. ${TOKEN_HINT}`
    )
  }
  if (status === 403 && headers['x-github-sso']) {
    return make('denied', `Authorize the token for the organisation's SAML single sign-on.`)
  }
  if (status === 403) {
    return make(
      'denied',
      `The token may not list packages: it lacks the read:packages scope (with GITHUB_TOKEN: the job has no 'packages: read' permission). Give the job \`permissions: packages: read\`, or use a personal access token (classic) with read:packages; a GITHUB_TOKEN sees only the packages this repository may read.`
    )
  }
  if (status >= 500) return make('server', 'The GitHub API is failing; try again later.')
  if (status >= 300 && status < 400) {
    return make(
      'unexpected',
      'Redirects are not followed for the packages API (the token would go with them); check GITHUB_API_URL.'
    )
  }
  return make('unexpected', 'This is not an answer the packages API defines; check GITHUB_API_URL.')
}

/**
 * Undefined when the answer is not a rate limit; '' when it is but says no
 * time; otherwise when it resets (x-ratelimit-reset, else retry-after).
 */
function rateLimitReset({ headers }: Answer): string | undefined {
  const resetAt = Number(headers['x-ratelimit-reset'])
  const retryAfter = Number(headers['retry-after'])
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(resetAt) && resetAt > 0) {
    return new Date(resetAt * 1000).toISOString()
  }
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return new Date(Date.now() + retryAfter * 1000).toISOString()
  }
  return headers['x-ratelimit-remaining'] === '0' ? '' : undefined
}
