/**
 * Error bodies: `{"errors":[{"code","message","detail"}]}` per the
 * distribution spec, but proxies and CDNs send HTML or plain text, so this
 * never throws and never returns more than a short line.
 */
export interface RegistryErrorBody {
  readonly codes: readonly string[]
  /** One line for humans: `NAME_UNKNOWN: repository name not known to registry`. */
  readonly summary: string
}

import { serverText } from '../text/escape.js'

export function parseRegistryErrorBody(body: string): RegistryErrorBody {
  const text = body.trim()
  if (!text) return { codes: [], summary: '' }
  try {
    const json = JSON.parse(text) as {
      errors?: { code?: unknown; message?: unknown }[]
      details?: unknown
    }
    if (Array.isArray(json.errors)) {
      const codes = json.errors.map(e => clip(String(e.code ?? ''))).filter(Boolean)
      const parts = json.errors.map(e => [e.code, e.message].filter(Boolean).join(': '))
      return { codes, summary: clip(parts.join('; ')) }
    }
    if (typeof json.details === 'string') return { codes: [], summary: clip(json.details) }
  } catch {
    // not JSON: fall through to text
  }
  if (/^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    return { codes: [], summary: title ? `HTML page "${clip(title)}"` : 'an HTML page' }
  }
  return { codes: [], summary: clip(text) }
}

/** The server's words as one short line, controls (ESC, BEL, OSC 52…) shown escaped. */
function clip(text: string): string {
  return serverText(text)
}
