/**
 * RFC 8288 Link headers, as registries use them for pagination:
 *
 *   Link       = #link-value
 *   link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
 *   link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
 *
 * A small scanner rather than regular expressions: a comma, semicolon or
 * `<…>` inside a quoted parameter value (`title="a, b"`) must not end a link
 * or start one, and a missed `next` silently chooses from a partial tag list.
 */

export interface LinkValue {
  /** The URI-Reference between `<` and `>`, as sent (relative or absolute). */
  readonly target: string
  /** Parameter names in lower case; the first occurrence of a name wins (RFC 8288, 3). */
  readonly params: ReadonlyMap<string, string>
}

const SPACE = new Set([' ', '\t', '\r', '\n'])
/** Characters that end an unquoted token or a parameter name. */
const DELIMITER = new Set([...SPACE, ';', ',', '=', '"', '<', '>'])

/** A cursor over one header value; every read stops at the end of the text. */
class Scanner {
  private i = 0

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.i >= this.text.length
  }

  peek(): string {
    return this.text.charAt(this.i)
  }

  next(): string {
    return this.text.charAt(this.i++)
  }

  skipSpace(): void {
    while (!this.done && SPACE.has(this.peek())) this.i++
  }

  /** Up to (and past) `end`; undefined when `end` never comes. */
  until(end: string): string | undefined {
    const at = this.text.indexOf(end, this.i)
    if (at < 0) return undefined
    const value = this.text.slice(this.i, at)
    this.i = at + 1
    return value
  }

  token(): string {
    const start = this.i
    while (!this.done && !DELIMITER.has(this.peek())) this.i++
    return this.text.slice(start, this.i)
  }

  /** A quoted-string after its opening quote: backslash escapes the next character. */
  quoted(): string {
    let value = ''
    while (!this.done) {
      const c = this.next()
      if (c === '"') return value
      value += c === '\\' && !this.done ? this.next() : c
    }
    return value
  }

  /** Past the next comma outside a quoted string: recovery from a malformed link-value. */
  skipToComma(): void {
    while (!this.done) {
      const c = this.next()
      if (c === ',') return
      if (c === '"') this.quoted()
    }
  }
}

/** `; name[=value]` after its semicolon; a name-only parameter has the empty value. */
function readParam(scanner: Scanner, params: Map<string, string>): void {
  scanner.skipSpace()
  const name = scanner.token().toLowerCase()
  scanner.skipSpace()
  let value = ''
  if (scanner.peek() === '=') {
    scanner.next()
    scanner.skipSpace()
    value = scanner.peek() === '"' ? (scanner.next(), scanner.quoted()) : scanner.token()
  }
  if (name && !params.has(name)) params.set(name, value)
}

/** One link-value at `<`; undefined (and the rest skipped) when `>` never comes. */
function readLink(scanner: Scanner): LinkValue | undefined {
  scanner.next()
  const target = scanner.until('>')
  if (target === undefined) {
    scanner.skipToComma()
    return undefined
  }
  const params = new Map<string, string>()
  for (;;) {
    scanner.skipSpace()
    const c = scanner.next()
    if (c === ';') readParam(scanner, params)
    else if (c === ',' || c === '') break
    else {
      scanner.skipToComma()
      break
    }
  }
  return { target: target.trim(), params }
}

/** Every link in one or more Link header values (several header lines arrive as an array). */
export function parseLinks(header: string | readonly string[] | undefined): LinkValue[] {
  const values = header === undefined ? [] : typeof header === 'string' ? [header] : header
  const links: LinkValue[] = []
  for (const value of values) {
    const scanner = new Scanner(value)
    for (;;) {
      scanner.skipSpace()
      if (scanner.done) break
      if (scanner.peek() === ',') scanner.next()
      else if (scanner.peek() !== '<') scanner.skipToComma()
      else {
        const link = readLink(scanner)
        if (link) links.push(link)
      }
    }
  }
  return links
}

/** Relation types are space-separated and compared case-insensitively (RFC 8288, 2.1.1). */
export function hasRelation(link: LinkValue, relation: string): boolean {
  const rel = link.params.get('rel')
  return (
    rel !== undefined &&
    rel
      .toLowerCase()
      .split(/[ \t]+/)
      .includes(relation)
  )
}

/** The `rel="next"` target of one or more Link header values, if any. */
export function nextLink(header: string | readonly string[] | undefined): string | undefined {
  return parseLinks(header).find(link => hasRelation(link, 'next'))?.target
}
