/**
 * Reading a tag as `[CHANNEL][v]VERSION[PRERELEASE][REVISION][-VARIANT]`
 * (interface.md, "Versions" and "Tags in the wild"). Pure: no I/O, no
 * knowledge of filters. This is the reading of one tag alone; revisions.ts
 * reads a repository's build counters out of the variant.
 */
import { isDateStamp, readHead } from './head.js'
import { sameString } from './intern.js'
import { isFloatingVariant, readLined, windowsLine, withCompanion } from './lines.js'
import type { Prerelease, Revision } from './suffix.js'
import { readTail } from './suffix.js'

export type { Prerelease, PrereleaseKind, Revision } from './suffix.js'

export interface Version {
  readonly tag: string
  /** `v` or `V` when the tag was spelled `v1.2.3`, else empty. */
  readonly prefix: string
  /** One to six numeric components; a date or timestamp is one (`20250813083541`). */
  readonly components: readonly number[]
  readonly prerelease?: Prerelease
  /**
   * What follows the version, prerelease and revision, without the leading
   * hyphen: `alpine`, `slim-bookworm`.
   */
  readonly variant: string
  /** Words before the version with their separator: `develop-`, `arm64v8-`, `RELEASE.`. */
  readonly channel: string
  /** The build: a counter (`-ls308`), a date stamp (`-20240723`), a release marker (`-GA`). */
  readonly revision?: Revision
  /**
   * What the tag keeps beside its channel and variant (lines.ts): the first
   * of two versions (`16` in `16-3.4-3.6.1`), a Windows release
   * (`10.0.17763` in `10.0.17763.6414`); empty when none.
   */
  readonly line: string
}

export type NotAVersion = {
  readonly tag: string
  readonly reason: string
  /**
   * The channel before the one number this tag is (`open-` of `open-21-jre`):
   * it reads as a version where the repository writes that channel before
   * dotted versions (ParseOptions `channelLines`).
   */
  readonly oneNumberAfter?: string
}

const HASH = /^[0-9a-f]{7,64}$/
/** A single component this long is a date or build stamp (`20260805`), not a version. */
const STAMP_DIGITS = 6

export interface ParseOptions {
  /** Accept single-component stamps: the user extracted the version with a `version` group. */
  readonly allowStamps?: boolean
  /**
   * Channels the repository writes before dotted versions (`open-` of
   * `open-21.0.5_11-jre`): after one of them a single number is a version
   * line (`open-21-jre`), as `21-jre` is without a channel. first-pass.ts
   * learns them from the repository's tags.
   */
  readonly channelLines?: ReadonlySet<string>
}

/** One object shape for every version keeps sorting 20,000 tags fast. */
export function makeVersion(
  tag: string,
  prefix: string,
  components: readonly number[],
  prerelease: Prerelease | undefined,
  variant: string,
  channel: string,
  revision: Revision | undefined,
  line = ''
): Version {
  return { tag, prefix, components, prerelease, variant, channel, revision, line }
}

/**
 * After channel words, one number is a version only when it is a date or
 * timestamp (`jammy-20250101`, `RELEASE.2025-…`), or a line of a channel
 * the repository writes before dotted versions (ParseOptions
 * `channelLines`): else `jdk-21`, `pr-123` and `sha-1234567` are names.
 */
function isChannelStamp(value: number, digits: number): boolean {
  if (digits === 8) return isDateStamp(value, 8)
  return (digits === 12 || digits === 14) && isDateStamp(Math.floor(value / 10 ** (digits - 8)), 8)
}

/** Reads `tag` as a version, or says why it is not one. */
export function parseTag(tag: string, options: ParseOptions = {}): Version | NotAVersion {
  if (tag.length >= 7 && HASH.test(tag) && !/^\d+$/.test(tag)) return { tag, reason: 'commit hash' }
  const head = readHead(tag)
  if (!head) return { tag, reason: 'not a version' }
  const { channel, components } = head
  if (components.length === 1 && head.digits >= STAMP_DIGITS) {
    if (!channel && !options.allowStamps) return { tag, reason: 'date or build stamp' }
  }
  if (channel && components.length === 1 && !isChannelStamp(components[0] as number, head.digits)) {
    if (head.digits >= STAMP_DIGITS) return { tag, reason: 'not a version' }
    if (!options.channelLines?.has(channel)) {
      return { tag, reason: 'not a version', oneNumberAfter: channel }
    }
  }
  let lined = readLined(tag, head)
  let tail = readTail(tailAt(tag, lined?.end ?? head.end))
  if (!tail && lined) {
    // What follows the second version is no tail: the tag is one version and a variant.
    lined = undefined
    tail = readTail(tailAt(tag, head.end))
  }
  if (!tail) return { tag, reason: 'not a version' }
  if (isFloatingVariant(tail.variant)) return { tag, reason: 'a floating tag' }
  const revision = lined?.companion ? withCompanion(lined.companion, tail.revision) : tail.revision
  return makeVersion(
    tag,
    head.prefix,
    lined?.components ?? components,
    tail.prerelease,
    tail.variant,
    sameString(channel),
    revision,
    lined?.line ?? windowsLine(components)
  )
}

const tailAt = (tag: string, end: number): string => (end === tag.length ? '' : tag.slice(end))

export function isVersion(parsed: Version | NotAVersion): parsed is Version {
  return 'components' in parsed
}

/** `v3.14.7-alpine` → `3.14.7`; `3.15.0rc1` → `3.15.0-rc.1`. */
export function formatVersion(v: Version): string {
  const base = v.components.join('.')
  if (!v.prerelease) return base
  const label = v.prerelease.kind === 'milestone' ? 'M' : v.prerelease.kind
  return `${base}-${label}${v.prerelease.number ? `.${v.prerelease.number}` : ''}`
}
