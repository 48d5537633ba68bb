/**
 * WWW-Authenticate parsing (RFC 7235 §4.1, RFC 6750 §3). Registries send
 * several challenges on several header lines or comma-joined on one line,
 * with quoted strings that may carry backslash escapes. And what a realm
 * named by a challenge may be.
 */
import { UnsafeRequestError } from './errors.js'
import { assertFetchableUrl, hostnameOf, isLoopbackHost, redactUrl } from './hosts.js'

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

/** What a realm check needs to know about the registry and the request it would make. */
export interface RealmPolicy {
  /** host[:port] of the registry whose own challenge named the realm. */
  readonly registry: string
  /** The token request would carry the user's credential (Basic, or a refresh token). */
  readonly withCredential: boolean
  /** True when plain HTTP may carry credentials to a host (loopback, or `insecure`). */
  readonly allowsPlainHttp: (host: string) => boolean
}

/** A realm we will not ask for a token: a scheme that is not HTTP, clear text, an inner address. */
export class RealmRefusedError extends UnsafeRequestError {}

/**
 * The realm as an absolute URL (a relative one is resolved against the URL
 * that answered), or a RealmRefusedError saying why it may not be asked.
 * Modelled on go-containerregistry's validateRealmURL.
 */
export function checkRealm(realm: string, base: string, policy: RealmPolicy): string {
  const { registry } = policy
  let absolute: string
  try {
    absolute = new URL(realm, base).href
  } catch (error) {
    throw new RealmRefusedError(
      `The registry ${registry} named a token realm that is not a URL; refusing to use it.`,
      { cause: error }
    )
  }
  let url: URL
  try {
    url = assertFetchableUrl(absolute, 'token realm')
  } catch (error) {
    const scheme = absolute.slice(0, absolute.indexOf(':'))
    throw new RealmRefusedError(
      `The registry ${registry} named the token realm ${redactUrl(absolute)}: the URL scheme '${scheme}' is refused; only http and https are fetched.`,
      { cause: error }
    )
  }
  if (url.protocol === 'http:' && policy.withCredential && !policy.allowsPlainHttp(url.host)) {
    throw new RealmRefusedError(
      `Refusing to send credentials over plain HTTP to ${url.host}: the registry ${registry} named the token realm ${redactUrl(url.href)}. Its token service must use HTTPS.`
    )
  }
  const inner = innerAddress(url.hostname)
  const sameHost = hostnameOf(registry).toLowerCase() === url.hostname.toLowerCase()
  if (inner && !sameHost && (inner === 'link-local' || !isLoopbackHost(registry))) {
    throw new RealmRefusedError(
      `Refusing to ask ${url.host} for a token: the registry ${registry} named a realm at a ${inner} address (${redactUrl(url.href)}), which only the registry's own host may use.`
    )
  }
  return url.href
}

/** Addresses a registry elsewhere must not make us call: cloud metadata (link-local) and this machine. */
function innerAddress(hostname: string): 'link-local' | 'loopback' | undefined {
  const h = hostname.toLowerCase()
  // IPv4, and IPv4-mapped IPv6 as the URL parser writes it ([::ffff:a9fe:a9fe] is 169.254.169.254).
  if (/^169\.254\./.test(h) || /^\[::ffff:a9fe:/.test(h)) return 'link-local'
  if (/^\[fe[89ab][0-9a-f]:/.test(h) || h === '[fd00:ec2::254]') return 'link-local'
  if (isLoopbackHost(h) || h === '0.0.0.0' || h === '[::]' || /^\[::ffff:7f/.test(h))
    return 'loopback'
  return undefined
}
