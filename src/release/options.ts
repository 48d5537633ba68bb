/**
 * The release inputs, read and checked in one place: `minimum-release-age`
 * (a cooldown: `3d`, `12h`, `2 days`, `1 week`; `0` off),
 * `release-age-missing` (`hold` | `allow`) and `lts` (`auto` | `only` |
 * `off`). Pure; each bad value is a UsageError naming its input.
 */
import { UsageError } from '../errors.js'

export type MissingDate = 'hold' | 'allow'
export type LtsMode = 'auto' | 'only' | 'off'

/** A cooldown: tags younger than `minimumAgeMs` are held. */
export interface Cooldown {
  readonly minimumAgeMs: number
  /** What `minimum-release-age` said, for messages (`3d`). */
  readonly text: string
  readonly missing: MissingDate
}

export interface ReleaseOptions {
  /** Absent when `minimum-release-age` is 0 (the default). */
  readonly cooldown?: Cooldown
  readonly lts: LtsMode
}

export const DEFAULT_RELEASE: ReleaseOptions = { lts: 'auto' }

/** The inputs, by name, for the front ends and the checks of other modes. */
export const RELEASE_INPUTS = ['minimum-release-age', 'release-age-missing', 'lts'] as const

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hrs: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
  w: 604_800_000,
  week: 604_800_000,
  weeks: 604_800_000
}

/** A year: a longer cooldown is surely a typo (`30w` meant `30d`?) and would hold everything. */
const MAX_AGE_MS = 366 * 86_400_000

/**
 * `3d`, `12h`, `2 days`, `1 week`, `90m`, `1.5d`; `0` is off. Undefined
 * for anything else: the caller names the input.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase()
  if (/^0+(\.0*)?$/.test(trimmed)) return 0
  const match = /^(\d{1,6}(?:\.\d{1,3})?)\s*([a-z]+)$/.exec(trimmed)
  const unit = match ? UNIT_MS[match[2] as string] : undefined
  if (!match || unit === undefined) return undefined
  return Math.round(Number(match[1]) * unit)
}

/** `3 days`, `20 h`, `45 min`: an age said the way a person reads it. */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  if (minutes < 120) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return `${hours} h`
  const days = Math.floor(hours / 24)
  return `${days} day${days === 1 ? '' : 's'}`
}

export function parseReleaseInputs(get: (name: string) => string): ReleaseOptions {
  const ageText = get('minimum-release-age').trim()
  const ageMs = ageText ? parseDuration(ageText) : 0
  if (ageMs === undefined || ageMs > MAX_AGE_MS) {
    throw new UsageError(
      'minimum-release-age',
      `'${ageText}' is not a duration of at most a year: write a number and a unit, e.g. '3d', '12h', '2 days', '1 week' (or '0' for none).`
    )
  }
  const missing = (get('release-age-missing').trim().toLowerCase() || 'hold') as MissingDate
  if (missing !== 'hold' && missing !== 'allow') {
    throw new UsageError(
      'release-age-missing',
      `'${get('release-age-missing').trim()}' is not 'hold' or 'allow'.`
    )
  }
  const lts = (get('lts').trim().toLowerCase() || 'auto') as LtsMode
  if (!['auto', 'only', 'off'].includes(lts)) {
    throw new UsageError('lts', `'${get('lts').trim()}' is not one of 'auto', 'only' or 'off'.`)
  }
  return {
    ...(ageMs > 0 && { cooldown: { minimumAgeMs: ageMs, text: ageText, missing } }),
    lts
  }
}
