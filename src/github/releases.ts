/**
 * The GitHub releases of an image's source repository, between the current
 * and the new version. Asked of the GitHub that hosts the source: the
 * workflow's own (GITHUB_SERVER_URL) through GITHUB_API_URL with the token,
 * or github.com anonymously from https://api.github.com when the workflow
 * runs on GitHub Enterprise Server. No token ever goes to another host, and
 * a source elsewhere gets no notes, only its link.
 */
import type { Logger } from '../logger.js'
import { GithubClient } from './client.js'
import { GithubUnansweredError, serverMessage, unansweredMessage } from './errors.js'
import { isRecord } from '../registry/json.js'
import type { Deadline } from '../transport/deadline.js'
import { httpsLink } from '../registry/source.js'
import { releasesBetween, type Release } from './release-range.js'

export type { Release } from './release-range.js'

/** A repository on a GitHub: `github.com/octo/app`. */
export interface GithubRepository {
  readonly host: string
  readonly owner: string
  readonly name: string
}

export interface ReleasesApi {
  readonly apiUrl: string
  /** Only for the workflow's own GitHub. */
  readonly token?: string
}

export interface ReleasesRequest {
  readonly log: Logger
  readonly deadline?: Deadline
  readonly timeoutMs: number
}

/** 100 per page; five pages reach back 500 releases, enough for any update. */
const PER_PAGE = 100
const MAX_PAGES = 5
const MAX_NOTE_CHARS = 20_000
const PUBLIC_HOST = 'github.com'
const PUBLIC_API = 'https://api.github.com'
const OWNER_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const NAME_RE = /^[A-Za-z0-9._-]{1,100}$/

/** The GitHub repository a source link names, when it is on github.com or the workflow's own GitHub. */
export function githubRepositoryOf(
  source: string,
  env: NodeJS.ProcessEnv
): GithubRepository | undefined {
  const link = httpsLink(source)
  if (!link) return undefined
  const url = new URL(link)
  const host = url.host.toLowerCase()
  if (host !== PUBLIC_HOST && host !== serverHost(env)) return undefined
  const [owner = '', rawName = ''] = url.pathname.split('/').filter(Boolean)
  const name = rawName.replace(/\.git$/, '')
  if (!OWNER_RE.test(owner) || !NAME_RE.test(name) || name === '.' || name === '..') {
    return undefined
  }
  return { host, owner, name }
}

/** Where to ask for a repository's releases, and with which token (none for another GitHub). */
export function releasesApiFor(
  repo: GithubRepository,
  env: NodeJS.ProcessEnv,
  token: string | undefined
): ReleasesApi | undefined {
  if (repo.host === serverHost(env)) {
    const apiUrl = env['GITHUB_API_URL']?.trim() || PUBLIC_API
    return { apiUrl, ...(token && { token }) }
  }
  return repo.host === PUBLIC_HOST ? { apiUrl: PUBLIC_API } : undefined
}

/**
 * GITHUB_SERVER_URL's host: github.com, or a GitHub Enterprise Server.
 * Without it (outside a workflow), the host GITHUB_API_URL belongs to, so
 * the token never follows a github.com source to another API.
 */
export function serverHost(env: NodeJS.ProcessEnv): string {
  const server = env['GITHUB_SERVER_URL']?.trim()
  const api = env['GITHUB_API_URL']?.trim()
  try {
    if (server) return new URL(server).host.toLowerCase()
    if (!api) return PUBLIC_HOST
    const host = new URL(api).host.toLowerCase()
    return host === 'api.github.com' ? PUBLIC_HOST : host
  } catch {
    return ''
  }
}

/**
 * The releases of versions after `from` up to `to`, newest first. Pages are
 * read (newest first, as GitHub lists them) until one holds `from`'s
 * release or is the last. Throws a message-bearing Error when GitHub does
 * not answer with releases.
 */
export async function fetchReleases(
  repo: GithubRepository,
  api: ReleasesApi,
  range: { from: string; to: string; image: string },
  options: ReleasesRequest
): Promise<Release[]> {
  const client = await GithubClient.open({
    baseUrl: api.apiUrl.replace(/\/+$/, ''),
    token: api.token ?? '',
    log: options.log,
    timeoutMs: options.timeoutMs,
    // Release notes are a courtesy: a rate limit leaves them out rather than delay the step.
    maxLimitWaits: 0,
    ...(options.deadline && { deadline: options.deadline })
  })
  const repository = `${repo.owner}/${repo.name}`
  const send = (path: string) =>
    client.send('GET', path).catch((error: unknown) => {
      if (!(error instanceof GithubUnansweredError)) throw error
      throw new Error(unansweredMessage(`read the releases of ${repository}`, repository, error), {
        cause: error.cause
      })
    })
  const all: Release[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const path = `/repos/${repo.owner}/${repo.name}/releases?per_page=${PER_PAGE}&page=${page}`
    const answer = await send(path)
    if (answer.status !== 200 || !Array.isArray(answer.data)) {
      const said = serverMessage(answer.data)
      throw new Error(`GitHub answered ${answer.status}${said ? ` (${said})` : ''}`)
    }
    const releases = answer.data.map(readRelease).filter((r): r is Release => r !== undefined)
    all.push(...releases)
    const between = releasesBetween(all, range)
    if (between.reachedFrom || answer.data.length < PER_PAGE) return between.releases
  }
  return releasesBetween(all, range).releases
}

/** A published release's tag, title, notes (cut) and page; drafts and malformed entries are left out. */
function readRelease(data: unknown): Release | undefined {
  if (!isRecord(data) || data['draft'] === true) return undefined
  const { tag_name: tag, name, body, html_url: page, prerelease } = data
  if (typeof tag !== 'string' || !tag || tag.length > 256) return undefined
  const url = typeof page === 'string' ? httpsLink(page) : undefined
  const text = typeof body === 'string' ? body : ''
  return {
    tag,
    name: typeof name === 'string' ? name.slice(0, 256) : '',
    body: text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS)}\n\n…(cut)` : text,
    ...(url && { url }),
    prerelease: prerelease === true
  }
}
