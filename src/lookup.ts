/**
 * One image lookup: list every tag, choose by the policy, resolve digests.
 * Engine level, below the front ends: it returns a result or throws a typed
 * error, and the front ends report both.
 */
import type { Credential } from './credentials/credential.js'
import { ANONYMOUS, describeCredential } from './credentials/credential.js'
import { ActionError } from './errors.js'
import type { Logger } from './logger.js'
import type { ImageReference } from './reference.js'
import { displayName, formatReference } from './reference.js'
import type { RegistryApi, RegistryHost } from './registry/api.js'
import { RegistryError } from './registry/failures.js'
import { platformDigest, tagDigest } from './registry/manifests.js'
import type { PagerOptions } from './registry/pager.js'
import type { Platform } from './registry/platform.js'
import type { RateLimit } from './registry/rate-limit.js'
import type { TagList } from './registry/tags.js'
import type { ReleaseOutcome } from './release/apply.js'
import { applyRelease } from './release/apply.js'
import type { DateOf, ReleaseDate } from './release/cooldown.js'
import type { HeldTag } from './release/narrow.js'
import type { ReleaseOptions } from './release/options.js'
import { heldMessage } from './release/messages.js'
import { listTags } from './registry/tags.js'
import { explainNoMatch } from './versions/explain.js'
import { ltsLineFor } from './versions/lts.js'
import type { Version } from './versions/parse.js'
import type { TagPolicy } from './versions/policy.js'
import type { Selection } from './versions/select.js'
import { selectTags } from './versions/select.js'

export interface LookupRequest {
  readonly image: ImageReference
  readonly current?: string
  readonly policy: TagPolicy
  readonly platform?: Platform
  /** Keep the listed tags in the result: a rewrite of the files checks other shapes against them. */
  readonly keepTags?: boolean
  /** LTS lines and the cooldown (`lts`, `minimum-release-age`); none when absent. */
  readonly release?: ReleaseOptions
}

export interface LookupResult {
  readonly image: ImageReference
  readonly selection: Selection
  readonly chosen: Version
  readonly digest: string
  readonly platformDigest?: string
  /** `docker.io/library/python:3.14.7@sha256:…` */
  readonly reference: string
  readonly pages: number
  /** Tags dropped for not being valid tag names. */
  readonly dropped: number
  /** The registry's pull quota, when it reports one (Docker Hub). */
  readonly rateLimit?: RateLimit
  /** Every listed tag, with `keepTags` (and the API that listed them). */
  readonly listing?: ImageListing
  /** Newer tags passed over (not LTS) or held (too young, undated), with why. */
  readonly held?: readonly HeldTag[]
  /** The chosen tag's release date, when a cooldown examined it. */
  readonly released?: ReleaseDate
}

/** An image's tags and the API (credential) that could list them. */
export interface ImageListing {
  readonly api: RegistryApi
  readonly list: TagList
}

/** What a lookup needs of the engine. */
export interface LookupEngine {
  readonly log: Logger
  readonly pager: PagerOptions
  credentialFor(ref: ImageReference): Promise<Credential>
  api(host: RegistryHost, credential: Credential): RegistryApi
  /** An image's release dates (engine.ts); without it a cooldown holds every undated tag. */
  releaseDates?(image: ImageReference, api: RegistryApi): Promise<DateOf>
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

export async function lookupImage(
  engine: LookupEngine,
  request: LookupRequest
): Promise<LookupResult> {
  const { image } = request
  const listing = await listImageTags(engine, image)
  const { api, list } = listing
  const chosenFrom = selectTags(list.tags, request.policy, request.current)
  const release = await releaseRules(engine, image, api, chosenFrom, request.release)
  const { selection, held } = release
  const chosen = selection.passing[0]
  if (!chosen) {
    const reason = chosenFrom.passing.length
      ? heldMessage(displayName(image), held)
      : explainNoMatch(displayName(image), selection, request.policy, list.tags)
    throw new NoMatchingTagError(reason, selection)
  }
  const digest = await tagDigest(api, image.repository, chosen.tag)
  const platform = request.platform
    ? await platformDigest(api, image.repository, digest, request.platform)
    : undefined
  return {
    image,
    selection,
    chosen,
    digest,
    ...(platform && { platformDigest: platform }),
    reference: formatReference(image, chosen.tag, digest),
    pages: list.pages,
    dropped: list.dropped,
    ...(api.rateLimit && { rateLimit: api.rateLimit }),
    ...(request.keepTags && { listing }),
    ...(held.length && { held }),
    ...(release.released && { released: release.released })
  }
}

/** The LTS lines and cooldown of the request on a selection; the selection as it is without them. */
export async function releaseRules(
  engine: Pick<LookupEngine, 'releaseDates' | 'log'>,
  image: ImageReference,
  api: RegistryApi,
  selection: Selection,
  options: ReleaseOptions | undefined
): Promise<ReleaseOutcome> {
  if (!options) return { selection, held: [], dateRequests: 0 }
  if (options.lts === 'only' && !ltsLineFor(image.repository)) {
    engine.log.info(
      `${displayName(image)}: no known LTS lines (lts: only applies to ubuntu, node and the Java images); its tags are chosen as usual`
    )
  }
  const dates = engine.releaseDates && (() => engine.releaseDates!(image, api))
  const outcome = await applyRelease(image.repository, selection, options, dates)
  for (const line of heldLog(displayName(image), outcome)) engine.log.info(line)
  return outcome
}

function heldLog(name: string, outcome: ReleaseOutcome): string[] {
  const lines = outcome.held.map(h => `${name}: passed over ${h.tag}: ${h.reason}`)
  const date = outcome.released
  if (date?.date)
    lines.push(
      `${name}: ${outcome.selection.passing[0]?.tag} was released ${date.date} (${date.source})`
    )
  return lines
}

/** Every tag of an image, with the run's credential for its registry (or anonymously, see below). */
export async function listImageTags(
  engine: LookupEngine,
  image: ImageReference
): Promise<ImageListing> {
  const credential = await engine.credentialFor(image)
  if (credential.kind !== 'anonymous') {
    engine.log.info(`Using ${describeCredential(credential)} for ${displayName(image)}`)
  }
  const listing = await listWithFallback(engine, image, credential)
  const { tags, pages } = listing.list
  engine.log.info(
    `${displayName(image)}: ${tags.length} tags in ${pages} page${pages === 1 ? '' : 's'}`
  )
  return listing
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
  engine: LookupEngine,
  image: ImageReference,
  credential: Credential
): Promise<ImageListing> {
  const api = engine.api(image, credential)
  try {
    return { api, list: await listTags(api, image.repository, engine.pager) }
  } catch (error) {
    if (credential.kind === 'anonymous' || !refused(error)) throw error
    const anonymous = engine.api(image, ANONYMOUS)
    try {
      const list = await listTags(anonymous, image.repository, engine.pager)
      engine.log.warning(
        `The registry refused ${describeCredential(credential)}; the image is public, so it was read anonymously.`
      )
      return { api: anonymous, list }
    } catch (second) {
      if (!(second instanceof RegistryError)) throw second
      throw new RegistryError(`${error.message}\nTried anonymously too: ${second.message}`, {
        kind: error.kind,
        ...(error.status !== undefined && { status: error.status }),
        codes: error.codes,
        cause: second
      })
    }
  }
}
