/** RFC 8288 Link headers, as registries use them for pagination. */

/** The `rel="next"` target of one or more Link header values, if any. */
export function nextLink(header: string | string[] | undefined): string | undefined {
  const values = header === undefined ? [] : Array.isArray(header) ? header : [header]
  for (const value of values) {
    for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,<]+)*)/g)) {
      const params = match[2] ?? ''
      const rel = /;\s*rel\s*=\s*"?([^";,]+)"?/i.exec(params)?.[1]
      if (rel && rel.toLowerCase().split(/\s+/).includes('next')) return match[1]
    }
  }
  return undefined
}
