/**
 * Reading the Hub API's answers: JSON that may not be JSON, its own error
 * words (untrusted: one short line, never with a secret in it), and when its
 * rate limit resets.
 */
import type { HttpResponse } from '../transport/types.js'
import { first } from '../transport/headers.js'
import { serverText } from '../text/escape.js'
import { isRecord } from './json.js'

/** `X-RateLimit-Reset`: a Unix time in seconds. */
export function resetMs(headers: HttpResponse['headers'], now = Date.now()): number | undefined {
  const value = first(headers['x-ratelimit-reset'])
  return value && /^\d+$/.test(value) ? Math.max(0, Number(value) * 1000 - now) : undefined
}

export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * The Hub's own words from an error body (`message`, `detail` or `error`),
 * on one line, short, and without any secret of the credential in it: the
 * body is untrusted and could echo what was sent.
 */
export function errorDetail(body: Buffer, secrets: readonly string[]): string {
  const json = parseJson(body)
  if (!isRecord(json)) return ''
  const text = ['message', 'detail', 'error'].map(k => json[k]).find(v => typeof v === 'string')
  if (typeof text !== 'string') return ''
  // A secret split by invisible characters is still that secret.
  const bare = text.replace(/[\p{Cc}\p{Cf}]+/gu, '')
  if (secrets.some(secret => secret && (text.includes(secret) || bare.includes(secret)))) return ''
  return serverText(text)
}
