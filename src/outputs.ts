/**
 * The outputs of an image lookup, as the strings a workflow reads. Pure, so
 * the action and the command line's `--json` give the same answer.
 */
import type { LookupResult } from './lookup.js'
import { formatVersion } from './versions/parse.js'

/** GitHub caps one output at 1 MB; lists keep the newest entries that fit, with room to spare. */
export const MAX_OUTPUT_BYTES = 1_000_000 - 1024

export type Outputs = Record<string, string>

export function lookupOutputs(result: LookupResult, current: string | undefined): Outputs {
  const { selection, chosen } = result
  const known = selection.current?.version ? selection.current : undefined
  return {
    tag: chosen.tag,
    version: formatVersion(chosen),
    digest: result.digest,
    'platform-digest': result.platformDigest ?? '',
    reference: result.reference,
    tags: jsonArrayThatFits(selection.passing.map(v => v.tag)),
    count: String(selection.passing.length),
    total: String(selection.total),
    current: current ?? '',
    'update-available': String(Boolean(known?.update)),
    'update-type': known?.update ?? '',
    'newer-tags': jsonArrayThatFits(known ? known.newer.map(v => v.tag) : [])
  }
}

/**
 * A JSON array of the first entries (newest first) whose encoding fits in
 * `maxBytes`. Entries are valid tag names, so each costs its length plus
 * quotes and a comma.
 */
export function jsonArrayThatFits(entries: readonly string[], maxBytes = MAX_OUTPUT_BYTES): string {
  let bytes = 2
  let count = 0
  for (const entry of entries) {
    const cost = Buffer.byteLength(JSON.stringify(entry)) + (count > 0 ? 1 : 0)
    if (bytes + cost > maxBytes) break
    bytes += cost
    count++
  }
  return JSON.stringify(entries.slice(0, count))
}
