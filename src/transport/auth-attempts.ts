/**
 * What one request has already offered a registry in answer to its 401s, so
 * that no challenge is answered twice: the same challenge again means the
 * registry refused what we sent, and answering it again would loop.
 *
 * Two things are tracked, each for its own reason:
 * - the registry token from the docker config (sent as is, no exchange):
 *   offered once; a second 401 means the registry does not take it;
 * - the token requests made for Bearer challenges, by their cache key
 *   (realm, service, sorted scopes): one try each. An `insufficient_scope`
 *   challenge naming a new scope is a new request and earns its own try.
 * Basic needs no record here: what was sent already says whether the
 * password was offered.
 */
import type { TokenRequest } from './tokens.js'
import { tokenKey } from './tokens.js'

export class AuthAttempts {
  private registryTokenOffered = false
  private readonly tokenRequests = new Set<string>()

  /** True the first time only: the registry token is offered once per request. */
  mayTryRegistryToken(): boolean {
    if (this.registryTokenOffered) return false
    this.registryTokenOffered = true
    return true
  }

  /** True the first time only for this realm, service and set of scopes. */
  mayTry(request: TokenRequest): boolean {
    const key = tokenKey(request)
    if (this.tokenRequests.has(key)) return false
    this.tokenRequests.add(key)
    return true
  }
}
