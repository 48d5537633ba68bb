/**
 * Floating tags that stand for a prerelease: `6.0` beside `6.0-alpha2` when
 * the line has no `6.0.x` release yet but its releases are usually more
 * specific (`5.0.9`). Such a tag reads as a release but is not one.
 *
 * Built from one pass over the versions and asked about each afterwards, so
 * the caller need not keep every Version alive. It holds a trie of the
 * version lines prereleases lie on, per variant; releases only mark lines
 * already there (a second pass, needed only when there are prereleases), so
 * a repository with a million release tags costs no nodes at all.
 */
import type { Version } from './parse.js'

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

export class FloatingLines {
  private readonly roots = new Map<string, Line>()
  /** The most components a release of each variant has. */
  private readonly precision = new Map<string, number>()
  private anyPrerelease = false

  /** First pass: prereleases build their lines; releases only record the precision. */
  add(v: Version): void {
    if (!v.prerelease) {
      if (v.components.length > (this.precision.get(v.variant) ?? 0)) {
        this.precision.set(v.variant, v.components.length)
      }
      return
    }
    this.anyPrerelease = true
    let node: Line | undefined = this.roots.get(v.variant)
    if (!node) this.roots.set(v.variant, (node = newLine()))
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
   * Second pass, releases only: mark the prerelease lines a release extends.
   * Nodes are never made here, so a million releases cost nothing.
   */
  markRelease(v: Version): void {
    if (v.prerelease) return
    let node = this.roots.get(v.variant)
    for (let k = 0; node && k < v.components.length - 1; k++) {
      node = node.children?.get(v.components[k] as number)
      if (node) node.extendedByRelease = true
    }
  }

  /** Whether `v`, a release, is a less specific tag on a line that has only prereleases. */
  isFloating(v: Version): boolean {
    if (!this.anyPrerelease || v.prerelease) return false
    if (v.components.length >= (this.precision.get(v.variant) ?? 0)) return false
    let node = this.roots.get(v.variant)
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
