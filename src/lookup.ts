/**
 * One image lookup: list every tag, choose by the policy, resolve digests.
 * Domain only: it returns a result or throws a typed error; the entry
 * reports both.
 */
import { ActionError } from './errors.js'
import type { Logger } from './logger.js'
import type { ImageReference } from './reference.js'
import { displayName, formatReference } from './reference.js'
import { RegistryClient } from './registry/client.js'
import type { TagList } from './registry/client.js'
import { RegistryError } from './registry/errors.js'
import type { Platform } from './registry/platform.js'
import type { Credential } from './credentials/credential.js'
import { ANONYMOUS, describeCredential } from './credentials/credential.js'
import { HttpTransport, DEFAULT_TRANSPORT } from './transport/http.js'
import { RegistrySession } from './transport/session.js'
import { TokenService } from './transport/tokens.js'
import { explainNoMatch } from './versions/explain.js'
import type { Version } from './versions/parse.js'
import type { TagPolicy } from './versions/policy.js'
import type { Selection } from './versions/select.js'
import { selectTags } from './versions/select.js'

export interface LookupRequest {
  readonly image: ImageReference
  readonly current?: string
  readonly credential: Credential
  readonly policy: TagPolicy
  readonly platform?: Platform
  readonly insecure: boolean
  readonly requestTimeoutMs: number
}

export interface LookupResult {
  readonly selection: Selection
  readonly chosen: Version
  readonly digest: string
  readonly platformDigest?: string
  /** `docker.io/library/python:3.14.7@sha256:…` */
  readonly reference: string
  readonly pages: number
  /** The registry's pull quota, when it reports one (Docker Hub). */
  readonly rateLimit?: { limit: number; remaining: number; windowSeconds?: number }
  /** HTTP requests sent, token requests included. */
  readonly requests: number
}

/** Nothing passed the filters; carries the selection so the summary can show the counts. */
export class NoMatchingTagError extends ActionError {
  constructor(
    message: string,
    readonly selection: Selection
  ) {
    super(message)
  }
}

export interface LookupDeps {
  readonly log: Logger
  /** Called with every secret obtained (tokens) before anything can log it. */
  readonly onSecret: (secret: string) => void
}

/** Refusals worth an anonymous try: the image may be public and the credential wrong for it. */
function refused(error: unknown): error is RegistryError {
  return (
    error instanceof RegistryError && (error.kind === 'unauthorized' || error.kind === 'denied')
  )
}

/**
 * Lists with the credential; when the registry refuses it, once more
 * anonymously (a public image with a token that lacks access to it, as GHCR
 * answers DENIED). Failing both, the error tells both stories.
 */
async function listWithFallback(
  clientFor: (credential: Credential) => RegistryClient,
  credential: Credential,
  log: Logger
): Promise<{ client: RegistryClient; list: TagList }> {
  const client = clientFor(credential)
  try {
    return { client, list: await client.listTags() }
  } catch (error) {
    if (credential.kind === 'anonymous' || !refused(error)) throw error
    const anonymous = clientFor(ANONYMOUS)
    try {
      const list = await anonymous.listTags()
      log.warning(
        `The registry refused ${describeCredential(credential)}; the image is public, so it was read anonymously.`
      )
      return { client: anonymous, list }
    } catch (second) {
      if (!(second instanceof RegistryError)) throw second
      throw new RegistryError(
        `${error.message}\nTried anonymously too: ${second.message}`,
        error.kind,
        error.status,
        error.codes
      )
    }
  }
}

export async function lookup(request: LookupRequest, deps: LookupDeps): Promise<LookupResult> {
  const { image } = request
  const http = new HttpTransport({
    ...DEFAULT_TRANSPORT,
    timeoutMs: request.requestTimeoutMs,
    log: deps.log,
    ...(request.insecure && { insecureHosts: new Set([image.endpoint]) })
  })
  try {
    const tokens = new TokenService(http, deps.onSecret)
    const clientFor = (credential: Credential): RegistryClient =>
      new RegistryClient(
        image,
        new RegistrySession(http, tokens, credential, deps.log),
        undefined,
        deps.log
      )
    const { client, list } = await listWithFallback(clientFor, request.credential, deps.log)
    const { tags, pages } = list
    deps.log.info(
      `${displayName(image)}: ${tags.length} tags in ${pages} page${pages === 1 ? '' : 's'}`
    )
    const selection = selectTags(tags, request.policy, request.current)
    const chosen = selection.passing[0]
    if (!chosen) {
      throw new NoMatchingTagError(
        explainNoMatch(displayName(image), selection, request.policy),
        selection
      )
    }
    const digest = await client.digest(chosen.tag)
    const platformDigest = request.platform
      ? await client.platformDigest(digest, request.platform)
      : undefined
    return {
      selection,
      chosen,
      digest,
      ...(platformDigest && { platformDigest }),
      reference: formatReference(image, chosen.tag, digest),
      pages,
      ...(client.rateLimit && { rateLimit: client.rateLimit }),
      requests: http.requests
    }
  } finally {
    http.dispose()
  }
}
