/**
 * A registry's repositories from `GET /v2/_catalog`: every page, through the
 * challenge flow with scope `registry:catalog:*`. Many registries will not
 * give the catalog (Harbor's and GitLab's token services grant nothing,
 * Docker Hub has none): a refusal is explained from what the registry sent
 * (status, challenge realm and service, error codes), with the alternative.
 */
import { describeCredential } from '../credentials/credential.js'
import type { Challenge } from '../transport/challenge.js'
import { parseRegistryErrorBody } from '../transport/registry-errors.js'
import type { SessionResponse } from '../transport/session.js'
import { TokenError } from '../transport/tokens.js'
import type { RegistryApi } from './api.js'
import { CATALOG_SCOPE } from './api.js'
import type { Explain } from './api.js'
import type { FailureKind, RequestContext } from './failures.js'
import { RegistryError } from './failures.js'
import type { RepositoryListing } from './listing.js'
import { isRepositoryPath } from './listing.js'
import type { PagerOptions } from './pager.js'
import { DEFAULT_PAGER, listAll } from './pager.js'

export async function listCatalog(
  api: RegistryApi,
  options: PagerOptions = DEFAULT_PAGER
): Promise<RepositoryListing> {
  const ctx = api.context('list the catalog of repositories', '_catalog')
  const { items, pages, dropped } = await listAll(
    api,
    {
      path: '/v2/_catalog',
      field: 'repositories',
      scope: CATALOG_SCOPE,
      ctx,
      accept: isRepositoryPath,
      explain: explainFailure(ctx)
    },
    options
  )
  api.log.debug(`${ctx.registry}: ${items.length} repositories in ${pages} catalog pages`)
  return { names: items, dropped, pages }
}

/**
 * A 401, 403 or 404 for the catalog (and a token service refusing the
 * credential) becomes an error that speaks of the catalog, not of a
 * repository. Other answers keep the generic errors, which the pager reads
 * (a 400 PAGINATION_NUMBER_INVALID asks for a smaller page).
 */
function explainFailure(ctx: RequestContext): Explain {
  return failure =>
    failure instanceof RegistryError
      ? tokenServiceRefusal(ctx, failure)
      : catalogRefusal(ctx, failure)
}

/** Registries whose catalog refusals we can explain with their own alternative. */
type Flavor = 'harbor' | 'gitlab' | 'docker-hub'

/** From the challenge the registry sent; Docker Hub also by its registry name. */
function flavorOf(ctx: RequestContext, challenge: Challenge | undefined): Flavor | undefined {
  const params = challenge?.params ?? {}
  if (challenge?.scheme === 'basic') {
    return params['realm']?.toLowerCase() === 'harbor' ? 'harbor' : undefined
  }
  const service = params['service']
  const realm = urlOf(params['realm'])
  if (service === 'harbor-registry' || realm?.pathname.endsWith('/service/token')) return 'harbor'
  if (service === 'container_registry' || realm?.pathname.endsWith('/jwt/auth')) return 'gitlab'
  if (service === 'registry.docker.io' || realm?.hostname === 'auth.docker.io' || ctx.isDockerHub) {
    return 'docker-hub'
  }
  return undefined
}

function urlOf(text: string | undefined): URL | undefined {
  try {
    return text ? new URL(text) : undefined
  } catch {
    return undefined
  }
}

const ALTERNATIVE: Record<Flavor, string> = {
  harbor:
    "This is Harbor, whose token service never grants the catalog: use HTTP Basic with a Harbor administrator's 'username' and 'password', or list a project's repositories with the Harbor API (GET /api/v2.0/projects/{project}/repositories).",
  gitlab:
    "This is GitLab's container registry, which grants the catalog only to administrators: use an administrator's credentials, or list a project's repositories with the GitLab API (GET /api/v4/projects/:id/registry/repositories).",
  'docker-hub':
    "Docker Hub has no catalog of repositories: list a namespace with 'repositories: docker.io/<namespace>' (such as docker.io/library)."
}

const ADMIN_HINT = 'Use credentials that may list the catalog (often an administrator account).'
const ANONYMOUS_HINT =
  "Give 'username' and 'password' of an account that may list the catalog (often an administrator)."

interface Refusal {
  readonly kind: FailureKind
  /** What went wrong, in the registry's terms. */
  readonly reason: string
  /** What to do instead. */
  readonly advice: string
}

