/**
 * Registry answers turned into one message each: what was asked, of which
 * registry, what came back (status, error code), and what to do.
 */
import { ActionError } from '../errors.js'
import type { ErrorOptions } from '../errors.js'
import type { NetworkError } from '../transport/errors.js'
import type { TokenError } from '../transport/tokens.js'
import type { Credential } from '../credentials/credential.js'
import { describeCredential } from '../credentials/credential.js'
import { parseRegistryErrorBody } from '../transport/registry-errors.js'
import { retryAfterMs, first } from '../transport/headers.js'
import type { SessionResponse } from '../transport/session.js'

export type FailureKind =
  | 'unauthorized'
  | 'denied'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'unexpected'
  | 'protocol'
  | 'unreachable'

export interface RegistryErrorOptions extends ErrorOptions {
  readonly kind: FailureKind
  readonly status?: number
  /** Distribution error codes from the body: `NAME_UNKNOWN`, `DENIED`, … */
  readonly codes?: readonly string[]
}

/** Failures worth another try later, unless the thrower knows better. */
const TEMPORARY_KINDS = new Set<FailureKind>(['rate-limited', 'server', 'unreachable'])

export class RegistryError extends ActionError {
  readonly kind: FailureKind
  readonly status?: number
  readonly codes: readonly string[]

  constructor(message: string, options: RegistryErrorOptions) {
    super(message, {
      cause: options.cause,
      temporary: options.temporary ?? TEMPORARY_KINDS.has(options.kind)
    })
    this.kind = options.kind
    if (options.status !== undefined) this.status = options.status
    this.codes = options.codes ?? []
  }
}

export interface RequestContext {
  /** `list the tags of library/python`, `resolve the digest of python:3.14`. */
  readonly action: string
  /** `docker.io (registry-1.docker.io)` */
  readonly registry: string
  readonly repository: string
  readonly credential: Credential
  readonly isDockerHub: boolean
}

const LOGIN_HINT =
  "give 'username' and 'password' (a token with read access), or log in with docker/login-action before this step"

export function errorFromResponse(ctx: RequestContext, response: SessionResponse): RegistryError {
  const { codes, summary } = parseRegistryErrorBody(response.body.toString('utf8'))
  const status = `${response.status}${summary ? ` ${summary}` : ''}`
  const asked = `Could not ${ctx.action} on ${ctx.registry}: the registry answered ${status}.`
  const who = describeCredential(ctx.credential)
  const make = (kind: FailureKind, advice: string): RegistryError =>
    new RegistryError(`${asked} ${advice}`, { kind, status: response.status, codes })

  if (response.status === 401) return unauthorized(ctx, response, make)
  if (response.status === 403) {
    return make(
      'denied',
      `Access to '${ctx.repository}' is denied for ${who}. Use credentials that may pull this repository.`
    )
  }
  if (response.status === 404) {
    if (codes.includes('MANIFEST_UNKNOWN') || codes.includes('TAG_INVALID')) {
      return make('not-found', `The tag or manifest does not exist in '${ctx.repository}'.`)
    }
    return make(
      'not-found',
      `Repository '${ctx.repository}' does not exist on this registry (or it has no tags). Check the image name and registry host.`
    )
  }
  if (response.status === 429) {
    return make('rate-limited', rateLimitAdvice(ctx, response))
  }
  if (response.status >= 500) {
    return make(
      'server',
      'The registry kept failing after several retries; it may be down. Try again later.'
    )
  }
  return make(
    'unexpected',
    'This is not an answer the registry API defines; check the registry address.'
  )
}

