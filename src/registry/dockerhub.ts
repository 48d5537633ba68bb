/**
 * Docker Hub namespaces (`repositories: docker.io/<namespace>`). The Hub's
 * registry has no catalog, so the Hub API lists them: `GET
 * /v2/namespaces/{namespace}/repositories`, or the older
 * `/v2/repositories/{namespace}/` where the new one is missing, every page
 * by its absolute `next` URL. Anonymous for public repositories; after a
 * login (dockerhub-login.ts) private ones appear too. Everything the Hub
 * sends is checked for shape, and names become `namespace/name` paths only
 * when they are valid repository paths of the namespace asked.
 */
import { describeCredential } from '../credentials/credential.js'
import type { Logger } from '../logger.js'
import { redactUrl } from '../transport/hosts.js'
import type { HttpResponse } from '../transport/types.js'
import { parseJson } from './dockerhub-answers.js'
import type { HubOptions } from './dockerhub-login.js'
import { HubSession } from './dockerhub-login.js'
import type { RequestContext } from './failures.js'
import { RegistryError } from './failures.js'
import { isRecord } from './json.js'
import type { RepositoryListing } from './listing.js'
import { isRepositoryPath } from './listing.js'
import { PageTrail } from './next-page.js'

/** The most the Hub API gives per page on both endpoints. */
export const HUB_PAGE_SIZE = 100
/** 100,000 repositories: far more than any namespace holds. */
export const HUB_MAX_PAGES = 1000

type Endpoint = 'namespaces' | 'legacy'

export async function listHubNamespace(
  options: HubOptions,
  namespace: string
): Promise<RepositoryListing> {
  const session = new HubSession(options)
  await session.login()
  const ctx = session.context(`list the repositories of namespace '${namespace}'`, namespace)
  const { response, endpoint } = await firstPage(session, namespace, ctx, options.log)
  const names = new Set<string>()
  const trail = hubTrail(options, session.base, ctx, () => names.size)
  let dropped = 0
  let current = response
  for (;;) {
    trail.visited(current.url)
    const page = readPage(current, namespace, ctx)
    dropped += page.dropped
    for (const name of page.names) names.add(name)
    if (trail.pages === 1 && page.results === 0) {
      return emptyNamespace(session, options, namespace, endpoint, dropped)
    }
    const next = trail.follow(page.next, current.url)
    if (next === undefined) return { names: [...names], dropped, pages: trail.pages }
    current = await session.get(next, ctx)
    if (current.status !== 200) throw session.failure(current, ctx)
  }
}

/**
 * The pages of one listing: https (http only between loopback addresses,
 * for tests), on the Hub API's own host, so the login's token goes nowhere else.
 */
function hubTrail(
  options: HubOptions,
  base: URL,
  ctx: RequestContext,
  count: () => number
): PageTrail {
  return new PageTrail({
    schemes: 'https',
    home: base.href,
    maxPages: options.maxPages ?? HUB_MAX_PAGES,
    loop: { log: options.log, source: 'The Hub API' },
    refuse: refusal => {
      if (refusal.reason === 'cap') return tooManyPages(ctx, refusal.pages, count())
      if (refusal.reason === 'not-a-url')
        return protocolError(ctx, "the answer's 'next' is not a URL")
      const { url } = refusal
      return protocolError(
        ctx,
        refusal.reason === 'scheme'
          ? `the answer's 'next' (${redactUrl(url.href)}) is not an https URL; refusing to follow it`
          : `the answer's 'next' leads to another host (${url.host}); refusing to follow it, since it could take the login's token elsewhere`
      )
    }
  })
}

/**
 * The new endpoint, or the older one when the Hub answers that the new one
 * does not exist here: a 405, or a 404 that is not the Hub's JSON answer
 * about the namespace (an HTML or plain-text "page not found").
 */
async function firstPage(
  session: HubSession,
  namespace: string,
  ctx: RequestContext,
  log: Logger
): Promise<{ response: HttpResponse; endpoint: Endpoint }> {
  const ns = encodeURIComponent(namespace)
  const url = new URL(`/v2/namespaces/${ns}/repositories`, session.base)
  url.searchParams.set('page_size', String(HUB_PAGE_SIZE))
  const response = await session.get(url.href, ctx)
  if (response.status === 200) return { response, endpoint: 'namespaces' }
  if (response.status === 404 && isNamespaceAnswer(response)) {
    throw unknownNamespace(session, namespace)
  }
  if (response.status !== 404 && response.status !== 405) throw session.failure(response, ctx)
  const legacy = new URL(`/v2/repositories/${ns}/`, session.base)
  legacy.searchParams.set('page_size', String(HUB_PAGE_SIZE))
  log.info(
    `The Hub API answered ${response.status} to ${redactUrl(url.href)}; listing through the older ${redactUrl(legacy.href)}`
  )
  const old = await session.get(legacy.href, ctx)
  if (old.status === 404) throw unknownNamespace(session, namespace)
  if (old.status !== 200) throw session.failure(old, ctx)
  return { response: old, endpoint: 'legacy' }
}

