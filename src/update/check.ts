/**
 * Checking one image's references: its tags listed once, then each distinct
 * current tag (a shape: `3.12-slim`, `3.12.1-alpine`) chosen for on its own,
 * so every reference moves within its own variant and precision. Digests are
 * resolved once per tag.
 */
import type { FoundReference } from '../files/types.js'
import type { Logger } from '../logger.js'
import type { ImageListing, LookupEngine } from '../lookup.js'
import { listImageTags, releaseRules } from '../lookup.js'
import type { ReleaseOptions } from '../release/options.js'
import { tagDigest } from '../registry/manifests.js'
import { lineStoppedNote } from '../versions/explain.js'
import type { TagPolicy } from '../versions/policy.js'
import { selectTags } from '../versions/select.js'
import type { ReleaseOutcome } from '../release/apply.js'
import type { ImageCheck, ImageGroup, LogLine, ReferenceResult } from './types.js'

/** A shape's answer: the tag to move to, or why there is none. */
interface ShapeAnswer {
  readonly current: string
  readonly tag: string
  readonly newer: readonly string[]
  readonly result: Pick<
    ReferenceResult,
    'update' | 'currentVersion' | 'chosenVersion' | 'note' | 'held' | 'released'
  >
}

/**
 * Never throws: an image that fails (private, not found, rate limited) is
 * reported in its rows, and the other images go on.
 */
export async function checkImage(
  engine: LookupEngine,
  group: ImageGroup,
  policy: TagPolicy,
  listed?: ImageListing,
  release?: ReleaseOptions
): Promise<ImageCheck> {
  const log: LogLine[] = []
  const quiet: LookupEngine = {
    log: bufferedLogger(log),
    pager: engine.pager,
    credentialFor: image => engine.credentialFor(image),
    api: (host, credential) => engine.api(host, credential),
    ...(engine.releaseDates && {
      releaseDates: (image, api) => engine.releaseDates!(image, api)
    })
  }
  try {
    const listing = listed ?? (await listImageTags(quiet, group.image))
    const answers = new Map<string, ShapeAnswer>()
    for (const ref of group.references) {
      const current = ref.image.tag ?? ''
      if (answers.has(current)) continue
      const selection = current ? selectTags(listing.list.tags, policy, current) : undefined
      const released =
        selection && (await releaseRules(quiet, group.image, listing.api, selection, release))
      answers.set(current, answerFor(released, current))
    }
    const digests = await resolveDigests(
      listing,
      group,
      [...answers.values()].map(a => a.tag)
    )
    const results = group.references.map(ref =>
      resultFor(ref, answers.get(ref.image.tag ?? '') as ShapeAnswer, digests)
    )
    return { group, results, log }
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error))
    log.push({ level: 'warning', message: failure.message })
    return failedCheck(group, failure, log)
  }
}

/** Every reference of the image failed with `failure`; the log says why. */
export function failedCheck(group: ImageGroup, failure: Error, log: LogLine[] = []): ImageCheck {
  if (!log.length) log.push({ level: 'warning', message: failure.message })
  return {
    group,
    results: group.references.map(ref => failedResult(ref, failure)),
    error: failure,
    log
  }
}

function bufferedLogger(lines: LogLine[]): Logger {
  return {
    debug: message => lines.push({ level: 'debug', message }),
    info: message => lines.push({ level: 'info', message }),
    warning: message => lines.push({ level: 'warning', message })
  }
}

function answerFor(release: ReleaseOutcome | undefined, current: string): ShapeAnswer {
  if (!release) {
    return {
      current,
      tag: '',
      newer: [],
      result: { note: 'pinned by digest alone: no tag to follow' }
    }
  }
  const { selection, held } = release
  const heldRows = held.length ? { held } : {}
  const known = selection.current
  if (!known?.version) {
    const reason = known && 'reason' in known ? known.reason : 'not a version'
    return {
      current,
      tag: current,
      newer: [],
      result: { note: `'${current}' is not a version (${reason})` }
    }
  }
  const top = known.newer[0]
  const stopped = lineStoppedNote(selection)
  if (!top || !known.update) {
    const note = !selection.passing.length
      ? 'no tag of this shape passes the filters'
      : (held[0] && `newer tags held: ${held[0].tag}: ${held[0].reason}`) || stopped
    return {
      current,
      tag: current,
      newer: [],
      result: { currentVersion: known.version, ...(note && { note }), ...heldRows }
    }
  }
  return {
    current,
    tag: top.tag,
    newer: known.newer.map(v => v.tag),
    result: {
      update: known.update,
      currentVersion: known.version,
      chosenVersion: top,
      ...(stopped && { note: stopped }),
      ...heldRows,
      ...(release.released?.date && {
        released: { date: release.released.date, source: release.released.source }
      })
    }
  }
}

/** The digest of every tag some reference moves to or stays on; a tag that fails has none. */
async function resolveDigests(
  listing: ImageListing,
  group: ImageGroup,
  tags: readonly string[]
): Promise<Map<string, string | Error>> {
  const wanted = [...new Set(tags.filter(Boolean))]
  const digests = await Promise.all(
    wanted.map(tag =>
      tagDigest(listing.api, group.image.repository, tag).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error))
      )
    )
  )
  return new Map(wanted.map((tag, i) => [tag, digests[i] as string | Error]))
}

function resultFor(
  reference: FoundReference,
  answer: ShapeAnswer,
  digests: ReadonlyMap<string, string | Error>
): ReferenceResult {
  const found = digests.get(answer.tag)
  const digest = typeof found === 'string' ? found : ''
  const pinned = reference.image.digest
  const digestMoved = !answer.result.update && pinned && digest && pinned !== digest
  const base = {
    reference,
    current: answer.current,
    tag: answer.tag,
    digest,
    newer: answer.newer,
    ...answer.result
  }
  if (found instanceof Error && answer.result.update) return { ...base, error: found.message }
  if (digestMoved) return { ...base, update: 'digest', note: undefined }
  return base
}

function failedResult(reference: FoundReference, error: Error): ReferenceResult {
  const current = reference.image.tag ?? ''
  return { reference, current, tag: current, digest: '', newer: [], error: error.message }
}