/** The catalog-specific explanation of a 401, 403 or 404; undefined for other answers. */
function catalogRefusal(ctx: RequestContext, response: SessionResponse): RegistryError | undefined {
  const refusal = explainRefusal(ctx, response)
  if (!refusal) return undefined
  const { codes, summary } = parseRegistryErrorBody(response.body.toString('utf8'))
  const answered = `${response.status}${summary ? ` ${summary}` : ''}`
  return new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: ${refusal.reason} (the registry answered ${answered}). ${refusal.advice}`,
    { kind: refusal.kind, status: response.status, codes }
  )
}

function explainRefusal(ctx: RequestContext, response: SessionResponse): Refusal | undefined {
  const flavor = flavorOf(ctx, response.challenge)
  const alternative = flavor ? ALTERNATIVE[flavor] : ADMIN_HINT
  const who = whoAsked(ctx)
  switch (response.status) {
    case 401:
      return unauthorized(ctx, response, flavor)
    case 403:
      return {
        kind: 'denied',
        reason: `listing the catalog is denied to ${who}`,
        advice: alternative
      }
    case 404:
      return {
        kind: 'not-found',
        reason:
          'this registry does not serve a catalog (/v2/_catalog is not there: it is not enabled, or not offered at all)',
        advice: flavor
          ? alternative
          : "Check the registry host; list a repository's tags with 'image' instead, or list its repositories with the registry's own API."
      }
    default:
      return undefined
  }
}

function unauthorized(
  ctx: RequestContext,
  response: SessionResponse,
  flavor: Flavor | undefined
): Refusal | undefined {
  const challenge = response.challenge
  // A redirect to a foreign host, or no challenge at all: the generic words fit.
  if (response.foreignChallenge || !challenge) return undefined
  if (challenge.scheme === 'basic') return basicRefused(ctx, response, flavor === 'harbor')
  const insufficient = challenge.params['error'] === 'insufficient_scope'
  const anonymous = ctx.credential.kind === 'anonymous'
  return {
    kind: 'unauthorized',
    reason: `the token service did not grant ${CATALOG_SCOPE} to ${whoAsked(ctx)}${insufficient ? ' (insufficient_scope)' : ''}`,
    advice: flavor ? ALTERNATIVE[flavor] : anonymous ? ANONYMOUS_HINT : ADMIN_HINT
  }
}

/** A Basic challenge: no credentials, refused ones, or a token where a password is wanted. */
function basicRefused(ctx: RequestContext, response: SessionResponse, harbor: boolean): Refusal {
  const account = harbor
    ? "a Harbor administrator's account"
    : 'an account that may list the catalog'
  const also = harbor ? ` ${ALTERNATIVE.harbor}` : ''
  if (ctx.credential.kind === 'anonymous') {
    return {
      kind: 'unauthorized',
      reason: 'this registry needs a user name and password (HTTP Basic) to list its catalog',
      advice: `Give 'username' and 'password' of ${account}.${also}`
    }
  }
  if (response.sentAuth === 'basic') {
    return {
      kind: 'unauthorized',
      reason: `it refused ${whoAsked(ctx)} (HTTP Basic)`,
      advice: `Check the user name and password, and that they are those of ${account}.${also}`
    }
  }
  return {
    kind: 'unauthorized',
    reason: `it asks for a user name and password (HTTP Basic), and ${whoAsked(ctx)} hold only a token`,
    advice: `Give 'username' and 'password' of ${account}.${also}`
  }
}

function whoAsked(ctx: RequestContext): string {
  return ctx.credential.kind === 'anonymous'
    ? 'anonymous requests'
    : describeCredential(ctx.credential)
}

/** The token service refused the credential itself (401/403 to the token request). */
function tokenServiceRefusal(ctx: RequestContext, error: unknown): RegistryError | undefined {
  if (!(error instanceof RegistryError) || !(error.cause instanceof TokenError)) return undefined
  const status = error.cause.status
  if ((status !== 401 && status !== 403) || ctx.credential.kind === 'anonymous') return undefined
  return new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: ${error.cause.message}. The token service refused ${whoAsked(ctx)}: check the user name and the password or token.`,
    { kind: 'unauthorized', status, cause: error.cause }
  )
}
