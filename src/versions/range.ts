/** Semver range membership of versions, for the `range` input. */
import semver from 'semver'
import type { Version } from './parse.js'

/** 3.14.7 → semver 3.14.7; 4 components compare on the first three; rc1 → -5.1 (rank.number). */
function toSemver(v: Version): string {
  const [a = 0, b = 0, c = 0] = v.components
  const pre = v.prerelease ? `-${v.prerelease.rank}.${v.prerelease.number}` : ''
  return `${a}.${b}.${c}${pre}`
}

/** Enough to cover every variant of the versions near each other; bounded for huge lists. */
const REMEMBERED = 50_000

/**
 * Range membership, compiled once and remembered per version (variants share
 * versions, so `1.2.3-alpine` asks what `1.2.3` asked).
 */
export function rangeTest(
  range: string | undefined,
  prerelease: boolean
): ((v: Version) => boolean) | undefined {
  if (!range) return undefined
  const compiled = new semver.Range(range, { includePrerelease: prerelease })
  const seen = new Map<string, boolean>()
  return v => {
    const version = toSemver(v)
    let ok = seen.get(version)
    if (ok === undefined) {
      if (seen.size >= REMEMBERED) seen.clear()
      seen.set(version, (ok = compiled.test(version)))
    }
    return ok
  }
}
