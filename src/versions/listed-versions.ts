/**
 * The listed tags that read as versions, kept for the passes after the
 * first one: the Versions themselves for a short list, else what it takes
 * to read them again one at a time (first-pass.ts fills it).
 */
import type { NotAVersion, Version } from './parse.js'
import { isVersion, makeVersion, parseTag } from './parse.js'
import type { TagPolicy } from './policy.js'
import type { RevisionReading } from './revisions.js'

/** No channel is known to have version lines (ParseOptions.channelLines). */
export const NO_CHANNEL_LINES: ReadonlySet<string> = new Set()

/** `tag` read from its filter's `version` group: the group's version, under the tag's name. */
export function fromGroup(tag: string, group: string | undefined): Version | NotAVersion {
  if (group === undefined) return { tag, reason: 'no version group match' }
  const inner = parseTag(group, { allowStamps: true })
  if (!isVersion(inner)) return { tag, reason: inner.reason }
  const { prefix, components, prerelease, variant, channel, revision, line } = inner
  return makeVersion(tag, prefix, components, prerelease, variant, channel, revision, line)
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

  /**
   * The versions, read with `reading`: `tags` is the list they were added
   * from, `channelLines` what the first pass learnt (a version line after a
   * channel is added once they are known, after the others of a short list).
   */
  *read(
    tags: readonly string[],
    policy: TagPolicy,
    reading: RevisionReading,
    channelLines: ReadonlySet<string> = NO_CHANNEL_LINES
  ): Generator<Version> {
    if (this.kept) {
      for (const v of this.kept) yield reading.read(v)
      return
    }
    const options = { channelLines }
    for (let i = 0, g = 0; i < tags.length; i++) {
      if (!this.isVersionAt[i]) continue
      const tag = tags[i] as string
      const parsed = policy.versionGroup
        ? fromGroup(tag, this.groupTexts[g++])
        : parseTag(tag, options)
      yield reading.read(parsed as Version)
    }
  }
}
