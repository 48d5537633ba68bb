/**
 * Lines a tag must stay on (issue 22): parts of a tag that name something
 * the deployment is bound to, so the chosen tag keeps them exactly and only
 * the version beside them moves.
 *
 * - Another product's major in the variant (`-pg16`, `-jdk21`, `-debian-12`):
 *   the variant is kept whole; revisions.ts never reads such a number as a
 *   build counter (PRODUCTS, and words the repository also uses outside
 *   versions, as in `pg16` or `latest-pg16`).
 * - Two or three versions in one tag (`16-3.4-3.6.1`, `3.11-7.3.23-slim`):
 *   the first is the line, the last the version; one between is a companion
 *   version that may move (read as the version's build, stem COMPANION).
 * - A Windows release in `10.0.BUILD.REV`: only REV moves.
 * - Pins that are channels, not versions (`latest-pg15`, `v3-latest`,
 *   `ltsc2022`, `1809` beside Windows tags) are kept as they are (pins.ts).
 */
import type { Head } from './head.js'
import { sameString } from './intern.js'
import type { Revision } from './suffix.js'
import { revision } from './suffix.js'

/** The stem of a companion version read as a build: `3.4` in `16-3.4-3.6.1`. */
export const COMPANION = '='

/** Words that name another product whose major a tag is built for; the value names it. */
export const PRODUCTS: Readonly<Record<string, string>> = {
  pg: 'PostgreSQL',
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  python: 'Python',
  py: 'Python',
  jdk: 'Java',
  jre: 'Java',
  java: 'Java',
  openjdk: 'Java',
  temurin: 'Java',
  corretto: 'Java',
  zulu: 'Java',
  graalvm: 'GraalVM',
  node: 'Node.js',
  nodejs: 'Node.js',
  php: 'PHP',
  cuda: 'CUDA',
  cudnn: 'cuDNN',
  rocm: 'ROCm',
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  alpine: 'Alpine',
  ubi: 'Red Hat UBI',
  rhel: 'RHEL',
  el: 'Enterprise Linux',
  centos: 'CentOS',
  fedora: 'Fedora',
  al: 'Amazon Linux',
  amzn: 'Amazon Linux',
  ltsc: 'Windows Server LTSC',
  go: 'Go',
  golang: 'Go',
  ruby: 'Ruby',
  perl: 'Perl',
  dotnet: '.NET',
  net: '.NET',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  mongo: 'MongoDB',
  mongodb: 'MongoDB',
  redis: 'Redis',
  otp: 'Erlang/OTP',
  erlang: 'Erlang/OTP',
  elixir: 'Elixir',
  rust: 'Rust',
  gcc: 'GCC',
  llvm: 'LLVM',
  clang: 'Clang',
  torch: 'PyTorch',
  pytorch: 'PyTorch',
  tf: 'TensorFlow',
  scala: 'Scala',
  kotlin: 'Kotlin',
  nginx: 'nginx',
  tomcat: 'Tomcat'
}

/** Whether `word` (a part's letters, `pg` of `pg16`) names another product. */
export const isProduct = (word: string): boolean =>
  Object.prototype.hasOwnProperty.call(PRODUCTS, word.toLowerCase())

const HYPHEN = 45
/** A dotted version of two to four numbers at a position, as a middle or last version. */
const VERSION_AT = /v?(\d{1,9}(?:\.\d{1,9}){1,3})(?=$|[-_A-Za-z])/y

interface Lined {
  readonly line: string
  readonly components: number[]
  /** The version between the line and the last one (`3.4` in `16-3.4-3.6.1`). */
  readonly companion?: { readonly text: string; readonly numbers: number[] }
  /** Where the last version ends in the tag. */
  readonly end: number
}

function versionAt(tag: string, at: number): { components: number[]; end: number } | undefined {
  VERSION_AT.lastIndex = at
  const m = VERSION_AT.exec(tag)
  // `1.18-22.04_beta`, `6.10-24.10`: a zero-padded number or a YY.04/YY.10 pair names an
  // OS release (Ubuntu 22.04), not a version.
  if (!m || /\.0\d/.test(m[0]) || /^(?:1[4-9]|[2-4]\d)\.(?:04|10)$/.test(m[1] as string)) {
    return undefined
  }
  const components = (m[1] as string).split('.').map(Number)
  if ((components[0] as number) >= 100_000) return undefined
  return { components, end: at + m[0].length }
}

/**
 * Two or three versions in one tag: `16-3.4-3.6.1` (PostgreSQL 16, PostGIS
 * 3.4, pgRouting 3.6.1), `3.11-7.3.23-slim` (Python 3.11, PyPy 7.3.23). The
 * first is a major or major.minor (not a date, no `v`) and the next has at
 * least two numbers: a build counter (`9.4-1227`) is one number.
 */
