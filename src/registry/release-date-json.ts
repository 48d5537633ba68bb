/**
 * Reading release dates out of API answers: bodies capped, JSON checked for
 * shape, and only a date that parses and is not absurd kept (normalised
 * to ISO 8601). Anything else is "no date", with why.
 */
import type { HttpResponse } from '../transport/types.js'
import { isRecord } from './json.js'

/** One tag's answer is a few KiB; a quay tag page, some tens. More is not an answer to read. */
export const MAX_DATE_BODY_BYTES = 1024 * 1024

/** Docker's first public registry: an earlier date is not a push date. */
const EARLIEST = Date.UTC(2013, 0, 1)
/** A day of clock skew; later is a date no registry can have seen. */
const SKEW_MS = 86_400_000

/** ISO 8601 of a date text or Unix seconds, or undefined when it is not a plausible push date. */
export function plausibleDate(value: unknown, now = Date.now()): string | undefined {
  const ms =
    typeof value === 'number' && Number.isFinite(value)
      ? value * 1000
      : typeof value === 'string' && value.length <= 64
        ? Date.parse(value)
        : NaN
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > now + SKEW_MS) return undefined
  return new Date(ms).toISOString()
}

/** The answer's JSON object, or why there is none. */
export function jsonObject(
  response: HttpResponse
): { json: Record<string, unknown> } | { why: string } {
  if (response.body.length > MAX_DATE_BODY_BYTES) {
    return { why: `the answer was larger than ${MAX_DATE_BODY_BYTES / 1024} KiB` }
  }
  try {
    const json: unknown = JSON.parse(response.body.toString('utf8'))
    if (isRecord(json)) return { json }
  } catch {
    // fall through: not JSON
  }
  return { why: 'the answer was not a JSON object' }
}
