/**
 * The first pass over a repository's tags, and the versions it found read
 * again one at a time: what a tag reads as under the policy, which tags are
 * versions at all, the counts of the stages that come before versions, and
 * which suffixes the repository uses as build counters (revisions.ts).
 */
import { FloatingLines } from './floating.js'
import type { NotAVersion, Version } from './parse.js'
import { isVersion, makeVersion, parseTag } from './parse.js'
import { namesWindows } from './pins.js'
import type { TagPolicy } from './policy.js'
import type { RevisionReading } from './revisions.js'
import { NO_COUNTERS, RevisionLearner } from './revisions.js'

/** The filters in the order they apply; a tag is counted against the first that removes it. */
export const STAGES = [
  'filter',
  'version',
  'exclude',
  'prerelease',
  'variant',
  'precision',
  'range'
] as const
export type Stage = (typeof STAGES)[number]

/**
 * The version of a tag under the policy: the `version` group of `filter`
 * when it has one (a tag the filter does not match has no version then).
 * Unlike a listed tag, the current tag is read whether the filter keeps it or not.
 */
export function readTag(tag: string, policy: TagPolicy): Version | NotAVersion {
  if (policy.versionGroup) return fromGroup(tag, policy.filter?.match(tag)?.groups['version'])
  return parseTag(tag)
}

function fromGroup(tag: string, group: string | undefined): Version | NotAVersion {
  if (group === undefined) return { tag, reason: 'no version group match' }
  const inner = parseTag(group, { allowStamps: true })
  if (!isVersion(inner)) return { tag, reason: inner.reason }
  const { prefix, components, prerelease, variant, channel, revision, line } = inner
  return makeVersion(tag, prefix, components, prerelease, variant, channel, revision, line)
}

/** One listed tag as the first pass reads it: the stage that removes it, or its version. */
export type TagReading =
  /** The `filter` input does not match it. */
  | { readonly kind: 'filtered' }
  /** It does not read as a version (`latest`, `sha-1a2b3c4`), or its version group does not. */
  | { readonly kind: 'not a version'; readonly read: NotAVersion }
  /** `groupText`: the text of the filter's `version` group it was read from, when there is one. */
  | { readonly kind: 'version'; readonly version: Version; readonly groupText?: string }

const FILTERED: TagReading = { kind: 'filtered' }

/** A listed tag under the policy: the filter first, then the version (of its group, if any). */
export function readListedTag(tag: string, policy: TagPolicy): TagReading {
  const { filter, versionGroup } = policy
  if (versionGroup) {
    const match = filter?.match(tag)
    if (!match) return FILTERED
    const groupText = match.groups['version']
    const read = fromGroup(tag, groupText)
    return isVersion(read)
      ? { kind: 'version', version: read, groupText: groupText as string }
      : { kind: 'not a version', read }
  }
  if (filter && !filter.test(tag)) return FILTERED
  const read = parseTag(tag)
  return isVersion(read) ? { kind: 'version', version: read } : { kind: 'not a version', read }
}

/**
 * Up to this many tags the first pass keeps what it parsed (a few MB) and
 * the later passes read that again; above, they parse each tag again, so a
 * million tags never have a million Versions alive at once.
 */
const KEEP_PARSED = 50_000

/**
 * The listed tags that read as versions, for the later passes to read
 * again: the Versions themselves for a list of up to KEEP_PARSED tags, else
 * what it takes to parse them again (a byte per tag, the version group's
 * text per version) rather than an object per tag.
 */
export class ListedVersions {
  private readonly kept: Version[] | undefined
  private readonly isVersionAt: Uint8Array
  private readonly groupTexts: string[] = []

  constructor(readonly tagCount: number) {
    this.kept = tagCount <= KEEP_PARSED ? [] : undefined
    this.isVersionAt = new Uint8Array(this.kept ? 0 : tagCount)
  }

  /** The tag at `index` of the list read as `version`. */
  add(index: number, version: Version, groupText: string | undefined): void {
    if (this.kept) {
      this.kept.push(version)
      return
    }
    this.isVersionAt[index] = 1
    if (groupText !== undefined) this.groupTexts.push(groupText)
  }

  /** The versions in list order, read with `reading`: `tags` is the list they were added from. */
  *read(tags: readonly string[], policy: TagPolicy, reading: RevisionReading): Generator<Version> {
    if (this.kept) {
      for (const v of this.kept) yield reading.read(v)
      return
    }
    for (let i = 0, g = 0; i < tags.length; i++) {
      if (!this.isVersionAt[i]) continue
      const tag = tags[i] as string
      const parsed = policy.versionGroup ? fromGroup(tag, this.groupTexts[g++]) : parseTag(tag)
      yield reading.read(parsed as Version)
    }
  }
}

/** What the first pass learns: the early counts, the version lines, which tags are versions. */
export interface FirstPass {
  readonly removedBy: Record<Stage, number>
  readonly notVersions: string[]
  readonly lines: FloatingLines
  readonly versions: ListedVersions
  /** The repository's build counters, to read every version with. */
  readonly reading: RevisionReading
  /** The repository publishes Windows images (`ltsc2022`, `10.0.17763.6414`): see pins.ts. */
  readonly windows: boolean
  /** The lines written before a version (`16` of `16-3.4`), a few: see pins.ts. */
  readonly leadingLines: ReadonlySet<string>
}

export function readTagList(tags: readonly string[], policy: TagPolicy): FirstPass {
  const removedBy = Object.fromEntries(STAGES.map(s => [s, 0])) as Record<Stage, number>
  const notVersions: string[] = []
  const lines = new FloatingLines()
  const learner = new RevisionLearner()
  const versions = new ListedVersions(tags.length)
  let windows = false
  const leadingLines = new Set<string>()
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string
    const reading = readListedTag(tag, policy)
    if (reading.kind === 'filtered') {
      removedBy.filter++
    } else if (reading.kind === 'not a version') {
      removedBy.version++
      learner.observeOther(tag)
      windows ||= namesWindows(tag)
      if (notVersions.length < 5) notVersions.push(tag)
    } else {
      const { version, groupText } = reading
      versions.add(i, version, groupText)
      learner.observe(version)
      if (version.line) {
        if (version.line.startsWith('10.0.')) windows = true
        else if (leadingLines.size < 64) leadingLines.add(version.line)
      }
      lines.add(version)
    }
  }
  const reading = learner.reading()
  const firstPass = { removedBy, notVersions, lines, versions, reading, windows, leadingLines }
  // The prereleases' lines were learnt from the tags as parsed; when a
  // counter is split off a prerelease's variant, they are learnt again.
  if (reading === NO_COUNTERS || !learner.prereleaseMayChange) return firstPass
  const relearnt = new FloatingLines()
  for (const v of versionsAt(tags, firstPass, policy)) relearnt.add(v)
  return { ...firstPass, lines: relearnt }
}

/**
 * The versions the first pass found, read with the repository's counters:
 * those it kept, or for a huge list each parsed again one at a time rather
 * than kept (a million Versions alive at once is what it cannot afford).
 */
export function versionsAt(
  tags: readonly string[],
  firstPass: Pick<FirstPass, 'versions' | 'reading'>,
  policy: TagPolicy
): Generator<Version> {
  return firstPass.versions.read(tags, policy, firstPass.reading)
}