/** A 401: no way to log in, credentials to give or refused, or (anonymous) no such repository. */
function unauthorized(
  ctx: RequestContext,
  response: SessionResponse,
  make: (kind: FailureKind, advice: string) => RegistryError
): RegistryError {
  const who = describeCredential(ctx.credential)
  const anonymous = ctx.credential.kind === 'anonymous'
  if (response.foreignChallenge) {
    return make(
      'unauthorized',
      `The registry redirected to another host (${response.foreignChallenge}), which asked for credentials; credentials are only sent to the registry and the token service its own challenge names, so it was not answered. Check the registry address, or ask its operator why it redirects there.`
    )
  }
  if (!response.challenge) {
    return make(
      'unauthorized',
      `It sent no WWW-Authenticate challenge, so there is no way to log in; check the registry address.`
    )
  }
  if (response.challenge.scheme === 'basic' && anonymous) {
    return make(
      'unauthorized',
      `This registry needs a user name and password (HTTP Basic): ${LOGIN_HINT}.`
    )
  }
  if (anonymous) {
    const hub = ctx.isDockerHub
      ? ' Docker Hub answers 401 both when a repository does not exist and when it is private.'
      : ''
    return make(
      'not-found',
      `Repository '${ctx.repository}' does not exist or is private.${hub} Check the name; if it is private, ${LOGIN_HINT}.`
    )
  }
  return make(
    'unauthorized',
    `It refused ${who} for '${ctx.repository}': check that they are right, that they grant pull access to this repository, and that the repository name is right.`
  )
}

function rateLimitAdvice(ctx: RequestContext, response: SessionResponse): string {
  const wait = retryAfterMs(response.headers)
  const reset =
    wait !== undefined
      ? ` It can be retried after ${new Date(Date.now() + wait).toISOString()}.`
      : ''
  const limit = first(response.headers['ratelimit-limit'])?.split(';')[0]
  const quota = limit ? ` The limit is ${limit} requests per window.` : ''
  const hub =
    ctx.isDockerHub && ctx.credential.kind === 'anonymous'
      ? ' Anonymous Docker Hub pulls are limited per IP address; logging in raises the limit.'
      : ''
  return `Rate limited (TOOMANYREQUESTS).${quota}${reset}${hub}`
}

/** The registry (or its token service) never answered, or its answer was cut short or too large. */
export function unreachable(ctx: RequestContext, error: NetworkError): RegistryError {
  const asked = `Could not ${ctx.action} on ${ctx.registry}`
  if (error.code === 'ETRUNCATED' || error.code === 'ETOOLARGE') {
    // The registry was reached and misbehaved: say what it did.
    return new RegistryError(`${asked}: ${error.message}`, { kind: 'protocol', cause: error })
  }
  const why = error.code === 'ETIMEDOUT' ? 'it did not answer in time' : error.message
  const tries = error.temporary ? ', after several tries' : ''
  const advice = isCertificateError(error.code)
    ? "Its TLS certificate is not trusted: if it is signed by a private CA, point NODE_EXTRA_CA_CERTS at that CA's certificate; only for a registry without valid TLS, set 'insecure: true'."
    : 'Check the registry host and port, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).'
  return new RegistryError(`${asked}: the registry is unreachable (${why})${tries}. ${advice}`, {
    kind: 'unreachable',
    cause: error,
    temporary: error.temporary
  })
}

function isCertificateError(code: string): boolean {
  return /CERT|UNABLE_TO_|SELF_SIGNED/.test(code)
}

/** The token service refused the credentials or failed. */
export function tokenRefused(ctx: RequestContext, error: TokenError): RegistryError {
  const who = describeCredential(ctx.credential)
  const advice =
    error.status === 401 || error.status === 403
      ? ctx.credential.kind === 'anonymous'
        ? `It does not hand out anonymous tokens: ${LOGIN_HINT}.`
        : `It refused ${who}: check the user name and the password or token, and that the token may read this repository.`
      : "Try again later; if it persists, the registry's token service is failing."
  return new RegistryError(
    `Could not ${ctx.action} on ${ctx.registry}: ${error.message}. ${advice}`,
    { kind: 'unauthorized', status: error.status, cause: error, temporary: error.temporary }
  )
}
