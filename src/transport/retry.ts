/** Backoff and Retry-After: pure, so the policy can be tested without waiting. */

/** Statuses worth another try: rate limited, or the registry (or its CDN) failed. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
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

/** Exponential backoff with jitter: attempt 1 → ~0.5 s, 2 → ~1 s, 3 → ~2 s, capped. */
export function backoffMs(
  attempt: number,
  baseMs = 500,
  capMs = 8000,
  random = Math.random
): number {
  const exp = Math.min(capMs, baseMs * 2 ** (attempt - 1))
  return Math.round(exp / 2 + (random() * exp) / 2)
}

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