/** The Hub API's own error body (`{"errinfo": …, "message": …}`), or one that names the namespace. */
function isNamespaceAnswer(response: HttpResponse): boolean {
  const json = parseJson(response.body)
  if (!isRecord(json)) return false
  if ('errinfo' in json) return true
  const text = [json['message'], json['detail']].find(v => typeof v === 'string')
  return typeof text === 'string' && /namespace/i.test(text)
}

interface Page {
  readonly names: string[]
  readonly dropped: number
  /** Entries in `results`, valid or not. */
  readonly results: number
  readonly next?: string
}

/** `{count, next, previous, results: [{name, namespace, …}]}`, checked before use. */
function readPage(response: HttpResponse, namespace: string, ctx: RequestContext): Page {
  const json = parseJson(response.body)
  if (!isRecord(json)) throw protocolError(ctx, 'the answer was not a JSON object')
  const { results, next, count } = json
  if (!Array.isArray(results)) throw protocolError(ctx, "'results' in the answer is not a list")
  if (next !== undefined && next !== null && typeof next !== 'string') {
    throw protocolError(ctx, "'next' in the answer is neither a URL nor null")
  }
  if (count !== undefined && (typeof count !== 'number' || !Number.isFinite(count))) {
    throw protocolError(ctx, "'count' in the answer is not a number")
  }
  const names: string[] = []
  for (const entry of results) {
    const path = repositoryPath(entry, namespace)
    if (path) names.push(path)
  }
  return {
    names,
    dropped: results.length - names.length,
    results: results.length,
    ...(typeof next === 'string' && next !== '' && { next })
  }
}

/** `namespace/name` for an entry of the namespace asked that makes a valid path; else undefined. */
function repositoryPath(entry: unknown, namespace: string): string | undefined {
  if (!isRecord(entry)) return undefined
  const { name } = entry
  const of = entry['namespace'] ?? namespace
  if (typeof name !== 'string' || name.includes('/') || of !== namespace) return undefined
  const path = `${namespace}/${name}`
  return isRepositoryPath(path) ? path : undefined
}

/**
 * No repositories on the first page. The new endpoint answers 404 for an
 * unknown namespace, so there the namespace exists and shows nothing to
 * this caller; the older one answers `count: 0` for unknown namespaces too.
 */
function emptyNamespace(
  session: HubSession,
  options: HubOptions,
  namespace: string,
  endpoint: Endpoint,
  dropped: number
): RepositoryListing {
  if (endpoint === 'legacy') {
    throw unknownNamespace(session, namespace)
  }
  const hint = session.anonymous
    ? " Private repositories are listed only after a login: give 'username' and 'password' (a personal access token with read access)."
    : ''
  options.log.warning(`Docker Hub namespace '${namespace}' has no repositories you can see.${hint}`)
  return { names: [], dropped, pages: 1 }
}

function unknownNamespace(session: HubSession, namespace: string): RegistryError {
  const who = session.anonymous
    ? "without a login, so only public repositories count; for private ones give 'username' and 'password' (a personal access token with read access)"
    : `with the ${describeCredential(session.credential)}; check that this account may see its private repositories`
  return new RegistryError(
    `Namespace '${namespace}' does not exist on Docker Hub, or has no repositories you can see. Check the spelling of the user or organisation name (as in 'docker.io/<namespace>/<repository>'). It was asked ${who}.`,
    { kind: 'not-found', status: 404 }
  )
}

function protocolError(ctx: RequestContext, what: string): RegistryError {
  return new RegistryError(`Could not ${ctx.action} on ${ctx.registry}: ${what}.`, {
    kind: 'protocol'
  })
}

function tooManyPages(ctx: RequestContext, pages: number, count: number): RegistryError {
  return new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: stopped after ${pages} pages (${count} repositories), the Hub API keeps sending more. Refusing to answer with a partial list.`,
    { kind: 'protocol' }
  )
}
