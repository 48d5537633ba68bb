/**
 * Reading a tag as `[v]VERSION[PRERELEASE][-VARIANT]` (interface.md,
 * "Versions"). Pure: no I/O, no knowledge of filters.
 */

export type PrereleaseKind = 'dev' | 'alpha' | 'beta' | 'milestone' | 'pre' | 'rc'

export interface Prerelease {
  readonly kind: PrereleaseKind
  /** dev/snapshot/nightly < alpha < beta < milestone < pre/preview < rc. */
  readonly rank: number
  /** `rc2` → 2; `rc` → 0. */
  readonly number: number
}

export interface Version {
  readonly tag: string
  /** `v` or `V` when the tag was spelled `v1.2.3`, else empty. */
  readonly prefix: string
  /** One to four numeric components. */
  readonly components: readonly number[]
  readonly prerelease?: Prerelease
  /** What follows the version and prerelease, without the leading hyphen: `alpine`, `slim-bookworm`. */
  readonly variant: string
}

export type NotAVersion = { readonly tag: string; readonly reason: string }

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

/** Glued to the version (`3.15.0rc1`, `1.0b2`, `19beta3`) or after a dot (`12.1.0.beta2`). */
const GLUED = /^\.?(alpha|beta|preview|pre|rc|dev|a|b)\.?(\d*)(?=$|-)/i
/** A whole hyphen part (`rc1`, `rc.1`, `beta.2`, `RC`, `M10`, `SNAPSHOT`). */
const PART = /^(?:(alpha|beta|preview|pre|rc|dev|snapshot|nightly)\.?(\d*)|(M)(\d+))$/i
/** A cheap first look: could any hyphen part of this suffix be a prerelease word? */
const MAY_NAME_PRERELEASE = /-(?:alpha|beta|pre|rc|dev|snapshot|nightly|m\d)/i
const HASH = /^[0-9a-f]{7,64}$/
const MAX_COMPONENT_DIGITS = 15
/** A single component this long is a date or build stamp (`20260805`), not a version. */
const STAMP_DIGITS = 6

/**
 * A registry may list a million tags that repeat a few variants and
 * prereleases: the passing versions share one string or object for each,
 * not a copy per tag. Bounded, so a hostile list cannot grow it without end.
 */
class Interned<T> {
  private readonly values = new Map<string, T>()

  get(key: string, make: () => T): T {
    let value = this.values.get(key)
    if (value === undefined) {
      if (this.values.size >= 10_000) this.values.clear()
      this.values.set(key, (value = make()))
    }
    return value
  }
}

const variants = new Interned<string>()
const prereleases = new Interned<Prerelease>()
const sameString = (s: string): string => (s === '' ? s : variants.get(s, () => s))

function prerelease(word: string, digits: string): Prerelease {
  const kind: PrereleaseKind = /^m$/i.test(word)
    ? 'milestone'
    : (KINDS[word.toLowerCase()] as PrereleaseKind)
  const number = digits ? Number(digits) : 0
  return prereleases.get(`${kind}.${number}`, () => ({ kind, rank: RANKS[kind], number }))
}

export interface ParseOptions {
  /** Accept single-component stamps: the user extracted the version with a `version` group. */
  readonly allowStamps?: boolean
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * `[v]N[.N[.N[.N]]]` at the start of `tag`, scanned by hand: this runs for
 * every tag of a repository (tens of thousands), and a regex plus split and
 * map allocates three times as much.
 */
function scanNumbers(
  tag: string
): { prefix: string; components: number[]; end: number; digits: number } | undefined {
  let i = tag.charCodeAt(0) === 118 || tag.charCodeAt(0) === 86 ? 1 : 0
  const prefix = i ? tag.charAt(0) : ''
  if (!isDigit(tag.charCodeAt(i))) return undefined
  // Gathered in locals and returned as an array of exact length: one grown by
  // push keeps room for 16 numbers, and a million tags keep theirs.
  let a = 0
  let b = 0
  let c = 0
  let n = 0
  let digits = 0
  for (;;) {
    const start = i
    let value = 0
    while (isDigit(tag.charCodeAt(i))) value = value * 10 + (tag.charCodeAt(i++) - 48)
    if (i - start > MAX_COMPONENT_DIGITS) return undefined
    digits = Math.max(digits, i - start)
    if (n === 0) a = value
    else if (n === 1) b = value
    else if (n === 2) c = value
    n++
    if (n === 4 || tag.charCodeAt(i) !== 46 || !isDigit(tag.charCodeAt(i + 1))) {
      const components = n === 1 ? [a] : n === 2 ? [a, b] : n === 3 ? [a, b, c] : [a, b, c, value]
      return { prefix, components, end: i, digits }
    }
    i++
  }
}

/** Reads `tag` as a version, or says why it is not one. */
export function parseTag(tag: string, options: ParseOptions = {}): Version | NotAVersion {
  if (tag.length >= 7 && HASH.test(tag) && !/^\d+$/.test(tag)) return { tag, reason: 'commit hash' }
  const head = scanNumbers(tag)
  if (!head) return { tag, reason: 'not a version' }
  const { prefix, components } = head
  if (components.length === 1 && head.digits >= STAMP_DIGITS && !options.allowStamps) {
    return { tag, reason: 'date or build stamp' }
  }
  let rest = tag.slice(head.end)
  let pre: Prerelease | undefined
  if (rest && rest.charCodeAt(0) !== 45) {
    const glued = GLUED.exec(rest)
    if (!glued) return { tag, reason: 'not a version' }
    pre = prerelease(glued[1] as string, glued[2] ?? '')
    rest = rest.slice(glued[0].length)
  }
  if (!rest) return { tag, prefix, components, prerelease: pre, variant: '' }
  if (rest.endsWith('-') || rest.includes('--')) return { tag, reason: 'not a version' }
  // Most suffixes name no prerelease: keep them whole without splitting.
  if (pre || !MAY_NAME_PRERELEASE.test(rest)) {
    return { tag, prefix, components, prerelease: pre, variant: sameString(rest.slice(1)) }
  }
  const hyphenParts = rest.slice(1).split('-')
  const variant: string[] = []
  for (let i = 0; i < hyphenParts.length; i++) {
    const part = hyphenParts[i] as string
    const word = pre ? undefined : PART.exec(part)
    if (!word) {
      variant.push(part)
      continue
    }
    let digits = word[2] ?? word[4] ?? ''
    // `4.0.0-rc-4`: the number stands in its own hyphen part.
    if (!digits && /^\d{1,4}$/.test(hyphenParts[i + 1] ?? '')) digits = hyphenParts[++i] as string
    pre = prerelease((word[1] ?? word[3]) as string, digits)
  }
  // One object shape for every version keeps sorting 20,000 tags fast (no spread).
  return { tag, prefix, components, prerelease: pre, variant: sameString(variant.join('-')) }
}

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
