/**
 * Build counters told from variant numbers by how the repository uses them.
 *
 * `6.2.1.10461-ls308`, `v1.31.4-k3s1`, `3206.vb_15dcf73f6a_9-1-jdk17` and
 * `7.4.1-debian-12-r5` end or start their suffix with a counter; `9.7.1-jdk17`,
 * `v1.31.4-k3s1-arm64` and `1.20.3-otp-29` with a variant number of the same
 * shape. One tag alone cannot tell them apart; the repository can. A counter
 * changes across rebuilds of one version: each version restarts it (most
 * versions have a 0 or 1 build) or it runs on across versions (most of its
 * numbers belong to one version only). A variant number names a line that
 * continues: the same few numbers repeat on version after version, and none
 * of them starts at 0 or 1 everywhere. Numbers written with a leading zero
 * (`-b06`, `-01`) count builds. A number that never changes is read as part
 * of the variant (`-cpuv1`, `-arm64v8`): nothing shows it counts. A tag may
 * carry two counters, one at each end (`-r3-ls295`: the package's revision,
 * then the image's build).
 *
 * The first pass over the tags (first-pass.ts) shows every version to a
 * RevisionLearner; its RevisionReading then reads each tag again with the
 * counters split off. Memory is bounded: a few slots, a sample of versions.
 */
import { Interned, sameString } from './intern.js'
import type { Version } from './parse.js'
import { isProduct } from './lines.js'
import { makeVersion } from './parse.js'
import type { Revision } from './suffix.js'
import { revision } from './suffix.js'

/** A counter-shaped hyphen part: `ls308`, `k3s1`, `ce.0`, `r5`, `13`, and so `jdk17`, `amd64`. */
const TOKEN = /^([A-Za-z](?:[A-Za-z0-9]*[A-Za-z])?)?(\.?)(\d{1,9})$/

/**
 * Spellings of counters, for a repository with too few versions to show how
 * it uses a suffix: `-r2`, `-ls5`, and a bare number right after the version.
 */
const COUNTER_SLOTS = new Set(['a:', 'a:r', 'z:r', 'a:ls', 'z:ls', 'a:build', 'z:build'])
const MIN_VERSIONS = 3
const MAX_SLOTS = 64
const MAX_VERSIONS = 2048
const MAX_NUMBERS = 64

/**
 * A counter-shaped part at one end of a variant. The slot names where it
 * stands and what precedes its number (`a:ls` first, `z:r` last), so the
 * repository's tags of one scheme are counted together.
 */
interface Candidate {
  readonly slot: string
  readonly text: string
  readonly stem: string
  readonly number: number
  /** Written with a leading zero: `b06`. */
  readonly padded: boolean
  /** The variant without it. */
  readonly rest: string
}

interface Candidates {
  readonly first?: Candidate
  readonly last?: Candidate
}

const candidates = new Interned<Candidates | null>()

function candidatesOf(variant: string): Candidates | undefined {
  if (!/\d/.test(variant)) return undefined
  return candidates.get(variant, () => findCandidates(variant) ?? null) ?? undefined
}

function findCandidates(variant: string): Candidates | undefined {
  if (!variant.includes('-')) {
    const only = candidate('a', variant, [])
    return only && { first: only }
  }
  const parts = variant.split('-')
  const first = candidate('a', parts[0] as string, parts.slice(1))
  const last = candidate('z', parts.at(-1)!, parts.slice(0, -1))
  return first || last ? { first, last } : undefined
}

function candidate(position: string, part: string, rest: string[]): Candidate | undefined {
  const m = TOKEN.exec(part)
  if (!m || (m[2] && !m[1])) return undefined
  // `-pg16`, `-jdk21`, `-debian-12`: another product's major is a line, never a build.
  if (m[1] ? isProduct(m[1]) : position === 'z' && rest.length && isProduct(rest.at(-1)!)) {
    return undefined
  }
  const stem = (m[1] ?? '') + m[2]
  return {
    slot: `${position}:${stem}`,
    text: part,
    stem,
    number: Number(m[3]),
    padded: (m[3] as string).length > 1 && m[3]!.startsWith('0'),
    rest: sameString(rest.join('-'))
  }
}

/** How one slot's numbers sit on the repository's versions. */
class Slot {
  private first: number | undefined
  private varies = false
  private seen = 0
  private padded = 0
  /** For a sample of versions, the slot's numbers on each. */
  private readonly numbers = new Map<string, number[]>()

  add(version: string, { number: n, padded }: Candidate): void {
    this.seen++
    if (padded) this.padded++
    if (this.first === undefined) this.first = n
    else if (n !== this.first) this.varies = true
    let list = this.numbers.get(version)
    if (!list) {
      if (this.numbers.size >= MAX_VERSIONS) return
      this.numbers.set(version, (list = []))
    }
    if (list.length < MAX_NUMBERS && !list.includes(n)) list.push(n)
  }

