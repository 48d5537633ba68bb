/**
 * Pins that stay what they are (issue 22, rules 3 and 6), and the line a
 * pin stopped on.
 *
 * A floating channel (`latest-pg15`, `v3-latest`, `focal-latest`,
 * `stable-alpine`, `pg16`, `jdk21-alpine`) is a tag its publisher moves: replacing it with a
 * version would move the user to whatever line that version is on, so it
 * is kept (and its digest reported). A Windows release (`ltsc2019`,
 * `ltsc2022-amd64`, `nanoserver-1809`, `20H2`, and `1809` or `2004` in a
 * repository with Windows tags) is an OS line a container must match its
 * host's release with: semi-annual names are neither newer than nor the
 * same line as an `ltsc` pin. A lone `latest` is not such a pin: it names
 * no line, and the newest release is what it stands for.
 */
import type { NotAVersion, Version } from './parse.js'
import { isVersion } from './parse.js'

/** Words of channels that a publisher moves from release to release. */
const FLOATING = new Set([
  'latest',
  'stable',
  'edge',
  'nightly',
  'current',
  'rolling',
  'mainline',
  'lts',
  'next',
  'canary',
  'testing',
  'unstable'
])

/** `ltsc2022`, `20H2`: Windows releases by name. */
const WINDOWS_NAME = /^(?:ltsc\d{4}|\d{2}h[12])$/i
/** `1809`, `2004`: Windows semi-annual releases by year and month (1607 to 2912). */
const WINDOWS_YYMM = /^(?:1[6-9]|2\d)(?:0[1-9]|1[0-2])$/
const WINDOWS_WORDS = ['ltsc', 'nanoserver', 'windowsservercore', 'servercore']

/** Whether a tag shows that the repository publishes Windows images (`ltsc2022`, `nanoserver-…`). */
export const namesWindows = (tag: string): boolean =>
  WINDOWS_WORDS.some(word => tag.includes(word)) || /(?:^|-)\d{2}H[12](?:$|-)/.test(tag)

/** `1809`, `2004-amd64` beside Windows tags: a Windows release by name, not a version. */
export const isWindowsRelease = (v: Version): boolean =>
  v.components.length === 1 &&
  !v.channel &&
  !v.prefix &&
  !v.prerelease &&
  WINDOWS_YYMM.test(String(v.components[0]))

/**
 * Why the current tag is kept as it is, or undefined when it may move.
 * `windows`: the repository publishes Windows images.
 */
export function pinReason(
  parsed: Version | NotAVersion,
  repository: { readonly windows: boolean; readonly leadingLines: ReadonlySet<string> }
): string | undefined {
  const { windows } = repository
  const parts = parsed.tag.toLowerCase().split(/[-_.]/)
  if (isVersion(parsed)) {
    if (windows && isWindowsRelease(parsed)) {
      return 'a Windows release: a container must match its host, so it is kept'
    }
    if (namesLeadingLine(parsed, repository.leadingLines)) {
      return 'the newest tag of a line (the first version of the repository’s other tags), so it is kept'
    }
    return undefined
  }
  const release = parts.some(p => WINDOWS_NAME.test(p) || (windows && WINDOWS_YYMM.test(p)))
  if (release) return 'a Windows release: a container must match its host, so it is kept'
  if (parts.length > 1 && parts.some(p => FLOATING.has(p))) {
    return 'a floating tag its publisher moves, so it is kept'
  }
  // `pg16`, `jdk21-alpine`, `alpine3.20`: the newest tag of a line, which the publisher moves.
  if (parsed.reason === 'not a version' && /(?:^|-)[a-z]+\d/i.test(parsed.tag)) {
    return 'a floating tag of a line its publisher moves, so it is kept'
  }
  return undefined
}

/**
 * `16-master` or `3.10-slim` where the repository writes `16-3.4` and
 * `3.10-7.3.17-slim`: the version is the line of the other tags (PostgreSQL
 * 16, Python 3.10), so the tag floats on that line and another number is
 * another line, not a newer version.
 */
function namesLeadingLine(v: Version, lines: ReadonlySet<string>): boolean {
  if (!lines.size || v.line || v.channel || v.prefix || v.prerelease || v.revision) return false
  return lines.has(v.components.join('.'))
}

/**
 * Whether `v` differs from `current` only by the line it is on: another
 * first version (`17-3.5` for `16-3.4`), Windows build, or numbered part of
 * the variant (`0.9.0-pg17` for `0.8.0-pg16`, `alpine3.21` for
 * `alpine3.20`). Such a tag is never taken; when it is the newest, the
 * summary says the pin's line stopped.
 */
export function onAnotherLine(current: Version, v: Version, siblings: LineSiblings): boolean {
  if (v.channel !== current.channel) {
    // `pg17-v0.4.0` for `pg16-v0.4.0`: the line is written before the version.
    const same = v.variant === current.variant && v.line === current.line
    return same && siblings.channel.test(v.channel.slice(0, -1))
  }
  if (v.variant === current.variant) return !!v.line && !!current.line && v.line !== current.line
  return v.line === current.line && siblings.variant.test(v.variant)
}

/** The sibling tests of the current tag's variant and channel (without its separator). */
export interface LineSiblings {
  readonly variant: SiblingVariants
  readonly channel: SiblingVariants
}

export const lineSiblings = (current: Version): LineSiblings => ({
  variant: new SiblingVariants(current.variant),
  channel: new SiblingVariants(current.channel.slice(0, -1))
})

/** The variants that differ from one variant only by the number of one part; remembered. */
export class SiblingVariants {
  private readonly parts: string[]
  private readonly seen = new Map<string, boolean>()

  constructor(variant: string) {
    this.parts = variant ? variant.split('-') : []
  }

  test(variant: string): boolean {
    let ok = this.seen.get(variant)
    if (ok === undefined) {
      if (this.seen.size >= 10_000) this.seen.clear()
      this.seen.set(variant, (ok = this.sibling(variant)))
    }
    return ok
  }

  private sibling(variant: string): boolean {
    const other = variant.split('-')
    if (!this.parts.length || other.length !== this.parts.length) return false
    let differing = -1
    for (let i = 0; i < other.length; i++) {
      if (other[i] === this.parts[i]) continue
      if (differing >= 0) return false
      differing = i
    }
    const a = this.parts[differing] as string
    const b = other[differing] as string
    const word = a.replace(/\d+(?:\.\d+)*$/, '')
    return word !== a && b.replace(/\d+(?:\.\d+)*$/, '') === word && word !== b
  }
}
