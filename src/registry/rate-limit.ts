/** Docker Hub's pull quota, as its `ratelimit-*` headers report it (`100;w=21600`). */
import type { IncomingHttpHeaders } from 'node:http'

export interface RateLimit {
  readonly limit: number
  readonly remaining: number
  readonly windowSeconds?: number
}

export function readRateLimit(headers: IncomingHttpHeaders): RateLimit | undefined {
  const limit = String(headers['ratelimit-limit'] ?? '')
  const remaining = String(headers['ratelimit-remaining'] ?? '')
  if (!/^\d+/.test(limit) || !/^\d+/.test(remaining)) return undefined
  const window = /w=(\d+)/.exec(limit)?.[1]
  return {
    limit: parseInt(limit, 10),
    remaining: parseInt(remaining, 10),
    ...(window && { windowSeconds: Number(window) })
  }
}