  /** Whether the numbers count builds (see the file's comment). */
  counts(slot: string): boolean {
    if (!this.varies) return false
    if (this.padded * 2 > this.seen) return true
    if (this.numbers.size < MIN_VERSIONS) return COUNTER_SLOTS.has(slot)
    let restarts = 0
    const versionsOf = new Map<number, number>()
    for (const list of this.numbers.values()) {
      if (Math.min(...list) <= 1) restarts++
      for (const n of list) versionsOf.set(n, (versionsOf.get(n) ?? 0) + 1)
    }
    let own = 0
    for (const count of versionsOf.values()) if (count === 1) own++
    return restarts * 2 >= this.numbers.size || own * 2 > versionsOf.size
  }
}

/** Sees every version of the first pass; says which slots are counters. */
export class RevisionLearner {
  private readonly slots = new Map<string, Slot>()
  /** Stems of numbered words in tags that are not versions (`pg` of `pg16`, `latest-pg16`). */
  private readonly named = new Set<string>()
  /** A prerelease's variant may lose a counter: its line is not the one it was parsed with. */
  prereleaseMayChange = false
  /** A build read as a time after the version (suffix.ts TIMED_BUILD). */
  private timedBuilds = false

  observe(v: Version): void {
    // `9.6-1758184547`: builds numbered by time; the repository's bare numbers count builds too.
    if (v.revision && v.revision.stem === '' && !v.revision.stamped) this.timedBuilds = true
    if (!v.variant || v.revision?.stamped) return
    const found = candidatesOf(v.variant)
    if (!found) return
    if (v.prerelease) this.prereleaseMayChange = true
    const version = versionKey(v)
    if (found.first) this.slot(found.first.slot)?.add(version, found.first)
    if (found.last) this.slot(found.last.slot)?.add(version, found.last)
  }

  /**
   * A tag that is not a version (`pg16`, `latest-pg16`, `jdk21-alpine`):
   * its numbered words name lines the publisher keeps a tag for, which a
   * build counter never has, so their slots are not counters.
   */
  observeOther(tag: string): void {
    if (this.named.size >= MAX_SLOTS || !/[A-Za-z]\d/.test(tag)) return
    for (const part of tag.split('-')) {
      const m = TOKEN.exec(part)
      if (m?.[1] && !m[2] && !/^[0-9a-f]+$/.test(part)) this.named.add(m[1])
    }
  }

  private slot(key: string): Slot | undefined {
    let slot = this.slots.get(key)
    if (!slot && this.slots.size < MAX_SLOTS) this.slots.set(key, (slot = new Slot()))
    return slot
  }

  reading(): RevisionReading {
    const counters = new Set<string>()
    for (const [key, slot] of this.slots) {
      const counts = slot.counts(key) || (this.timedBuilds && key === 'a:')
      if (counts && !this.named.has(key.slice(2))) counters.add(key)
    }
    return counters.size ? new RevisionReading(counters) : NO_COUNTERS
  }
}

/** The version a counter counts builds of, whatever the channel: `6.2.1.10461`, `2.0.0-beta.1`. */
function versionKey(v: Version): string {
  const base = v.components.join('.')
  return v.prerelease ? `${base}-${v.prerelease.kind}.${v.prerelease.number}` : base
}

interface Split {
  readonly variant: string
  readonly revision: Revision
}

/** A repository's counters: reads each version with its counter out of the variant. */
export class RevisionReading {
  private readonly splits = new Interned<Split | null>()

  constructor(private readonly counters: ReadonlySet<string>) {}

  /** The slots read as counters (`a:ls`, `z:r`), for tests and explanations. */
  get slots(): readonly string[] {
    return [...this.counters]
  }

  read(v: Version): Version {
    if (!this.counters.size || !v.variant || v.revision?.stamped) return v
    const split = this.splits.get(v.variant, () => this.split(v.variant) ?? null)
    if (!split) return v
    // `9.7_p1-r4-ls170`: the patch number after the underscore comes first.
    const counted = v.revision ? joined(v.revision, split.revision) : split.revision
    return makeVersion(
      v.tag,
      v.prefix,
      v.components,
      v.prerelease,
      split.variant,
      v.channel,
      counted,
      v.line
    )
  }

  private split(variant: string): Split | undefined {
    const found = candidatesOf(variant)
    const first = found?.first && this.counters.has(found.first.slot) ? found.first : undefined
    const last = found?.last && this.counters.has(found.last.slot) ? found.last : undefined
    if (first && last) {
      const middle = variant.slice(first.text.length + 1, variant.length - last.text.length - 1)
      const both = joined(counterOf(first), counterOf(last))
      return { variant: sameString(middle), revision: both }
    }
    const counter = first ?? last
    return counter && { variant: counter.rest, revision: counterOf(counter) }
  }
}

const counterOf = (c: Candidate): Revision => revision(c.text, c.stem, [c.number], false)

const joined = (a: Revision, b: Revision): Revision =>
  revision(`${a.text}-${b.text}`, `${a.stem}-${b.stem}`, [...a.numbers, ...b.numbers], false)

/** The reading of a repository with no counters: every version as it was parsed. */
export const NO_COUNTERS = new RevisionReading(new Set())
