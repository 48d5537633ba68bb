/**
 * A tag's release date on quay.io: its tag API
 * (`GET /api/v1/repository/{ns}/{repo}/tag/?specificTag=…&onlyActiveTags=true`),
 * `start_ts` of the active tag of that name (Unix seconds). Anonymous: the
 * API takes OAuth tokens, not the registry's robot credentials, so a
 * private repository's dates are missing and say why.
 */
import type { ReleaseDate } from '../release/cooldown.js'
import { NetworkError, RetryAfterError } from '../transport/errors.js'
import type { HttpTransport } from '../transport/http.js'
import { isRecord } from './json.js'
import { jsonObject, plausibleDate } from './release-date-json.js'

export const QUAY_DATE_SOURCE = "quay.io's tag API (start_ts)"

export async function quayTagDate(
  http: HttpTransport,
  repository: string,
  tag: string,
  base = 'https://quay.io'
): Promise<ReleaseDate> {
  const source = QUAY_DATE_SOURCE
  const url = new URL(
    `/api/v1/repository/${repository.split('/').map(encodeURIComponent).join('/')}/tag/`,
    base
  )
  url.searchParams.set('specificTag', tag)
  url.searchParams.set('onlyActiveTags', 'true')
  let response
  try {
    response = await http.send({
      method: 'GET',
      url: url.href,
      headers: { accept: 'application/json' }
    })
  } catch (error) {
    if (error instanceof NetworkError || error instanceof RetryAfterError) {
      return { source, why: `quay.io's API could not be read: ${error.message}` }
    }
    throw error
  }
  if (response.status === 401 || response.status === 403) {
    return {
      source,
      why: `quay.io's API answered ${response.status}: it shows dates of public repositories only`
    }
  }
  if (response.status !== 200) return { source, why: `quay.io's API answered ${response.status}` }
  const read = jsonObject(response)
  if ('why' in read) return { source, why: read.why }
  const tags = read.json['tags']
  if (!Array.isArray(tags)) return { source, why: "the answer has no 'tags' list" }
  const entry = tags.find(t => isRecord(t) && t['name'] === tag)
  const date = isRecord(entry) ? plausibleDate(entry['start_ts']) : undefined
  return date ? { date, source } : { source, why: 'no active tag of that name with a start_ts' }
}
