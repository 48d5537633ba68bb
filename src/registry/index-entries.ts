/**
 * The entries of an image index (OCI index, Docker manifest list), read
 * defensively: entries of the wrong shape are skipped, never dereferenced.
 */
import type { RequestContext } from './failures.js'
import { RegistryError } from './failures.js'
import { isDigest, isRecord } from './json.js'
import type { Platform } from './platform.js'
import { formatPlatform, normalizePlatform, platformMatches } from './platform.js'

export interface IndexEntry {
  readonly digest: string
  readonly platform: Platform
}

/** Usable entries: a valid digest and a platform; attestations (`unknown/unknown`) left out. */
export function readIndexEntries(json: Record<string, unknown>, ctx: RequestContext): IndexEntry[] {
  const manifests = json['manifests']
  if (!Array.isArray(manifests)) {
    throw new RegistryError(
      `Could not ${ctx.action} on ${ctx.registry}: the image index has no list of manifests.`,
      { kind: 'protocol' }
    )
  }
  const entries: IndexEntry[] = []
  for (const entry of manifests) {
    const read = readEntry(entry)
    if (read) entries.push(read)
  }
  return entries
}

function readEntry(entry: unknown): IndexEntry | undefined {
  if (!isRecord(entry) || !isDigest(entry['digest']) || !isRecord(entry['platform'])) {
    return undefined
  }
  const { os, architecture, variant } = entry['platform']
  if (!isPlatformWord(os) || !isPlatformWord(architecture)) return undefined
  if (variant !== undefined && variant !== '' && !isPlatformWord(variant)) return undefined
  if (os === 'unknown' && architecture === 'unknown') return undefined
  const annotations = entry['annotations']
  if (
    isRecord(annotations) &&
    annotations['vnd.docker.reference.type'] === 'attestation-manifest'
  ) {
    return undefined
  }
  return {
    digest: entry['digest'],
    platform: { os, architecture, ...(isPlatformWord(variant) && { variant }) }
  }
}

/** What an os, architecture or variant may be; anything else is not shown nor matched. */
function isPlatformWord(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(value)
}

/** The entry for `wanted`: an exact variant match first, else any match. */
export function choosePlatform(entries: IndexEntry[], wanted: Platform, image: string): string {
  const matches = entries.filter(e => platformMatches(wanted, e.platform))
  const variant = normalizePlatform(wanted).variant
  const chosen = matches.find(e => normalizePlatform(e.platform).variant === variant) ?? matches[0]
  if (chosen) return chosen.digest
  const offered = [...new Set(entries.map(e => formatPlatform(normalizePlatform(e.platform))))]
  throw new RegistryError(
    `${image} has no ${formatPlatform(wanted)} image; it offers ${offered.join(', ') || 'no platforms'}. Set 'platform' to one of these.`,
    { kind: 'not-found' }
  )
}
