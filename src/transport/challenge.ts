/**
 * WWW-Authenticate parsing (RFC 7235 §4.1, RFC 6750 §3). Registries send
 * several challenges on several header lines or comma-joined on one line,
 * with quoted strings that may carry backslash escapes.
 */
export interface Challenge {
  /** Lowercased scheme: `bearer`, `basic`. */
  readonly scheme: string
  /** Lowercased parameter names; values unquoted and unescaped. */
  readonly params: Readonly<Record<string, string>>
}

const TOKEN_CHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/

class Scanner {
  pos = 0
  constructor(readonly text: string) {}
  get done(): boolean {
    return this.pos >= this.text.length
  }
  peek(): string {
    return this.text[this.pos] ?? ''
  }
  skip(chars: string): void {
    while (!this.done && chars.includes(this.peek())) this.pos++
  }
  token(): string {
    const start = this.pos
    while (!this.done && TOKEN_CHAR.test(this.peek())) this.pos++
    return this.text.slice(start, this.pos)
  }
  quoted(): string {
    let out = ''
    this.pos++ // opening quote
    while (!this.done) {
      const c = this.text[this.pos++] as string
      if (c === '"') return out
      if (c === '\\' && !this.done) out += this.text[this.pos++]
      else out += c
    }
    return out
  }
  /** True when the next token is followed by `=` (a parameter, not a new scheme). */
  atParam(): boolean {
    const save = this.pos
    this.token()
    this.skip(' \t')
    const isParam = this.peek() === '=' && this.text[this.pos + 1] !== '='
    this.pos = save
    return isParam
  }
}

function parseLine(line: string, out: Challenge[]): void {
  const s = new Scanner(line)
  let current: { scheme: string; params: Record<string, string> } | undefined
  while (!s.done) {
    s.skip(' \t,')
    if (s.done) break
    if (current && s.atParam()) {
      const name = s.token().toLowerCase()
      s.skip(' \t')
      s.pos++ // '='
      s.skip(' \t')
      current.params[name] = s.peek() === '"' ? s.quoted() : s.token()
      continue
    }
    const scheme = s.token()
    if (!scheme) {
      s.pos++ // stray character; skip it rather than loop
      continue
    }
    current = { scheme: scheme.toLowerCase(), params: {} }
    out.push(current)
    s.skip(' \t')
    // token68 form (`Negotiate abc==`): keep it, but it names no parameters.
    if (!s.done && s.peek() !== ',' && !s.atParam()) {
      const start = s.pos
      while (!s.done && s.peek() !== ',') s.pos++
      current.params['token68'] = line.slice(start, s.pos).trim()
    }
  }
}

/** Parses every challenge in one or more `WWW-Authenticate` header values. */
export function parseChallenges(header: string | readonly string[] | undefined): Challenge[] {
  const lines = header === undefined ? [] : typeof header === 'string' ? [header] : header
  const out: Challenge[] = []
  for (const line of lines) parseLine(line, out)
  return out
}

/** Bearer if offered (it carries realm and scope), else Basic; others are not supported. */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return (
    challenges.find(c => c.scheme === 'bearer' && c.params['realm']) ??
    challenges.find(c => c.scheme === 'basic')
  )
}
