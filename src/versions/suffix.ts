/**
 * What follows a tag's version: `[BUILD-ID][PRERELEASE][REVISION][-VARIANT]`.
 * Read alone, without the rest of the repository: a build counter that only
 * the repository can tell from a variant number (`-ls308` against `-jdk17`)
 * stays in the variant here and is split off by revisions.ts. What the shape
 * alone decides is read here: prereleases, date stamps and release markers
 * (`-20240723`, `-GA`), and `_11` after the version.
 */
import { isDateStamp } from './head.js'
import { Interned, sameString } from './intern.js'

export type PrereleaseKind = 'dev' | 'alpha' | 'beta' | 'milestone' | 'pre' | 'rc'

export interface Prerelease {
  readonly kind: PrereleaseKind
  /** dev/snapshot/nightly < alpha < beta < milestone < pre/preview < rc. */
  readonly rank: number
  /** `rc2` → 2; `rc` → 0. */
  readonly number: number
}

/** A build of a version: a counter bumped on each rebuild, a date stamp, a release marker. */
export interface Revision {
  /** As written, without the separator before it: `ls308`, `k3s1`, `ce.0`, `r3-ls295`, `GA`. */
  readonly text: string
  /** What the counters' numbers follow: `ls`, `k3s`, `ce.`, `_`, `r-ls`; empty when bare. */
  readonly stem: string
  /**
   * Compared only between tags of one version, in order: `ls308` → [308],
   * `r3-ls295` → [3, 295], `20240723` → [20240723], `GA` → [0].
   */
  readonly numbers: readonly number[]
  /** A date stamp or release marker: the tag names a dated build, not the version's line. */
  readonly stamped: boolean
}

export interface Tail {
  readonly prerelease?: Prerelease
  readonly revision?: Revision
  readonly variant: string
}

const KINDS: Record<string, PrereleaseKind> = {
  dev: 'dev',
  snapshot: 'dev',
  nightly: 'dev',
  a: 'alpha',
  alpha: 'alpha',
  b: 'beta',
  beta: 'beta',
  pre: 'pre',
  preview: 'pre',
  rc: 'rc'
}
const RANKS: Record<PrereleaseKind, number> = {
  dev: 0,
  alpha: 1,
  beta: 2,
  milestone: 3,
  pre: 4,
  rc: 5
}

/** JEP-229 versions carry a commit after the number: `3206.vb_15dcf73f6a_9`. */
export const BUILD_ID = /^\.v[0-9a-f_]{6,40}(?=$|-)/
/** Glued to the version (`3.15.0rc1`, `1.0b2`, `19beta3`) or after a dot (`12.1.0.beta2`). */
const GLUED = /^\.?(alpha|beta|preview|pre|rc|dev|a|b)\.?(\d*)(?=$|-)/i
/** `21.0.5_11`, `9.7_p1`: a build or patch number after an underscore. */
const UNDERSCORE = /^_([A-Za-z]?)(\d{1,9})(?=$|-)/
/** `1.41.3.9314-a0bfb8370`: a commit right after the version belongs to it, not to the variant. */
export const COMMIT_PART = /^-(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?=$|-)/
/** Words that name the release build itself (`5.0-GA`, `33.0.2.Final`, `1.0GA`). */
const MARKER = /^(?:GA|ga|Final|FINAL|final|RELEASE|Release)$/
const GLUED_MARKER = /^\.?(GA|Final|FINAL|RELEASE)(?=$|-)/
/** `.fips` after a version: a flavour word joined by a dot. */
const DOTTED_FLAVOUR = /^\.[A-Za-z][A-Za-z0-9]{2,}(?=$|-)/
/** A whole hyphen part (`rc1`, `rc.1`, `beta.2`, `RC`, `M10`, `SNAPSHOT`). */
const PART = /^(?:(alpha|beta|preview|pre|rc|dev|snapshot|nightly)\.?(\d*)|(M)(\d+))$/i
/** `rc42.ce.0`: a numbered prerelease, then a dot and more. */
const LEADING_PART = /^(alpha|beta|preview|pre|rc)\.?(\d+)\.([A-Za-z][\w.]*)$/i
/** `slim.2` in `2.0.0-beta-slim.2`: the prerelease's number after a flavour word. */
const WORD_NUMBER = /^([A-Za-z]+)\.(\d{1,4})$/
/** A cheap first look: could a hyphen part name a prerelease, a date or a marker? */
const MAY_NEED_PARTS =
  /-(?:alpha|beta|pre|rc|dev|snapshot|nightly|m\d|\d{8}(?:$|-)|GA|final|release)/i

const prereleases = new Interned<Prerelease>()
const revisions = new Interned<Revision>()
const tails = new Interned<Tail | null>()
const EMPTY: Tail = { variant: '' }

export function prerelease(word: string, digits: string): Prerelease {
  const kind: PrereleaseKind = /^m$/i.test(word)
    ? 'milestone'
    : (KINDS[word.toLowerCase()] as PrereleaseKind)
  const number = digits ? Number(digits) : 0
  return prereleases.get(`${kind}.${number}`, () => ({ kind, rank: RANKS[kind], number }))
}

export function revision(
  text: string,
  stem: string,
  numbers: readonly number[],
  stamped: boolean
): Revision {
  return revisions.get(`${stamped ? 's' : 'c'}${stem}\u0000${text}`, () => ({
    text,
    stem,
    numbers,
    stamped
  }))
}

