/**
 * Where a build counter may stand in a tag's variant, and the counter-shaped
 * parts found there. A slot is one end of the variant and the word its
 * number follows: `a:ls` (`ls308` first), `z:r` (`r5` last), `a:` (a bare
 * number first). A repository's tags of one scheme share a slot, so
 * revisions.ts counts them together and reads a slot as a counter or not.
 */
import { Interned, sameString } from './intern.js'
import { isProduct } from './lines.js'

/** The end of a variant a counter stands at: `a` its first hyphen part, `z` its last. */
export type SlotEnd = 'a' | 'z'

/** A slot as `RevisionReading.slots` names it: `a:ls`, `z:r`, `a:ce.`, `a:`. */
export type SlotKey = `${SlotEnd}:${string}`

export const slotKey = (end: SlotEnd, stem: string): SlotKey => `${end}:${stem}`

/** The word a slot's numbers follow: `ls` of `a:ls`, `ce.` of `a:ce.`, nothing of `a:`. */
export const slotStem = (key: SlotKey): string => key.slice(2)

/**
 * Spellings of counters, for a repository with too few versions to show how
 * it uses a suffix: `-r2`, `-ls5`, `-build3`, and a bare number right after
 * the version (`-1`).
 */
const COUNTER_SPELLINGS: ReadonlySet<SlotKey> = new Set<SlotKey>([
  'a:',
  'a:r',
  'z:r',
  'a:ls',
  'z:ls',
  'a:build',
  'z:build'
])

/** Whether the slot is spelled as counters usually are (COUNTER_SPELLINGS). */
export const isCounterSpelling = (key: SlotKey): boolean => COUNTER_SPELLINGS.has(key)

/**
 * A bare number right after the version (`-1` of `3206.vb_15dcf73f6a_9-1-jdk17`):
 * where a repository that numbers builds by time (`9.6-1758184547`) numbers
 * its other builds too.
 */
export const isBareNumberFirst = (key: SlotKey): boolean => key === 'a:'

/** A counter-shaped hyphen part: `ls308`, `k3s1`, `ce.0`, `r5`, `13`, and so `jdk17`, `amd64`. */
const TOKEN = /^([A-Za-z](?:[A-Za-z0-9]*[A-Za-z])?)?(\.?)(\d{1,9})$/

/** A counter-shaped part at one end of a variant, in its slot. */
export interface CounterPart {
  readonly slot: SlotKey
  readonly text: string
  readonly stem: string
  readonly number: number
  /** Written with a leading zero: `b06`. */
  readonly padded: boolean
  /** The variant without it. */
  readonly rest: string
}

export interface CounterParts {
  readonly first?: CounterPart
  readonly last?: CounterPart
}

const counterParts = new Interned<CounterParts | null>()

/** The counter-shaped parts at either end of a variant (`r3` and `ls295` of `r3-ls295`). */
export function counterPartsOf(variant: string): CounterParts | undefined {
  if (!/\d/.test(variant)) return undefined
  return counterParts.get(variant, () => findCounterParts(variant) ?? null) ?? undefined
}

function findCounterParts(variant: string): CounterParts | undefined {
  if (!variant.includes('-')) {
    const only = counterPart('a', variant, [])
    return only && { first: only }
  }
  const parts = variant.split('-')
  const first = counterPart('a', parts[0] as string, parts.slice(1))
  const last = counterPart('z', parts.at(-1)!, parts.slice(0, -1))
  return first || last ? { first, last } : undefined
}

function counterPart(end: SlotEnd, part: string, rest: string[]): CounterPart | undefined {
  const m = TOKEN.exec(part)
  if (!m || (m[2] && !m[1])) return undefined
  // `-pg16`, `-jdk21`, `-debian-12`: another product's major is a line, never a build.
  if (m[1] ? isProduct(m[1]) : end === 'z' && rest.length && isProduct(rest.at(-1)!)) {
    return undefined
  }
  const stem = (m[1] ?? '') + m[2]
  return {
    slot: slotKey(end, stem),
    text: part,
    stem,
    number: Number(m[3]),
    padded: (m[3] as string).length > 1 && m[3]!.startsWith('0'),
    rest: sameString(rest.join('-'))
  }
}

/**
 * The words of a tag's hyphen parts that a number follows (`pg` of
 * `latest-pg16`, `jdk` of `jdk21-alpine`); hex strings (`sha-1a2b3c4`) and
 * dotted stems (`ce.0`) are not words.
 */
export function numberedWords(tag: string): string[] {
  const words: string[] = []
  for (const part of tag.split('-')) {
    const m = TOKEN.exec(part)
    if (m?.[1] && !m[2] && !/^[0-9a-f]+$/.test(part)) words.push(m[1])
  }
  return words
}
