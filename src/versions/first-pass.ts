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
import type { TagMatch, TagPolicy } from './policy.js'
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
 * when it has one. `match` is the filter's match when the caller has it.
 */
export function readTag(
  tag: string,
  policy: TagPolicy,
  match: TagMatch | null | undefined = policy.versionGroup ? policy.filter?.match(tag) : undefined
): Version | NotAVersion {
  if (policy.versionGroup) return fromGroup(tag, match?.groups['version'])
  return parseTag(tag)
}

function fromGroup(tag: string, group: string | undefined): Version | NotAVersion {
  if (group === undefined) return { tag, reason: 'no version group match' }
  const inner = parseTag(group, { allowStamps: true })
  if (!isVersion(inner)) return { tag, reason: inner.reason }
  const { prefix, components, prerelease, variant, channel, revision, line } = inner
  return makeVersion(tag, prefix, components, prerelease, variant, channel, revision, line)
}

/** What the first pass learns: the early counts, the version lines, which tags are versions. */
export interface FirstPass {
  readonly removedBy: Record<Stage, number>
  readonly notVersions: string[]
  readonly lines: FloatingLines
  /** 1 where the tag at that index reads as a version. */
  readonly isVersionAt: Uint8Array
  /** With a version group: each version tag's group text, in list order (not run twice). */
  readonly groups: string[]
  /** The repository's build counters, to read every version with. */
  readonly reading: RevisionReading
  /** The versions as first parsed, kept when the list is small enough (KEEP_PARSED). */
  readonly parsed: Version[] | undefined
  /** The repository publishes Windows images (`ltsc2022`, `10.0.17763.6414`): see pins.ts. */
  readonly windows: boolean
  /** The lines written before a version (`16` of `16-3.4`), a few: see pins.ts. */
  readonly leadingLines: ReadonlySet<string>
}

/**
 * Up to this many tags the first pass keeps what it parsed (a few MB) and
 * the later passes read that again; above, they parse each tag again, so a
 * million tags never have a million Versions alive at once.
 */
const KEEP_PARSED = 50_000

export function readTagList(tags: readonly string[], policy: TagPolicy): FirstPass {
  const removedBy = Object.fromEntries(STAGES.map(s => [s, 0])) as Record<Stage, number>
  const isVersionAt = new Uint8Array(tags.length)
  const notVersions: string[] = []
  const groups: string[] = []
  const lines = new FloatingLines()
  const learner = new RevisionLearner()
  const parsedVersions = tags.length <= KEEP_PARSED ? ([] as Version[]) : undefined
  const { filter, versionGroup } = policy
  let windows = false
  const leadingLines = new Set<string>()
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as string
    const match = versionGroup ? filter?.match(tag) : filter && (filter.test(tag) || null)
    if (match === null) {
      removedBy.filter++
      continue
    }
    const group = versionGroup ? (match as TagMatch).groups['version'] : undefined
    const parsed = versionGroup ? fromGroup(tag, group) : parseTag(tag)
    if (!isVersion(parsed)) {
      removedBy.version++
      learner.observeOther(tag)
      windows ||= namesWindows(tag)
      if (notVersions.length < 5) notVersions.push(tag)
      continue
    }
    isVersionAt[i] = 1
    if (versionGroup) groups.push(group as string)
    learner.observe(parsed)
    if (parsed.line) {
      if (parsed.line.startsWith('10.0.')) windows = true
      else if (leadingLines.size < 64) leadingLines.add(parsed.line)
    }
    lines.add(parsed)
    parsedVersions?.push(parsed)
  }
  const reading = learner.reading()
  const scan = {
    removedBy,
    notVersions,
    lines,
    isVersionAt,
    groups,
    reading,
    parsed: parsedVersions,
    windows,
    leadingLines
  }
  // The prereleases' lines were learnt from the tags as parsed; when a
  // counter is split off a prerelease's variant, they are learnt again.
  if (reading === NO_COUNTERS || !learner.prereleaseMayChange) return scan
  const relearnt = new FloatingLines()
  for (const v of versionsAt(tags, scan, policy)) relearnt.add(v)
  return { ...scan, lines: relearnt }
}

/**
 * The versions the scan found, read with the repository's counters: those
 * it kept, or for a huge list each parsed again one at a time rather than
 * kept (a million Versions alive at once is what it cannot afford).
 */
export function* versionsAt(
  tags: readonly string[],
  scan: Pick<FirstPass, 'isVersionAt' | 'groups' | 'reading' | 'parsed'>,
  policy: TagPolicy
): Generator<Version> {
  const { isVersionAt, groups, reading, parsed: kept } = scan
  if (kept) {
    for (const v of kept) yield reading.read(v)
    return
  }
  for (let i = 0, g = 0; i < tags.length; i++) {
    if (!isVersionAt[i]) continue
    const tag = tags[i] as string
    const parsed = (policy.versionGroup ? fromGroup(tag, groups[g++]) : parseTag(tag)) as Version
    yield reading.read(parsed)
  }
}
