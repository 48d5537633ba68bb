/**
 * Reading response headers the way every client here needs them: one value
 * of a header Node may give as a list, and how long a server asked us to
 * wait. Imported by the transport's retry and by the registry, Hub and
 * GitHub clients alike.
 */

/** The first value of a header Node may hand over as a list. */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/**
 * Milliseconds the server asked us to wait: `Retry-After` as seconds or an
 * HTTP date; Docker Hub's web API sends `X-Retry-After` as a Unix timestamp.
 */
export function retryAfterMs(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  now = Date.now()
): number | undefined {
  const value = first(headers['retry-after'])
  if (value !== undefined) {
    if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000
    const date = Date.parse(value)
    if (!Number.isNaN(date)) return Math.max(0, date - now)
  }
  const unix = first(headers['x-retry-after'])
  if (unix !== undefined && /^\s*\d+\s*$/.test(unix)) return Math.max(0, Number(unix) * 1000 - now)
  return undefined
}
