/**
 * The outputs of an image lookup, as the strings a workflow reads. Pure, so
 * the action and the command line's `--json` give the same answer.
 */
import type { LookupResult } from './lookup.js'
import type { RepositoriesResult } from './repositories.js'
import { newestThatFit } from './versions/fit.js'
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
    released: result.released?.date ?? '',
    'update-available': String(Boolean(known?.update)),
    'update-type': known?.update ?? '',
    'newer-tags': jsonArrayThatFits(known ? known.newer.map(v => v.tag) : [])
  }
}

/** Repositories mode: the names (sorted; the first that fit in 1 MB), how many passed, how many there are. */
export function repositoriesOutputs(result: RepositoriesResult): Outputs {
  return {
    repositories: jsonArrayThatFits(result.repositories),
    count: String(result.repositories.length),
    total: String(result.total)
  }
}

/** The newest entries whose JSON array fits in one output. */
function jsonArrayThatFits(entries: readonly string[]): string {
  return JSON.stringify(newestThatFit(entries, MAX_OUTPUT_BYTES))
}
