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
import type { CounterPart, SlotKey } from './counter-slots.js'
import {
  counterPartsOf,
  isBareNumberFirst,
  isCounterSpelling,
  numberedWords,
  slotStem
} from './counter-slots.js'
import { Interned, sameString } from './intern.js'
import type { Version } from './parse.js'
import { makeVersion } from './parse.js'
import type { Revision } from './suffix.js'
import { revision } from './suffix.js'

const MIN_VERSIONS = 3
const MAX_SLOTS = 64
const MAX_VERSIONS = 2048
const MAX_NUMBERS = 64

/** What one slot's numbers add up to over the repository's (sampled) versions. */
interface SlotCounts {
  /** Tags seen in the slot, and those whose number has a leading zero. */
  readonly seen: number
  readonly padded: number
  /** Versions the slot is on, and those whose smallest number there is 0 or 1. */
  readonly versions: number
  readonly restarting: number
  /** Distinct numbers, and those on one version only. */
  readonly numbers: number
  readonly ownNumbers: number
}

// Each predicate asks for a majority (about half), not every tag: published
// histories are pruned, rebuilt and sampled (MAX_VERSIONS, MAX_NUMBERS), so a
// few stray tags must not decide what a repository's suffix means.

/** Most numbers are written with a leading zero (`-b06`, `-01`): builds are, variant numbers never. */
const isMostlyPadded = (c: SlotCounts): boolean => c.padded * 2 > c.seen

/**
 * At least half the versions start the slot at 0 or 1 (`-k3s1`, `-r0`): a
 * counter restarts with each version, most of which have a first or second
 * build; a variant number (`-jdk17`) does not start at 0 or 1 everywhere. A
 * tie counts (two of four versions restarting): variant numbers start at 0
 * or 1 on far fewer.
 */
const restartsEachVersion = (c: SlotCounts): boolean => c.restarting * 2 >= c.versions

/**
 * Most of the slot's numbers are on one version only (`-ls255`, `-ls256`,
 * `-ls257` on three versions): a counter that runs on across versions; a
 * variant number (`-node20`) repeats on version after version.
 */
const runsOnAcrossVersions = (c: SlotCounts): boolean => c.ownNumbers * 2 > c.numbers

/** How one slot's numbers sit on the repository's versions. */
class Slot {
  private first: number | undefined
  private varies = false
  private seen = 0
  private padded = 0
  /** For a sample of versions, the slot's numbers on each. */
  private readonly numbers = new Map<string, number[]>()

  add(version: string, { number: n, padded }: CounterPart): void {
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

  /** Whether the numbers count builds (see the file's comment): a number that never changes does not. */
  counts(slot: SlotKey): boolean {
    if (!this.varies) return false
    const counts = this.tally()
    if (isMostlyPadded(counts)) return true
    if (counts.versions < MIN_VERSIONS) return isCounterSpelling(slot)
    return restartsEachVersion(counts) || runsOnAcrossVersions(counts)
  }

  private tally(): SlotCounts {
    let restarting = 0
    const versionsOf = new Map<number, number>()
    for (const list of this.numbers.values()) {
      if (Math.min(...list) <= 1) restarting++
      for (const n of list) versionsOf.set(n, (versionsOf.get(n) ?? 0) + 1)
    }
    let ownNumbers = 0
    for (const count of versionsOf.values()) if (count === 1) ownNumbers++
    const { seen, padded } = this
    const versions = this.numbers.size
    return { seen, padded, versions, restarting, numbers: versionsOf.size, ownNumbers }
  }
}

/** Sees every version of the first pass; says which slots are counters. */
export class RevisionLearner {
  private readonly slots = new Map<SlotKey, Slot>()
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
    const found = counterPartsOf(v.variant)
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
    for (const word of numberedWords(tag)) this.named.add(word)
  }

  private slot(key: SlotKey): Slot | undefined {
    let slot = this.slots.get(key)
    if (!slot && this.slots.size < MAX_SLOTS) this.slots.set(key, (slot = new Slot()))
    return slot
  }

  reading(): RevisionReading {
    const counters = new Set<SlotKey>()
    for (const [key, slot] of this.slots) {
      const counts = slot.counts(key) || (this.timedBuilds && isBareNumberFirst(key))
      if (counts && !this.named.has(slotStem(key))) counters.add(key)
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

  constructor(private readonly counters: ReadonlySet<SlotKey>) {}

  /** The slots read as counters (`a:ls`, `z:r`), for tests and explanations. */
  get slots(): readonly SlotKey[] {
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
    const found = counterPartsOf(variant)
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

const counterOf = (c: CounterPart): Revision => revision(c.text, c.stem, [c.number], false)

const joined = (a: Revision, b: Revision): Revision =>
  revision(`${a.text}-${b.text}`, `${a.stem}-${b.stem}`, [...a.numbers, ...b.numbers], false)

/** The reading of a repository with no counters: every version as it was parsed. */
export const NO_COUNTERS = new RevisionReading(new Set())
