/**
 * Any paginated V2 list (`tags/list`, `_catalog`): every page, following
 * `Link: <…>; rel="next"` in whatever style the registry writes it, with `n`
 * negotiated, a page cap, loop protection, and silent paging (full pages, no
 * Link) read through `last=`. Entries are validated where they enter.
 */
import type { SessionResponse } from '../transport/session.js'
import type { Explain, RegistryApi } from './api.js'
import type { RequestContext } from './failures.js'
import { RegistryError } from './failures.js'
import { parseJsonObject } from './json.js'
import { nextLink } from './link.js'
import type { LinkRefusal } from './next-page.js'
import { PageTrail } from './next-page.js'

export interface PagerOptions {
  /** `n` asked for: 1000 is the most ECR and distribution allow by default. */
  readonly pageSize: number
  /** A list with more pages than this is refused rather than used partly. */
  readonly maxPages: number
}

export const DEFAULT_PAGER: PagerOptions = { pageSize: 1000, maxPages: 2000 }

/**
 * Pages in a row that bring no new entry: a Link whose cursor keeps changing
 * while the entries repeat would otherwise be followed up to maxPages.
 */
export const MAX_STALE_PAGES = 3

/** distribution's answer to an `n` above its `maxentries`; then we ask for fewer. */
const SMALLER_PAGE = 100

export interface ListRequest {
  /** `/v2/library/python/tags/list`, `/v2/_catalog` */
  readonly path: string
  /** The JSON field holding the page's entries. */
  readonly field: 'tags' | 'repositories'
  readonly scope: string
  readonly ctx: RequestContext
  /** Entries that fail this are dropped and counted, never kept or shown. */
  readonly accept: (entry: string) => boolean
  /**
   * An error that says more than the generic one for this list: given the
   * failed answer (or the error when there was none), or undefined to keep
   * the generic error (which the pager itself reads, e.g. to shrink `n`).
   */
  readonly explain?: Explain
}

export interface Listing {
  readonly items: string[]
  readonly pages: number
  /** Entries dropped because they failed `accept` (or were not strings). */
  readonly dropped: number
}

export async function listAll(
  api: RegistryApi,
  request: ListRequest,
  options: PagerOptions = DEFAULT_PAGER
): Promise<Listing> {
  const items = new Set<string>()
  let dropped = 0
  let sawLink = false
  let stale = 0
  const trail = registryTrail(api, request, options, () => ({ stale, count: items.size }))
  const first = await firstPage(api, request, options.pageSize)
  const { pageSize } = first
  let { response } = first
  for (;;) {
    trail.visited(response.url)
    const page = readPage(response, request)
    dropped += page.dropped
    const before = items.size
    for (const item of page.entries) items.add(item)
    stale = items.size > before ? 0 : stale + 1
    const probe = items.size > before && !sawLink
    sawLink ||= nextLink(response.headers.link) !== undefined
    const next = trail.follow(
      nextHref(response, page.last, probe ? pageSize : undefined, page.entries.length),
      response.url,
      response.headers['x-jfrog-version'] ? artifactoryPath : undefined
    )
    if (!next) break
    if (stale >= MAX_STALE_PAGES) throw stalePages(request, trail.pages, items.size)
    response = await api.fetch(
      { method: 'GET', url: next },
      request.scope,
      request.ctx,
      request.explain
    )
  }
  return { items: [...items], pages: trail.pages, dropped }
}

/**
 * The pages of one list, on the registry's host and scheme. At the cap, a list whose
 * last pages brought nothing new is refused as such (the more telling error).
 */
function registryTrail(
  api: RegistryApi,
  request: ListRequest,
  options: PagerOptions,
  tally: () => { stale: number; count: number }
): PageTrail {
  return new PageTrail({
    schemes: 'current',
    maxPages: options.maxPages,
    loop: { log: api.log, source: 'The registry' },
    refuse: refusal => {
      if (refusal.reason !== 'cap') return linkRefused(refusal)
      const { stale, count } = tally()
      const error = stale >= MAX_STALE_PAGES ? stalePages : tooManyPages
      return error(request, refusal.pages, count)
    }
  })
}

/**
 * ECR answers 405 to an `n` above its cap, older registries 400: then ask
 * without `n`. distribution answers PAGINATION_NUMBER_INVALID above its
 * `maxentries`: then ask for a smaller page, and when even that is above
 * (`maxentries` can be set below 100), without `n`: it then sends
 * `maxentries` a page.
 */
