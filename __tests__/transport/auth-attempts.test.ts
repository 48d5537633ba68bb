/**
 * What one request may still offer a registry: the docker config's registry
 * token once, and each token request (realm, service, scopes) once, so a
 * registry repeating its challenge ends the exchange instead of looping.
 */
import { describe, expect, it } from '@jest/globals'
import { AuthAttempts } from '../../src/transport/auth-attempts.js'
import type { TokenRequest } from '../../src/transport/tokens.js'

const HUB: TokenRequest = {
  realm: 'https://auth.docker.io/token',
  service: 'registry.docker.io',
  scopes: ['repository:library/python:pull']
}

describe('AuthAttempts', () => {
  it('offers the registry token once', () => {
    const attempts = new AuthAttempts()
    expect(attempts.mayTryRegistryToken()).toBe(true)
    expect(attempts.mayTryRegistryToken()).toBe(false)
    expect(attempts.mayTryRegistryToken()).toBe(false)
  })

  it('keeps the registry token apart from token requests', () => {
    const attempts = new AuthAttempts()
    expect(attempts.mayTry(HUB)).toBe(true)
    expect(attempts.mayTryRegistryToken()).toBe(true)
  })

  // prettier-ignore
  const AFTER_HUB: [string, TokenRequest, boolean][] = [
    ['the same challenge again', HUB, false],
    ['a new scope (insufficient_scope)', { ...HUB, scopes: ['repository:library/python:pull', 'repository:library/node:pull'] }, true],
    ['another service', { ...HUB, service: 'ghcr.io' }, true],
    ['no service', { realm: HUB.realm, scopes: HUB.scopes }, true],
    ['another realm', { ...HUB, realm: 'https://ghcr.io/token' }, true]
  ]
  it.each(AFTER_HUB)(
    'after the Hub token request, %s may be tried: %s',
    (_what, next, expected) => {
      const attempts = new AuthAttempts()
      expect(attempts.mayTry(HUB)).toBe(true)
      expect(attempts.mayTry(next)).toBe(expected)
    }
  )

  it('orders scopes before comparing', () => {
    const attempts = new AuthAttempts()
    const two = ['repository:a/b:pull', 'repository:c/d:pull']
    expect(attempts.mayTry({ realm: 'https://r.example/token', scopes: two })).toBe(true)
    expect(attempts.mayTry({ realm: 'https://r.example/token', scopes: [...two].reverse() })).toBe(
      false
    )
  })
})
