/** The removed tags closest to passing, for the message when nothing passes. */
import type { Version } from './parse.js'
import type { Stage } from './first-pass.js'
import { STAGES } from './first-pass.js'

export interface Removed {
  readonly tag: string
  readonly stage: Stage
  readonly version?: Version
}

const NEAREST = 3
const depth = (stage: Stage): number => STAGES.indexOf(stage)

/** The removed tags closest to passing: furthest through the filters, then newest. */
export class NearestRemoved {
  readonly top: Removed[] = []

  constructor(private readonly order: (a: Version, b: Version) => number) {}

  /** Positive when `b` is closer to passing than (stage, version). */
  private behind(stage: Stage, version: Version, b: Removed): number {
    return depth(b.stage) - depth(stage) || this.order(version, b.version as Version)
  }

  /** One removed version; a record is made only for the few that enter the top. */
  offer(stage: Stage, version: Version): void {
    const last = this.top[NEAREST - 1]
    if (last && this.behind(stage, version, last) >= 0) return
    this.top.push({ tag: version.tag, stage, version })
    this.top.sort((a, b) => this.behind(a.stage, a.version as Version, b))
    if (this.top.length > NEAREST) this.top.pop()
  }
}
