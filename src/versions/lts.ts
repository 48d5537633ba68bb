/**
 * Long-term-support lines (interface.md "LTS lines"): the images known to
 * publish LTS releases beside short-lived ones, each with its rule and the
 * source of that rule. An image is recognised by the last component of its
 * repository path, so mirrors (`mirror.example.com/hub/ubuntu`) count. The
 * rules look only at the version's numbers, so they compose with the
 * variant, prefix, revision and precision rules that chose the candidates
 * (`21.0.8_9-jre` → `25.0.4_7-jre`, `open-21-jre-jammy` → `open-25-jre-jammy`).
 */
import type { Version } from './parse.js'
import { isDateKind } from './shape.js'

export interface LtsLine {
  /** The image names (last path component) the rule is for. */
  readonly images: readonly string[]
  /** The rule in a few words, for the summary, --explain and the log. */
  readonly rule: string
  readonly isLts: (v: Version) => boolean
}

const major = (v: Version): number | undefined =>
  isDateKind(v) || v.components.length === 0 ? undefined : v.components[0]

/**
 * Ubuntu: every April release of an even year is LTS (YY.04 with YY even).
 * Source: https://ubuntu.com/about/release-cycle ("LTS or 'Long Term
 * Support' releases are published every two years in April").
 */
const UBUNTU: LtsLine = {
  images: ['ubuntu'],
  rule: 'YY.04 of even years',
  isLts: v => {
    const [year, month] = v.components
    return (
      !isDateKind(v) &&
      year !== undefined &&
      year >= 6 &&
      year < 100 &&
      year % 2 === 0 &&
      month === 4
    )
  }
}

/**
 * Node.js: even-numbered majors become LTS, odd ones never do (since 4,
 * "Argon"; 0.x had no LTS). Source: https://github.com/nodejs/release
 * ("odd-numbered release lines are not promoted to LTS", "even-numbered
 * releases … move to Active LTS status").
 */
const NODE: LtsLine = {
  images: ['node'],
  rule: 'even majors',
  isLts: v => {
    const m = major(v)
    return m !== undefined && m >= 4 && m % 2 === 0
  }
}

/**
 * Java SE: 8, 11 and 17 are LTS; since 17 one every two years, which at the
 * six-month cadence is every fourth feature release (21, 25, 29, …).
 * Sources: https://www.oracle.com/java/technologies/java-se-support-roadmap.html
 * (Oracle's roadmap: "LTS releases every two years"), followed by the
 * builds these images ship: https://adoptium.net/support (Temurin),
 * https://aws.amazon.com/corretto/faqs/ (Corretto),
 * https://www.ibm.com/support/pages/semeru-runtimes-release-notes (Semeru),
 * https://sap.github.io/SapMachine/ (SapMachine). The `openjdk` image
 * carries the same feature-release numbers.
 */
const JAVA: LtsLine = {
  images: ['eclipse-temurin', 'amazoncorretto', 'ibm-semeru-runtimes', 'sapmachine', 'openjdk'],
  rule: 'Java 8, 11, 17, 21, 25, then every two years',
  isLts: v => {
    const m = major(v)
    if (m === undefined) return false
    return m === 8 || m === 11 || m === 17 || (m >= 21 && (m - 21) % 4 === 0)
  }
}

const LINES: readonly LtsLine[] = [UBUNTU, NODE, JAVA]

/** The LTS rule for a repository path (`library/ubuntu`, `mirror/eclipse-temurin`), if known. */
export function ltsLineFor(repository: string): LtsLine | undefined {
  const name = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase()
  return LINES.find(line => line.images.includes(name))
}
