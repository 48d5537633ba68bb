/**
 * One pass over a repository's versions under resolved rules. Two questions,
 * asked in this order of each version: filtering (is it a candidate at all:
 * the `exclude`, `prerelease`, `variant`, `precision` and `range` stages),
 * then shape preference (with no current tag, which shape of tag is kept
 * among the candidates). What either removes is counted against its stage.
 */
import type { FirstPass, Stage } from './first-pass.js'
import { versionsAt } from './first-pass.js'
import { NearestRemoved } from './nearest.js'
import type { Version } from './parse.js'
import type { LineSiblings } from './pins.js'
import { isWindowsRelease, lineSiblings, onAnotherLine } from './pins.js'
import type { TagPolicy } from './policy.js'
import type { Rules } from './rules.js'
import { failingStage } from './rules.js'
import { preference } from './shape.js'

export type Order = (a: Version, b: Version) => number

export interface Pass {
  /** Passing versions, newest first. */
  readonly passing: Version[]
  readonly removedBy: Record<Stage, number>
  readonly nearest: NearestRemoved
  /** The newest release that only the precision removed. */
  readonly offPrecision: Version | undefined
  /** The newest version on another line of the current tag (pins.ts onAnotherLine). */
  readonly offLine: Version | undefined
}

/** What filtering says of a version beside Windows tags that names an OS release. */
export const OS_RELEASE = 'os release'

/**
 * Filtering: the stage that removes `v` under the rules, or undefined when
 * it is a candidate. Beside Windows tags `1809` and `2004` name OS releases,
 * neither newer nor older than a version (OS_RELEASE): they count as not
 * versions and are never shown as near misses.
 */
export function filterVersion(
  v: Version,
  firstPass: Pick<FirstPass, 'windows' | 'lines'>,
  policy: TagPolicy,
  rules: Rules
): Stage | typeof OS_RELEASE | undefined {
  if (firstPass.windows && isWindowsRelease(v)) return OS_RELEASE
  return failingStage(policy, rules, firstPass.lines, v)
}

/**
 * Shape preference among the candidates: with no current tag only the most
 * preferred shape present is kept (unprefixed, then undated, then any
 * channel, then any suffix: shape.ts `preference`); with a current tag,
 * filtering kept its shape alone, so every candidate is kept. Candidates
 * come one at a time (a list may hold a million), so a preferred shape
 * seen late displaces those kept before it.
 */
export class ShapePreference {
  /** The candidates of the most preferred shape seen so far. */
  kept: Version[] = []
  /** Candidates kept, then displaced by a preferred shape. */
  displaced = 0
  private bestRank = Infinity

  constructor(private readonly rules: Rules) {}

  /** One candidate: 'variant' when a preferred shape removes it, else undefined (kept). */
  offer(v: Version): 'variant' | undefined {
    const rank = this.rules.current ? 0 : preference(v, this.rules.variantPreferred)
    if (rank > this.bestRank) return 'variant'
    if (rank < this.bestRank) {
      this.displaced += this.kept.length
      this.kept = []
      this.bestRank = rank
    }
    this.kept.push(v)
    return undefined
  }
}

const isRelease = (v: Version, firstPass: Pick<FirstPass, 'lines'>): boolean =>
  !v.prerelease && !firstPass.lines.isFloating(v)

/** Two removed versions the selection asks after: see Pass `offLine` and `offPrecision`. */
class NotableRemovals {
  offLine: Version | undefined
  offPrecision: Version | undefined
  private readonly siblings: LineSiblings | undefined

  constructor(
    private readonly rules: Rules,
    private readonly firstPass: Pick<FirstPass, 'lines'>,
    private readonly order: Order
  ) {
    this.siblings = rules.current && lineSiblings(rules.current)
  }

  note(stage: Stage, v: Version): void {
    const { current, inRange } = this.rules
    if (stage === 'variant' && this.siblings && onAnotherLine(current!, v, this.siblings)) {
      if (!this.offLine || this.order(v, this.offLine) < 0) this.offLine = v
    }
    if (stage === 'precision' && isRelease(v, this.firstPass) && (!inRange || inRange(v))) {
      if (!this.offPrecision || this.order(v, this.offPrecision) < 0) this.offPrecision = v
    }
  }
}

/** One pass over the versions: filtering, then shape preference among the candidates. */
export function runPass(
  tags: readonly string[],
  firstPass: FirstPass,
  policy: TagPolicy,
  rules: Rules,
  order: Order
): Pass {
  const removedBy = { ...firstPass.removedBy }
  const nearest = new NearestRemoved(order)
  const notable = new NotableRemovals(rules, firstPass, order)
  const shapes = new ShapePreference(rules)
  for (const v of versionsAt(tags, firstPass, policy)) {
    const filtered = filterVersion(v, firstPass, policy, rules)
    if (filtered === OS_RELEASE) {
      removedBy.version++
      continue
    }
    if (filtered) notable.note(filtered, v)
    const stage = filtered ?? shapes.offer(v)
    if (stage) {
      removedBy[stage]++
      nearest.offer(stage, v)
    }
  }
  removedBy.variant += shapes.displaced
  const passing = shapes.kept.sort(order)
  return {
    passing,
    removedBy,
    nearest,
    offPrecision: notable.offPrecision,
    offLine: notable.offLine
  }
}
