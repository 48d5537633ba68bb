/**
 * Repositories mode: what a registry, a Docker Hub namespace or a ghcr.io
 * owner holds. Each source lists names its own way (the V2 catalog, the Hub
 * API, the GitHub packages API); here they are validated, filtered and
 * sorted the same way. Engine level: the front ends call it with the
 * engine's listers; the clients below it share `registry/listing.ts`.
 */
import { UsageError } from './errors.js'
import type { Logger } from './logger.js'
import { parseReference, DOCKER_HUB } from './reference.js'
import type { RegistryHost } from './registry/api.js'
import type { RepositoryListing } from './registry/listing.js'
import type { TagPattern } from './versions/pattern.js'

/** Where to list repositories. */
export type RepositoriesTarget =
  /** A registry host: `/v2/_catalog`. */
  | { readonly kind: 'catalog'; readonly host: RegistryHost }
  /** `docker.io/<namespace>`: the Hub API, since Docker Hub has no catalog. */
  | { readonly kind: 'docker-hub'; readonly namespace: string }
  /** `ghcr.io/<owner>`: the owner's container packages through the GitHub REST API. */
  | { readonly kind: 'github'; readonly owner: string }

export interface RepositoriesRequest {
  readonly target: RepositoriesTarget
  readonly filter?: TagPattern
  readonly exclude?: TagPattern
}

export interface RepositoriesResult {
  readonly target: RepositoriesTarget
  /** Passing names, sorted. */
  readonly repositories: string[]
  /** How many the source listed (valid names). */
  readonly total: number
  readonly dropped: number
  readonly pages: number
}

/** What repositories mode needs of the engine: one lister per kind of source. */
export interface RepositoriesEngine {
  readonly log: Logger
  repositoryListing(target: RepositoriesTarget): Promise<RepositoryListing>
}

export async function listRepositories(
  engine: RepositoriesEngine,
  request: RepositoriesRequest
): Promise<RepositoriesResult> {
  const listing = await engine.repositoryListing(request.target)
  const { filter, exclude } = request
  const repositories = listing.names
    .filter(name => (!filter || filter.test(name)) && !exclude?.test(name))
    .sort()
  engine.log.info(
    `${describeTarget(request.target)}: ${listing.names.length} repositories, ${repositories.length} pass the filters`
  )
  return {
    target: request.target,
    repositories,
    total: listing.names.length,
    dropped: listing.dropped,
    pages: listing.pages
  }
}

export function describeTarget(target: RepositoriesTarget): string {
  switch (target.kind) {
    case 'catalog':
      return target.host.registry
    case 'docker-hub':
      return `docker.io/${target.namespace}`
    case 'github':
      return `ghcr.io/${target.owner}`
  }
}

/**
 * `registry.example.com:5000` → the catalog; `docker.io/<namespace>` → the
 * Hub API; `ghcr.io/<owner>` → GitHub packages. `docker.io` alone is refused
 * with the reason: Docker Hub has no catalog.
 */
export function parseRepositoriesTarget(raw: string, input = 'repositories'): RepositoriesTarget {
  const text = raw.trim().replace(/\/+$/, '')
  const slash = text.indexOf('/')
  const host = slash < 0 ? text : text.slice(0, slash)
  const rest = slash < 0 ? '' : text.slice(slash + 1)
  const ref = parseReference(`${host}/x`, input)
  if (ref.registry === DOCKER_HUB) {
    if (!rest) {
      throw new UsageError(
        input,
        `Docker Hub has no catalog of repositories: give a namespace to list, such as 'docker.io/library' or 'docker.io/<your user or organisation>'.`
      )
    }
    return { kind: 'docker-hub', namespace: namespaceOf(rest, raw, input) }
  }
  if (ref.registry === 'ghcr.io') {
    if (!rest) {
      throw new UsageError(
        input,
        `ghcr.io has no catalog of repositories: give an owner, such as 'ghcr.io/<user or organisation>'.`
      )
    }
    return { kind: 'github', owner: namespaceOf(rest.toLowerCase(), raw, input) }
  }
  if (rest) {
    throw new UsageError(
      input,
      `'${raw}' names a path on ${ref.registry}; a registry's catalog is listed by its host alone ('${ref.registry}'). Namespaces can be listed on docker.io and ghcr.io only.`
    )
  }
  return { kind: 'catalog', host: { registry: ref.registry, endpoint: ref.endpoint } }
}

function namespaceOf(rest: string, raw: string, input: string): string {
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(rest)) {
    throw new UsageError(
      input,
      `'${raw}' does not end in one namespace or owner name (lowercase letters, digits, '-', '_', '.').`
    )
  }
  return rest
}