/** The tail of a tag after its version (`-rc1-alpine`), or undefined when it cannot be one. */
export function readTail(rest: string): Tail | undefined {
  if (!rest) return EMPTY
  return tails.get(rest, () => tailOf(rest) ?? null) ?? undefined
}

/**
 * A build that became a timestamp: Red Hat's `9.4-1227` grew a rebuild time
 * (`9.4-1227.1726694542`), then the time alone (`9.6-1758184547`). Ten
 * digits in the Unix-time range (2001 to 2096) are a time, so such a build
 * is newer than the small counters of the same version; all three shapes
 * are one counter, and a tag of the older shapes moves to the newer one.
 */
const TIMED_BUILD = /^-(?:(\d{1,9})\.)?(\d{10})(?=$|-)/
const isUnixTime = (n: number): boolean => n >= 1_000_000_000 && n < 4_000_000_000

function timedBuild(rest: string): { revision: Revision; length: number } | undefined {
  const m = TIMED_BUILD.exec(rest)
  const time = m && Number(m[2])
  if (!m || !time || !isUnixTime(time)) return undefined
  const numbers = m[1] === undefined ? [time] : [Number(m[1]), time]
  return { revision: revision(m[0].slice(1), '', numbers, false), length: m[0].length }
}

function tailOf(text: string): Tail | undefined {
  const timed = text.charCodeAt(0) === 45 ? timedBuild(text) : undefined
  if (timed) {
    const after = timed.length === text.length ? EMPTY : tailOf(text.slice(timed.length))
    if (!after || after.revision) return undefined
    return { prerelease: after.prerelease, revision: timed.revision, variant: after.variant }
  }
  let rest = text.startsWith('.v') ? text.replace(BUILD_ID, '') : text
  if (rest.charCodeAt(0) === 45) rest = rest.replace(COMMIT_PART, '')
  let pre: Prerelease | undefined
  let rev: Revision | undefined
  if (rest && rest.charCodeAt(0) !== 45) {
    const underscore = UNDERSCORE.exec(rest)
    const marker = !underscore && GLUED_MARKER.exec(rest)
    const glued = !underscore && !marker && GLUED.exec(rest)
    const taken = underscore || marker || glued
    if (taken) {
      if (underscore) {
        const letter = underscore[1] ?? ''
        const digits = underscore[2] as string
        rev = revision(letter + digits, `_${letter}`, [Number(digits)], false)
      } else if (marker) rev = revision(taken[1] as string, '', [0], true)
      else pre = prerelease(taken[1] as string, taken[2] ?? '')
      rest = rest.slice(taken[0].length)
    } else if (DOTTED_FLAVOUR.test(rest)) {
      // `RELEASE.2025-…Z.fips`: a flavour joined by a dot reads like one joined by a hyphen.
      rest = `-${rest.slice(1)}`
    } else return undefined
  }
  if (!rest) return { prerelease: pre, revision: rev, variant: '' }
  if (rest.charCodeAt(0) !== 45 || rest.endsWith('-') || rest.includes('--')) return undefined
  // Most suffixes name nothing of the kind: keep them whole without splitting.
  if (!MAY_NEED_PARTS.test(rest)) {
    return { prerelease: pre, revision: rev, variant: sameString(rest.slice(1)) }
  }
  const parts = rest.slice(1).split('-')
  pre ??= takePrerelease(parts)
  rev ??= takeStamp(parts)
  return { prerelease: pre, revision: rev, variant: sameString(parts.join('-')) }
}

/**
 * The first part that names a prerelease, removed from `parts`. A bare word
 * at the end after a flavour names the flavour's own stage, not the
 * version's (`-jdk21-preview`, `-al2022-RC`).
 */
function takePrerelease(parts: string[]): Prerelease | undefined {
  for (let i = 0; i < parts.length; i++) {
    const led = LEADING_PART.exec(parts[i] as string)
    if (led) {
      // `17.8.0-rc42.ce.0`: the prerelease leads the part, the edition follows it.
      parts[i] = led[3] as string
      return prerelease(led[1] as string, led[2] as string)
    }
    const word = PART.exec(parts[i] as string)
    if (!word) continue
    let digits = word[2] ?? word[4] ?? ''
    const lastIndex = parts.length - 1
    if (!digits && i > 0 && i === lastIndex) continue
    let taken = 1
    const next = parts[i + 1] ?? ''
    const flavoured = WORD_NUMBER.exec(parts[lastIndex] as string)
    if (!digits && /^\d{1,4}$/.test(next)) {
      // `4.0.0-rc-4`: the number stands in its own hyphen part.
      digits = next
      taken = 2
    } else if (!digits && flavoured && lastIndex > i) {
      // `2.0.0-beta-slim.2`: the flavour sits inside the prerelease.
      digits = flavoured[2] as string
      parts[lastIndex] = flavoured[1] as string
    }
    parts.splice(i, taken)
    return prerelease((word[1] ?? word[3]) as string, digits)
  }
  return undefined
}

/** A date stamp or release marker right after the version, or a date stamp at the end. */
function takeStamp(parts: string[]): Revision | undefined {
  const first = parts[0] ?? ''
  if (MARKER.test(first)) {
    parts.shift()
    return revision(first, '', [0], true)
  }
  const at = isDatePart(first) ? 0 : parts.length > 1 && isDatePart(parts.at(-1)!) ? -1 : undefined
  if (at === undefined) return undefined
  const text = parts.splice(at, 1)[0] as string
  return revision(text, '', [Number(text)], true)
}

const isDatePart = (part: string): boolean =>
  part.length === 8 && /^\d{8}$/.test(part) && isDateStamp(Number(part), 8)