async function firstPage(
  api: RegistryApi,
  request: ListRequest,
  pageSize: number
): Promise<{ response: SessionResponse; pageSize: number | undefined }> {
  const url = new URL(`${api.base}${request.path}`)
  url.searchParams.set('n', String(pageSize))
  try {
    const response = await api.fetch(
      { method: 'GET', url: url.href },
      request.scope,
      request.ctx,
      request.explain
    )
    return { response, pageSize }
  } catch (error) {
    if (!(error instanceof RegistryError) || (error.status !== 400 && error.status !== 405)) {
      throw error
    }
    const smaller = error.codes.includes('PAGINATION_NUMBER_INVALID') && pageSize > SMALLER_PAGE
    api.log.info(
      `The registry refused n=${pageSize} (${error.status}); asking ${smaller ? `n=${SMALLER_PAGE}` : 'without n'}`
    )
    if (smaller) return firstPage(api, request, SMALLER_PAGE)
    url.searchParams.delete('n')
    const response = await api.fetch(
      { method: 'GET', url: url.href },
      request.scope,
      request.ctx,
      request.explain
    )
    return { response, pageSize: undefined }
  }
}

interface Page {
  readonly entries: string[]
  readonly dropped: number
  /** The page's last entry as sent, valid or not: what `last=` continues from. */
  readonly last?: string
}

/** `{"<field>": [...]}`; `null` (distribution 2.x, empty repository) reads as none. */
function readPage(response: SessionResponse, request: ListRequest): Page {
  const json = parseJsonObject(response.body, request.ctx)
  const list = json[request.field]
  if (list === null || list === undefined) return { entries: [], dropped: 0 }
  if (!Array.isArray(list)) {
    throw new RegistryError(
      `Could not ${request.ctx.action} on ${request.ctx.registry}: '${request.field}' in the answer is not a list.`,
      { kind: 'protocol' }
    )
  }
  const entries: string[] = []
  for (const entry of list) {
    if (typeof entry === 'string' && request.accept(entry)) entries.push(entry)
  }
  const last = list[list.length - 1]
  return {
    entries,
    dropped: list.length - entries.length,
    ...(typeof last === 'string' && request.accept(last) && { last })
  }
}

/**
 * The next page's link. `probeSize`: no Link so far and this page brought new
 * entries, so a page of exactly that size may hide more (silent paging).
 */
function nextHref(
  response: SessionResponse,
  last: string | undefined,
  probeSize: number | undefined,
  pageLength: number
): string | undefined {
  const link = nextLink(response.headers.link)
  if (link !== undefined) return link
  if (probeSize !== undefined && pageLength === probeSize && last !== undefined) {
    const next = new URL(response.url)
    next.searchParams.set('last', last)
    return next.href
  }
  return undefined
}

/**
 * Artifactory (RTFACT-18971) drops the virtual repository from the Link's
 * path: keep ours and take only its query (`last`, `n`).
 */
function artifactoryPath(next: URL, here: URL): URL {
  if (next.pathname === here.pathname) return next
  const kept = new URL(here)
  kept.search = next.search
  return kept
}

/** The registry's words for a next-page link that is not followed. */
function linkRefused(refusal: LinkRefusal): RegistryError {
  const what =
    refusal.reason === 'not-a-url'
      ? 'sent a next-page link that is not a URL'
      : refusal.reason === 'scheme'
        ? `sent a next-page link with the scheme '${refusal.url.protocol}'; only http and https are followed`
        : `sent a next-page link to another host (${refusal.url.host}); refusing to follow it, since it could take our credentials elsewhere`
  return new RegistryError(`The registry ${what}.`, { kind: 'protocol' })
}

function stalePages(request: ListRequest, pages: number, count: number): RegistryError {
  return new RegistryError(
    `Could not ${request.ctx.action} on ${request.ctx.registry}: the registry's next-page links kept coming, but the last ${MAX_STALE_PAGES} pages brought no new ${request.field} (${count} after ${pages} pages). Refusing to follow them further, or to choose from a list that may be partial.`,
    { kind: 'protocol' }
  )
}

function tooManyPages(request: ListRequest, pages: number, count: number): RegistryError {
  return new RegistryError(
    `Could not ${request.ctx.action} on ${request.ctx.registry}: stopped after ${pages} pages (${count} ${request.field}), the registry keeps sending more. Refusing to choose from a partial list.`,
    { kind: 'protocol' }
  )
}
