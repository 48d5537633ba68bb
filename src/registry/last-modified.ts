/**
 * A tag's release date on any other registry: the `Last-Modified` header
 * of its manifest (a HEAD, no pull quota spent), when the registry sends
 * one. Registries that send none are learnt from the first answer, so the
 * other tags of the image cost no request.
 */
import type { ReleaseDate } from '../release/cooldown.js'
import type { RegistryApi } from './api.js'
import { pullScope } from './api.js'
import { RegistryError } from './failures.js'
import { MEDIA_TYPES } from './manifests.js'
import { plausibleDate } from './release-date-json.js'

export const LAST_MODIFIED_SOURCE = 'the manifest’s Last-Modified header'

export function lastModifiedDates(
  api: RegistryApi,
  repository: string
): (tag: string) => Promise<ReleaseDate> {
  const source = `${LAST_MODIFIED_SOURCE} (${api.host.registry})`
  let sendsNone = false
  return async tag => {
    if (sendsNone) return { source, why: 'this registry sends no Last-Modified' }
    const ctx = api.context(`read the release date of '${repository}:${tag}'`, repository)
    let response
    try {
      response = await api.send(
        {
          method: 'HEAD',
          url: `${api.base}/v2/${repository}/manifests/${tag}`,
          headers: { Accept: Object.values(MEDIA_TYPES).join(', ') }
        },
        pullScope(repository),
        ctx
      )
    } catch (error) {
      if (error instanceof RegistryError) return { source, why: error.message }
      throw error
    }
    if (response.status !== 200) return { source, why: `the registry answered ${response.status}` }
    const header = response.headers['last-modified']
    if (header === undefined) {
      sendsNone = true
      return { source, why: 'this registry sends no Last-Modified' }
    }
    const date = plausibleDate(Array.isArray(header) ? header[0] : header)
    return date ? { date, source } : { source, why: 'its Last-Modified is not a plausible date' }
  }
}
