/**
 * How a tag was read, in words: for the job summary and the command line's
 * `--explain`, so a user can see why a tag was chosen. Pure.
 */
import { readHead } from './head.js'
import { describeLines, isCompanion } from './lines.js'
import type { Version } from './parse.js'
import { isDateKind } from './shape.js'
import { BUILD_ID, COMMIT_PART } from './suffix.js'

export interface Reading {
  /** Channel words and the `v` spelling: `develop-`, `alpine-v`, `RELEASE.`, `v`. */
  readonly prefix: string
  /** As written: `6.2.1.10461`, `3206.vb_15dcf73f6a_9`, `2025-08-13T08-35-41Z`. */
  readonly version: string
  /** Normalised: `rc.1`, `beta`. */
  readonly prerelease: string
  readonly variant: string
  /** The build: `ls308`, `k3s1`, `20240723`, `1` (the respin of `jammy-20250101.1`). */
  readonly revision: string
  /** The line the tag stays on beside its prefix and variant (`16` of `16-3.4`); absent when none. */
  readonly line?: string
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((n, i) => n === b[i])

/**
 * The version as the tag writes it, with a commit that follows it
 * (`3206.vb_15dcf73f6a_9`, `1.41.3.9314-a0bfb8370`); the numbers when the
 * version came from a filter's `version` group rather than the tag's head.
 */
function writtenVersion(v: Version): string {
  const head = readHead(v.tag)
  if (!head || !sameNumbers(head.components, v.components)) return v.components.join('.')
  const start = head.channel.length + head.prefix.length
  const rest = v.tag.slice(head.end)
  const id = BUILD_ID.exec(rest) ?? COMMIT_PART.exec(rest)
  return v.tag.slice(start, head.end) + (id ? id[0] : '')
}

export function describeReading(v: Version): Reading {
  let version = writtenVersion(v)
  let revision = v.revision?.text ?? ''
  // A date stamp's trailing numbers are its respin or build (`20250101.1`, `20240101.0.204074`).
  if (isDateKind(v) && v.components.length > 1 && !revision && /^\d+\./.test(version)) {
    const dot = version.indexOf('.')
    revision = version.slice(dot + 1)
    version = version.slice(0, dot)
  }
  if (isCompanion(v.revision)) {
    // `16-3.4-3.6.1`: the companion version is written with the version, not as a build.
    const [companion, ...builds] = revision.split('-')
    version = `${companion}-${version}`
    revision = builds.join('-')
  }
  const pre = v.prerelease
  const label = pre && (pre.kind === 'milestone' ? 'M' : pre.kind)
  return {
    prefix: v.channel + v.prefix,
    version,
    prerelease: pre ? `${label}${pre.number ? `.${pre.number}` : ''}` : '',
    variant: v.variant,
    revision,
    ...(v.line && { line: v.line })
  }
}

/** One short line: `prefix 'develop-', version 6.2.1.10461, revision ls308, no variant`. */
export function formatReading(v: Version): string {
  // A pin kept as it is (select.ts pinnedSelection): no version to describe.
  if (v.components.length === 0) return 'not a version: kept as it is'
  const r = describeReading(v)
  const text = [
    r.prefix && `prefix '${r.prefix}'`,
    r.line && !r.line.startsWith('10.0.') && `line ${r.line}`,
    `version ${r.version}`,
    r.prerelease && `prerelease ${r.prerelease}`,
    r.revision && `revision ${r.revision}`,
    r.variant ? `variant '${r.variant}'` : 'no variant'
  ]
    .filter(Boolean)
    .join(', ')
  const lines = describeLines(v)
  return lines.length ? `${text} (${lines.join('; ')})` : text
}