export function readLined(tag: string, head: Head): Lined | undefined {
  if (head.prefix || head.components.length > 2 || head.digits > 4) return undefined
  if ((head.components[0] as number) >= 1990 || tag.charCodeAt(head.end) !== HYPHEN)
    return undefined
  const second = versionAt(tag, head.end + 1)
  if (!second) return undefined
  const line = sameString(tag.slice(head.channel.length, head.end))
  const third = tag.charCodeAt(second.end) === HYPHEN ? versionAt(tag, second.end + 1) : undefined
  if (!third) return { line, components: second.components, end: second.end }
  const text = tag.slice(head.end + 1, second.end)
  const companion = { text, numbers: second.components }
  return { line, components: third.components, companion, end: third.end }
}

/** The companion version as the version's build, before any build the tail carries. */
export function withCompanion(
  companion: { readonly text: string; readonly numbers: number[] },
  tail: Revision | undefined
): Revision {
  if (!tail) return revision(companion.text, COMPANION, companion.numbers, false)
  const text = `${companion.text}-${tail.text}`
  return revision(text, `${COMPANION}-${tail.stem}`, [...companion.numbers, ...tail.numbers], false)
}

export const isCompanion = (r: Revision | undefined): boolean =>
  r !== undefined && r.stem.startsWith(COMPANION)

/**
 * Windows versions `10.0.BUILD.REV`: BUILD names the Windows release (17763
 * is 2019, 20348 is 2022, 26100 is 2025), and a container must match its
 * host's release, so the line is `10.0.BUILD` and only REV moves.
 */
export function windowsLine(components: readonly number[]): string {
  if (components.length !== 4 || components[0] !== 10 || components[1] !== 0) return ''
  const build = components[2] as number
  return build >= 10_000 && build < 100_000 ? sameString(`10.0.${build}`) : ''
}

/** The Windows releases a build number names, for explanations. */
const WINDOWS_RELEASES: Readonly<Record<string, string>> = {
  '14393': 'Windows Server 2016',
  '17763': 'Windows Server 2019 (1809)',
  '18362': '1903',
  '18363': '1909',
  '19041': '2004',
  '19042': '20H2',
  '20348': 'Windows Server 2022',
  '25398': 'Windows Server 23H2',
  '26100': 'Windows Server 2025'
}

/** `v3-latest`, `16-latest-alpine`: a version named beside `latest` is a channel, not a release. */
export const isFloatingVariant = (variant: string): boolean =>
  variant.includes('latest') && /(?:^|-)latest(?:$|-)/.test(variant)

/** A part of a variant that names another product's line: `pg16`, `python3.12`, `debian-12`. */
const PART_LINE = /^([A-Za-z]+?)(?:[.-]?)(\d+(?:\.\d+)*)$/

/** The parts of `variant` that name another product's line, with the product: `pg16` PostgreSQL. */
export function variantLines(variant: string): { text: string; product: string }[] {
  const parts = variant.split('-')
  const found: { text: string; product: string }[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    const m = PART_LINE.exec(part)
    if (m && isProduct(m[1] as string)) {
      found.push({ text: part, product: `${PRODUCTS[(m[1] as string).toLowerCase()]} ${m[2]}` })
    } else if (/^\d+(?:\.\d+)*$/.test(part) && i > 0 && isProduct(parts[i - 1] as string)) {
      const word = parts[i - 1] as string
      found.push({ text: `${word}-${part}`, product: `${PRODUCTS[word.toLowerCase()]} ${part}` })
    }
  }
  return found
}

/** One sentence per line the tag stays on: "`-pg16` is a line: PostgreSQL 16". */
export function describeLines(v: {
  readonly line: string
  readonly channel: string
  readonly variant: string
  readonly revision?: Revision
}): string[] {
  const lines: string[] = []
  if (v.line.startsWith('10.0.') && !v.line.includes('-')) {
    const release = WINDOWS_RELEASES[v.line.slice(5)]
    lines.push(
      `\`${v.line}\` is a line: Windows build ${v.line.slice(5)}${release ? ` (${release})` : ''}, only the last number moves`
    )
  } else if (v.line) {
    const moves = isCompanion(v.revision)
      ? 'the versions after it move'
      : 'the version after it moves'
    lines.push(`\`${v.line}\` is a line: the first of the versions in the tag; ${moves}`)
  }
  for (const { text, product } of variantLines(v.channel.slice(0, -1))) {
    lines.push(`\`${text}-\` is a line: ${product}`)
  }
  for (const { text, product } of variantLines(v.variant)) {
    lines.push(`\`-${text}\` is a line: ${product}`)
  }
  return lines
}
