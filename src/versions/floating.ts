/**
 * Floating tags that stand for a prerelease: `6.0` beside `6.0-alpha2` when
 * the line has no `6.0.x` release yet but its releases are usually more
 * specific (`5.0.9`). Such a tag reads as a release but is not one.
 *
 * Built from one pass over the versions and asked about each afterwards, so
 * the caller need not keep every Version alive. It holds a trie of version
 * lines per variant, but only the lines a prerelease lies on and the lines
 * that longer releases extend: a repository with a million release tags
 * costs a node per `major` and `major.minor`, not one per tag.
 */
import type { Version } from './parse.js'

/** A version line: `1` → `1.2` → `1.2.3`. */
interface Line {
  readonly children: Map<number, Line>
  /** A prerelease lies on this line (`6.0` for `6.0-alpha2` and `6.0.1-rc1`). */
  prerelease: boolean
  /** A release more specific than this line exists (`6.0` for `6.0.0`). */
  extendedByRelease: boolean
}

const newLine = (): Line => ({ children: new Map(), prerelease: false, extendedByRelease: false })

export class FloatingLines {
  private readonly roots = new Map<string, Line>()
  /** The most components a release of each variant has. */
  private readonly precision = new Map<string, number>()
  private anyPrerelease = false

  add(v: Version): void {
    let node: Line | undefined = this.roots.get(v.variant)
    if (!node) this.roots.set(v.variant, (node = newLine()))
    const n = v.components.length
    // A release marks the lines it extends; its own full line matters only if a prerelease has it.
    const depth = v.prerelease ? n : n - 1
    for (let k = 0; k < depth; k++) {
      const c = v.components[k] as number
      let child: Line | undefined = node.children.get(c)
      if (!child) node.children.set(c, (child = newLine()))
      node = child
      if (v.prerelease) node.prerelease = true
      else node.extendedByRelease = true
    }
    if (v.prerelease) this.anyPrerelease = true
    else if (n > (this.precision.get(v.variant) ?? 0)) this.precision.set(v.variant, n)
  }

  /** Whether `v`, a release, is a less specific tag on a line that has only prereleases. */
  isFloating(v: Version): boolean {
    if (!this.anyPrerelease || v.prerelease) return false
    if (v.components.length >= (this.precision.get(v.variant) ?? 0)) return false
    let node = this.roots.get(v.variant)
    for (const c of v.components) node = node?.children.get(c)
    return node !== undefined && node.prerelease && !node.extendedByRelease
  }
}

/** The floating tags among `versions` (see FloatingLines). */
export function floatingOnPrerelease(versions: readonly Version[]): Set<string> {
  const lines = new FloatingLines()
  for (const v of versions) lines.add(v)
  return new Set(versions.filter(v => lines.isFloating(v)).map(v => v.tag))
}
