/**
 * The first pass over a repository's tags, and the versions it found read
 * again one at a time: what a tag reads as under the policy, which tags are
 * versions at all, the counts of the stages that come before versions, and
 * which suffixes the repository uses as build counters (revisions.ts).
 */
import { FloatingLines } from './floating.js'
import type { NotAVersion, Version } from './parse.js'
import { isVersion, parseTag } from './parse.js'
import { ListedVersions, NO_CHANNEL_LINES, fromGroup } from './listed-versions.js'
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
export function readTag(
  tag: string,
  policy: TagPolicy,
  channelLines: ReadonlySet<string> = NO_CHANNEL_LINES
): Version | NotAVersion {
  if (policy.versionGroup) return fromGroup(tag, policy.filter?.match(tag)?.groups['version'])
  return parseTag(tag, { channelLines })
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
/** A first component this large is a date (`jammy-20250101.1`), not a line of its channel. */
const LINE_LIMIT = 100_000
/** Channels with lines a repository may have: more are not learnt (a list of a million branches). */
const MAX_CHANNEL_LINES = 64

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
  /** Channels written before dotted versions, after which one number is a line: ParseOptions. */
  readonly channelLines: ReadonlySet<string>
}

/** The first pass's state as it reads the list one tag at a time. */
class ListReader {
  readonly removedBy = Object.fromEntries(STAGES.map(s => [s, 0])) as Record<Stage, number>
  readonly notVersions: string[] = []
  readonly lines = new FloatingLines()
  readonly learner = new RevisionLearner()
  readonly versions: ListedVersions
  windows = false
  readonly leadingLines = new Set<string>()
  readonly channelLines = new Set<string>()

  constructor(tagCount: number) {
    this.versions = new ListedVersions(tagCount)
  }

  other(tag: string): void {
    this.removedBy.version++
    this.learner.observeOther(tag)
    this.windows ||= namesWindows(tag)
    if (this.notVersions.length < 5) this.notVersions.push(tag)
  }

  version(index: number, version: Version, groupText: string | undefined): void {
    this.versions.add(index, version, groupText)
    this.learner.observe(version)
    const { line, channel, components } = version
    if (line) {
      if (line.startsWith('10.0.')) this.windows = true
      else if (this.leadingLines.size < 64) this.leadingLines.add(line)
    }
    if (channel && components.length > 1 && (components[0] as number) < LINE_LIMIT) {
      if (this.channelLines.size < MAX_CHANNEL_LINES) this.channelLines.add(channel)
    }
    this.lines.add(version)
  }

  /**
   * The tags that are one number after a channel (`open-21-jre`), once the
   * whole list has said which channels it writes before dotted versions.
   */
  oneNumberTags(tags: readonly string[], indices: readonly number[]): void {
    const options = { channelLines: this.channelLines }
    for (const i of indices) {
      const tag = tags[i] as string
      const read = this.channelLines.size ? parseTag(tag, options) : undefined
      if (read && isVersion(read)) this.version(i, read, undefined)
      else this.other(tag)
    }
  }
}

export function readTagList(tags: readonly string[], policy: TagPolicy): FirstPass {
  const list = new ListReader(tags.length)
  // Indices, not objects: a million `pr-N` tags cost a number each.
  const oneNumber: number[] = []
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string
    const reading = readListedTag(tag, policy)
    if (reading.kind === 'filtered') list.removedBy.filter++
    else if (reading.kind === 'version') list.version(i, reading.version, reading.groupText)
    else if (reading.read.oneNumberAfter !== undefined) oneNumber.push(i)
    else list.other(tag)
  }
  list.oneNumberTags(tags, oneNumber)
  const { removedBy, notVersions, lines, learner, versions, windows, leadingLines, channelLines } =
    list
  const reading = learner.reading()
  const firstPass = {
    removedBy,
    notVersions,
    lines,
    versions,
    reading,
    windows,
    leadingLines,
    channelLines
  }
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
  firstPass: Pick<FirstPass, 'versions' | 'reading' | 'channelLines'>,
  policy: TagPolicy
): Generator<Version> {
  return firstPass.versions.read(tags, policy, firstPass.reading, firstPass.channelLines)
}
