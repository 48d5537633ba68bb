/**
 * A tag's release date on Docker Hub: the Hub API's `tag_last_pushed` for
 * one tag (`GET /v2/namespaces/{ns}/repositories/{repo}/tags/{tag}`),
 * anonymous for public repositories, through the Hub login of the
 * repositories mode (dockerhub-login.ts) for private ones. The registry
 * itself (registry-1.docker.io) tells no dates.
 */
import type { ReleaseDate } from '../release/cooldown.js'
import type { HubSession } from './dockerhub-login.js'
import { RegistryError } from './failures.js'
import { jsonObject, plausibleDate } from './release-date-json.js'

export const HUB_DATE_SOURCE = "Docker Hub's tags API (tag_last_pushed)"

export async function hubTagDate(
  session: HubSession,
  repository: string,
  tag: string
): Promise<ReleaseDate> {
  const source = HUB_DATE_SOURCE
  const slash = repository.indexOf('/')
  const ns = slash < 0 ? 'library' : repository.slice(0, slash)
  const repo = slash < 0 ? repository : repository.slice(slash + 1)
  const path = `/v2/namespaces/${encodeURIComponent(ns)}/repositories/${encodeURIComponent(repo)}/tags/${encodeURIComponent(tag)}`
  const ctx = session.context(`read the release date of '${repository}:${tag}'`, repository)
  let response
  try {
    response = await session.get(new URL(path, session.base).href, ctx)
  } catch (error) {
    if (error instanceof RegistryError) return { source, why: error.message }
    throw error
  }
  if (response.status === 404) return { source, why: 'the Hub API does not know this tag (404)' }
  if (response.status !== 200) return { source, why: session.failure(response, ctx).message }
  const read = jsonObject(response)
  if ('why' in read) return { source, why: read.why }
  const date = plausibleDate(read.json['tag_last_pushed'])
  return date ? { date, source } : { source, why: 'the answer has no usable tag_last_pushed' }
}
