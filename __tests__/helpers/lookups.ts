/** Lookup results as the engine builds them, from a tag list and the real selection (no registry). */
import type { LookupResult } from '../../src/lookup.js'
import { formatReference, parseReference } from '../../src/reference.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

export const DIGEST = `sha256:${'a'.repeat(64)}`

export function resultOf(
  image: string,
  tags: string[],
  policy: PolicyInputs = {},
  extra: Partial<LookupResult> = {}
): LookupResult {
  const ref = parseReference(image)
  const selection = selectTags(tags, buildPolicy(policy), ref.tag)
  const chosen = selection.passing[0]!
  return {
    image: ref,
    selection,
    chosen,
    digest: DIGEST,
    reference: formatReference(ref, chosen.tag, DIGEST),
    pages: 1,
    dropped: 0,
    ...extra
  }
}
