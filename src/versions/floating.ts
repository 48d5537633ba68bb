/**
 * Floating tags that stand for a prerelease: `6.0` beside `6.0-alpha2` when
 * the line has no `6.0.x` release yet but its releases are usually more
 * specific (`5.0.9`). Such a tag reads as a release but is not one.
 *
 * Built from one pass over the versions and asked about each afterwards, so
 * the caller need not keep every Version alive. It holds a trie of the
 * version lines prereleases lie on, per channel and variant; releases only
 * mark lines already there (a second pass, needed only when there are
 * prereleases), so a repository with a million release tags costs no nodes.
 */
import type { Version } from './parse.js'
import { isDateKind } from './shape.js'

/** A version line: `1` → `1.2` → `1.2.3`. */
interface Line {
  /** Made on the first child: most lines are leaves, and a million leaves must stay small. */
  children?: Map<number, Line>
  /** A prerelease lies on this line (`6.0` for `6.0-alpha2` and `6.0.1-rc1`). */
  prerelease: boolean
  /** A release more specific than this line exists (`6.0` for `6.0.0`). */
  extendedByRelease: boolean
}

const newLine = (): Line => ({ prerelease: false, extendedByRelease: false })

/** The channel and, when the tag has one, its line (`16` of `16-3.4`): another line is another trie. */
const lineKey = (v: Version): string => (v.line ? `${v.channel}\u0000${v.line}` : v.channel)

/**
 * Per channel, then per variant: `develop-6.0` is not a line of `6.0`. Two
 * levels rather than one joined key, so no string is made per tag.
 */
class PerLine<T> {
  private readonly channels = new Map<string, Map<string, T>>()

  get(v: Version): T | undefined {
    return this.channels.get(lineKey(v))?.get(v.variant)
  }

  set(v: Version, value: T): void {
    const key = lineKey(v)
    let variants = this.channels.get(key)
    if (!variants) this.channels.set(key, (variants = new Map()))
    variants.set(v.variant, value)
  }
}

export class FloatingLines {
  private readonly roots = new PerLine<Line>()
  /** The most components a release of each line has. */
  private readonly precision = new PerLine<number>()
  private anyPrerelease = false

  /** First pass: prereleases build their lines. */
  add(v: Version): void {
    if (!v.prerelease) return
    this.anyPrerelease = true
    let node: Line | undefined = this.roots.get(v)
    if (!node) this.roots.set(v, (node = newLine()))
    for (const c of v.components) {
      node.children ??= new Map()
      let child: Line | undefined = node.children.get(c)
      if (!child) node.children.set(c, (child = newLine()))
      node = child
      node.prerelease = true
    }
  }

  /** Whether the releases must be shown again (`markRelease`): only when a prerelease was seen. */
  get needsReleases(): boolean {
    return this.anyPrerelease
  }

  /**
   * Second pass, releases only: record each line's precision and mark the
   * prerelease lines a release extends. Nodes are never made here, so a
   * million releases cost nothing.
   */
  markRelease(v: Version): void {
    // A date is no version line's alias: `amd64-2025.03.05` says nothing of `amd64-2025-02-01`.
    if (v.prerelease || isDateKind(v)) return
    if (v.components.length > (this.precision.get(v) ?? 0)) {
      this.precision.set(v, v.components.length)
    }
    let node = this.roots.get(v)
    for (let k = 0; node && k < v.components.length - 1; k++) {
      node = node.children?.get(v.components[k] as number)
      if (node) node.extendedByRelease = true
    }
  }

  /** Whether `v`, a release, is a less specific tag on a line that has only prereleases. */
  isFloating(v: Version): boolean {
    if (!this.anyPrerelease || v.prerelease || isDateKind(v)) return false
    if (v.components.length >= (this.precision.get(v) ?? 0)) return false
    let node = this.roots.get(v)
    for (const c of v.components) node = node?.children?.get(c)
    return node !== undefined && node.prerelease && !node.extendedByRelease
  }
}

/** The floating tags among `versions` (see FloatingLines). */
export function floatingOnPrerelease(versions: readonly Version[]): Set<string> {
  const lines = new FloatingLines()
  for (const v of versions) lines.add(v)
  if (lines.needsReleases) for (const v of versions) lines.markRelease(v)
  return new Set(versions.filter(v => lines.isFloating(v)).map(v => v.tag))
}
