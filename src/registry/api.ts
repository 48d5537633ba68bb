/**
 * One registry as the registry calls see it: its base URL, the session that
 * answers its challenges, and the translation of transport and token
 * failures into registry errors that say what was asked of which registry.
 */
import type { Credential } from '../credentials/credential.js'
import type { Logger } from '../logger.js'
import { silentLogger } from '../logger.js'
import { DOCKER_HUB } from '../reference.js'
import { NetworkError, RetryAfterError } from '../transport/errors.js'
import type { HttpRequest } from '../transport/types.js'
import type { RegistrySession, SessionResponse } from '../transport/session.js'
import { TokenError } from '../transport/tokens.js'
import type { RequestContext } from './failures.js'
import { RegistryError, errorFromResponse, tokenRefused, unreachable } from './failures.js'
import type { RateLimit } from './rate-limit.js'
import { readRateLimit } from './rate-limit.js'

/** A more telling error for a failed answer (or a failure with none), or undefined for the generic one. */
export type Explain = (failure: SessionResponse | RegistryError) => RegistryError | undefined

/** Where a registry lives: its canonical name and the host[:port] to connect to. */
export interface RegistryHost {
  /** `docker.io`, `ghcr.io`, `localhost:5000` */
  readonly registry: string
  /** `registry-1.docker.io` for Docker Hub; else the same as `registry`. */
  readonly endpoint: string
}

export class RegistryApi {
  readonly base: string
  /** The registry's pull quota, from the last answer that reported one. */
  rateLimit?: RateLimit

  constructor(
    readonly host: RegistryHost,
    private readonly session: RegistrySession,
    readonly log: Logger = silentLogger
  ) {
    this.base = `https://${host.endpoint}`
  }

  get credential(): Credential {
    return this.session.credential
  }

  context(action: string, repository: string): RequestContext {
    const { registry, endpoint } = this.host
    return {
      action,
      registry: endpoint === registry ? registry : `${registry} (${endpoint})`,
      repository,
      credential: this.session.credential,
      isDockerHub: registry === DOCKER_HUB
    }
  }

  /** Sends through the session; transport and token failures become registry errors with context. */
  async send(request: HttpRequest, scope: string, ctx: RequestContext): Promise<SessionResponse> {
    let response: SessionResponse
    try {
      response = await this.session.send(request, scope)
    } catch (error) {
      if (error instanceof NetworkError) throw unreachable(ctx, error)
      if (error instanceof RetryAfterError) throw waitRefused(ctx, error)
      if (error instanceof TokenError) throw tokenRefused(ctx, error)
      throw error
    }
    this.rateLimit = readRateLimit(response.headers) ?? this.rateLimit
    return response
  }

  /**
   * Like `send`, but anything but 200 is an error: `explain`'s, when the
   * caller knows more than the generic one (the catalog's refusals), else
   * the generic error.
   */
  async fetch(
    request: HttpRequest,
    scope: string,
    ctx: RequestContext,
    explain?: Explain
  ): Promise<SessionResponse> {
    let response: SessionResponse
    try {
      response = await this.send(request, scope, ctx)
    } catch (error) {
      throw (error instanceof RegistryError && explain?.(error)) || error
    }
    if (response.status !== 200) throw explain?.(response) ?? errorFromResponse(ctx, response)
    return response
  }
}

/** A 429 or 5xx asking for a longer wait than the step has: the registry's own words, then the wait. */
function waitRefused(ctx: RequestContext, error: RetryAfterError): RegistryError {
  const explained = errorFromResponse(ctx, { ...error.response, sentAuth: 'none' })
  return new RegistryError(`${explained.message} ${error.message}`, {
    kind: explained.kind,
    ...(explained.status !== undefined && { status: explained.status }),
    codes: explained.codes,
    cause: error,
    temporary: true
  })
}

/** `repository:<name>:pull`, the scope every read of a repository needs. */
export function pullScope(repository: string): string {
  return `repository:${repository}:pull`
}

export const CATALOG_SCOPE = 'registry:catalog:*'
