/**
 * The head of a tag: `[CHANNEL][v]VERSION`. CHANNEL is words written before
 * the version (`develop-`, `arm64v8-`, `base-devel-`, `RELEASE.`); VERSION is
 * numbers (`6.2.1.10461`) or a timestamp written with hyphens
 * (`2025-08-13T08-35-41Z`). Scanned by hand: this runs for every tag of a
 * repository, twice.
 */

export interface Head {
  /** The words before the version with their separator (`develop-`), or empty. */
  readonly channel: string
  /** `v` or `V` when the version was spelled `v1.2.3`, else empty. */
  readonly prefix: string
  readonly components: number[]
  /** Where the version ends in the tag. */
  readonly end: number
  /** The digits of the longest component. */
  readonly digits: number
}

const MAX_COMPONENT_DIGITS = 15
/** `2018.03.0.20230905.0` has five; more than this is not a version. */
const MAX_COMPONENTS = 6
/** `amd64-nightly-version-6.2.1.10437` has three. */
const MAX_CHANNEL_WORDS = 4

const HYPHEN = 45
const DOT = 46
const LETTER_U = 117
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isV = (c: number): boolean => c === 118 || c === 86

/** Whether `[v]digit` starts at `i`. */
function startsVersion(tag: string, i: number): boolean {
  return isDigit(tag.charCodeAt(i)) || (isV(tag.charCodeAt(i)) && isDigit(tag.charCodeAt(i + 1)))
}

/**
 * Where the version starts after channel words, or -1. Words start with a
 * letter and are joined by hyphens; one all-letter word may end in a dot
 * (`RELEASE.`). A word with digits followed by a dot (`alpine3.24`) is a
 * variant, not a channel.
 */
function channelEnd(tag: string): number {
  let i = 0
  for (let words = 0; words < MAX_CHANNEL_WORDS; words++) {
    if (!isLetter(tag.charCodeAt(i))) return -1
    let letters = true
    for (let c = tag.charCodeAt(i); isLetter(c) || isDigit(c); c = tag.charCodeAt(++i)) {
      if (isDigit(c)) letters = false
    }
    const separator = tag.charCodeAt(i)
    if (separator === DOT && letters && words === 0) return startsVersion(tag, i + 1) ? i + 1 : -1
    if (separator !== HYPHEN) return -1
    if (startsVersion(tag, ++i)) return i
  }
  return -1
}

/** Where the last scan ended, and its longest component's digits: no object per tag. */
let scanEnd = 0
let scanDigits = 0

/** `N[.N…]` from `i`; sets scanEnd and scanDigits. */
function scanNumbers(tag: string, i: number): number[] | undefined {
  // Gathered in locals and returned as an array of exact length: one grown by
  // push keeps room for 16 numbers, and a million tags keep theirs.
  let a = 0
  let b = 0
  let c = 0
  let more: number[] | undefined
  let n = 0
  let digits = 0
  for (;;) {
    const start = i
    let value = 0
    while (isDigit(tag.charCodeAt(i))) value = value * 10 + (tag.charCodeAt(i++) - 48)
    if (i - start > MAX_COMPONENT_DIGITS) return undefined
    if (i - start > digits) digits = i - start
    if (n === 0) a = value
    else if (n === 1) b = value
    else if (n === 2) c = value
    else (more ??= []).push(value)
    n++
    // `8u432`: Java's update number reads as a second component.
    const separator = tag.charCodeAt(i)
    const joins = separator === DOT || (separator === LETTER_U && n === 1)
    if (!joins || !isDigit(tag.charCodeAt(i + 1))) break
    if (n === MAX_COMPONENTS) return undefined
    i++
  }
  scanEnd = i
  scanDigits = digits
  return n === 1 ? [a] : n === 2 ? [a, b] : n === 3 ? [a, b, c] : [a, b, c, ...(more as number[])]
}

/** `2025-08-13T08-35-41Z` or `2025-08-13`: one component, 20250813083541 or 20250813. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})[-:]?(\d{2})[-:]?(\d{2})Z?)?(?=$|[-._])/

/** A timestamp at `i`; sets scanEnd and scanDigits. */
function scanTimestamp(tag: string, i: number): number[] | undefined {
  if (tag.charCodeAt(i + 4) !== HYPHEN || !isDigit(tag.charCodeAt(i + 5))) return undefined
  const m = TIMESTAMP.exec(tag.slice(i))
  if (!m) return undefined
  const text = m.slice(1).join('')
  scanEnd = i + m[0].length
  scanDigits = text.length
  return [Number(text)]
}

/** The channel, `v` and version at the start of `tag`, or undefined when none starts it. */
export function readHead(tag: string): Head | undefined {
  const start = startsVersion(tag, 0) ? 0 : channelEnd(tag)
  if (start < 0) return undefined
  const prefix = isV(tag.charCodeAt(start)) ? tag.charAt(start) : ''
  const at = start + prefix.length
  const components = (!prefix && scanTimestamp(tag, at)) || scanNumbers(tag, at)
  if (!components) return undefined
  const channel = start ? tag.slice(0, start) : ''
  return { channel, prefix, components, end: scanEnd, digits: scanDigits }
}

/** `20250101`: eight digits that read as a date (years 1990–2199). */
export function isDateStamp(value: number, digits: number): boolean {
  if (digits !== 8) return false
  const year = Math.floor(value / 10_000)
  const month = Math.floor(value / 100) % 100
  const day = value % 100
  return year >= 1990 && year < 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}
