/** Registry JSON is untrusted: parsed once, checked for shape before any field is read. */
import type { RequestContext } from './failures.js'
import { RegistryError } from './failures.js'

export function parseJsonObject(body: Buffer, ctx: RequestContext): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(body.toString('utf8'))
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      return json as Record<string, unknown>
    }
  } catch {
    // reported below
  }
  throw new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: the answer was not a JSON object.`,
    { kind: 'protocol' }
  )
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A digest the outputs may carry: `sha256:` and 64 lowercase hex digits, nothing else. */
export const DIGEST_RE = /^sha256:[0-9a-f]{64}$/

export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST_RE.test(value)
}
