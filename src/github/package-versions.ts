/**
 * A ghcr.io tag's release date: the GitHub Packages API's version of the
 * container package that carries the tag
 * (`GET /orgs/{org}/packages/container/{name}/versions`, else
 * `/users/{user}/…`, paged newest first), read with `github-token`
 * (`packages: read`). Its `updated_at` (the later of the two dates GitHub
 * keeps, moved when a tag is added to the version) is the date. Pages are
 * read only as far as the tags asked for need, and kept for the next tag.
 */
import type { ReleaseDate } from '../release/cooldown.js'
import { RegistryError } from '../registry/failures.js'
import { isRecord } from '../registry/json.js'
import { nextLink } from '../registry/link.js'
import { PageTrail } from '../registry/next-page.js'
import { plausibleDate } from '../registry/release-date-json.js'
import type { GithubOptions } from './packages.js'
import type { Answer, Get } from './client.js'
import { githubGetter } from './client.js'

export const GHCR_DATE_SOURCE = 'the GitHub Packages API (package version updated_at)'

/** 3,000 versions: a package with more newer tags than that is not read to its end. */
const MAX_PAGES = 30

const PERMISSION_HINT =
  'give the job `permissions: packages: read` (or a token with read:packages); a GITHUB_TOKEN sees only the packages this repository may read'

export function ghcrTagDates(
  options: GithubOptions,
  repository: string
): (tag: string) => Promise<ReleaseDate> {
  const reader = new VersionReader(options, repository)
  return tag => reader.dateOf(tag)
}

class VersionReader {
  private readonly dates = new Map<string, string | undefined>()
  private next: string | undefined
  private started = false
  private triedUser = false
  private stopped: string | undefined
  private get: Get | undefined
  private warned = false
  /** Same API host and scheme; a page read twice, or a link not followed, ends the versions. */
  private readonly trail = new PageTrail({
    schemes: 'https',
    maxPages: MAX_PAGES,
    refuse: refusal => {
      // A page that already stopped the reader keeps its own reason.
      if (refusal.reason === 'cap')
        this.stopped ??= `not in the newest ${MAX_PAGES} pages of versions`
      return undefined
    }
  })

  constructor(
    private readonly options: GithubOptions,
    private readonly repository: string
  ) {}

  async dateOf(tag: string): Promise<ReleaseDate> {
    const source = GHCR_DATE_SOURCE
    while (!this.dates.has(tag) && !this.stopped) await this.readPage()
    if (this.dates.has(tag)) {
      const date = this.dates.get(tag)
      return date ? { date, source } : { source, why: 'the version has no usable updated_at' }
    }
    return { source, why: this.stopped }
  }

  private firstUrl(scope: 'orgs' | 'users'): string {
    const slash = this.repository.indexOf('/')
    const owner = this.repository.slice(0, slash)
    const name = this.repository.slice(slash + 1)
    const base = this.options.apiUrl.replace(/\/*$/, '/')
    const url = new URL(
      `${scope}/${encodeURIComponent(owner)}/packages/container/${encodeURIComponent(name)}/versions`,
      base
    )
    url.searchParams.set('per_page', '100')
    return url.href
  }

  private async readPage(): Promise<void> {
    const token = this.options.token?.trim()
    if (!token) return this.stop('no github-token to read the GitHub Packages API with')
    if (!this.started) {
      this.started = true
      this.next = this.firstUrl('orgs')
    }
    if (!this.next) return this.stop('no package version carries this tag')
    this.get ??= await githubGetter(this.options, token, this.options.apiUrl.replace(/\/$/, ''))
    let answer: Answer
    try {
      answer = await this.get(this.next)
    } catch (error) {
      if (error instanceof RegistryError) return this.stop(error.message)
      throw error
    }
    if (answer.status === 404 && this.trail.pages === 0 && !this.triedUser) {
      this.triedUser = true
      this.next = this.firstUrl('users')
      return
    }
    if (answer.status !== 200) return this.refused(answer)
    this.trail.visited(answer.url)
    this.keep(answer.data)
    this.next = this.trail.follow(nextLink(answer.headers['link']), answer.url)
  }

  private keep(data: unknown): void {
    if (!Array.isArray(data)) return this.stop('the versions answer was not a list')
    for (const version of data) {
      if (!isRecord(version) || !isRecord(version['metadata'])) continue
      const container = version['metadata']['container']
      const tags = isRecord(container) ? container['tags'] : undefined
      if (!Array.isArray(tags)) continue
      const date = plausibleDate(version['updated_at']) ?? plausibleDate(version['created_at'])
      for (const tag of tags)
        if (typeof tag === 'string' && !this.dates.has(tag)) this.dates.set(tag, date)
    }
  }

  private refused(answer: Answer): void {
    const why =
      answer.status === 404
        ? `the GitHub Packages API knows no container package '${this.repository}' (404), or the token cannot see it`
        : answer.status === 401
          ? 'the GitHub Packages API refused the token (401)'
          : answer.status === 403
            ? `the GitHub Packages API answered 403: ${PERMISSION_HINT}`
            : `the GitHub Packages API answered ${answer.status}`
    if (answer.status === 403 && !this.warned) {
      this.warned = true
      this.options.log.warning(`ghcr.io/${this.repository}: no release dates: ${why}.`)
    }
    this.stop(why)
  }

  private stop(why: string): void {
    this.stopped = why
  }
}
