import { describe, expect, it } from '@jest/globals'
import { parseTokenResponse, tokenKey } from '../../src/transport/tokens.js'

const NOW = Date.parse('2026-11-22T10:00:00Z')

describe('parseTokenResponse', () => {
  // prettier-ignore
  it.each([
    ['Docker Hub', { token: 't1', access_token: 't1', expires_in: 300, issued_at: '2026-11-22T10:00:00Z' }, 't1', 295_000],
    ['access_token only (ACR)', { access_token: 'a1', expires_in: 3600 }, 'a1', 3_595_000],
    ['token only, no expires_in (docker.elastic.co)', { token: 'e1' }, 'e1', 55_000],
    ['too short a life is raised to 60 s', { token: 's', expires_in: 5 }, 's', 55_000],
    ['access_token preferred when both differ', { token: 'old', access_token: 'new', expires_in: 60 }, 'new', 55_000],
    // The registry's clock is behind ours: the token lives its expires_in from when it came.
    ['issued in the past', { token: 'p', expires_in: 300, issued_at: '2026-11-22T09:58:00Z' }, 'p', 295_000],
    ['issued an hour before', { token: 'h', expires_in: 300, issued_at: '2026-11-22T09:00:00Z' }, 'h', 295_000],
    ['clock ahead of ours', { token: 'f', expires_in: 300, issued_at: '2026-11-22T11:00:00Z' }, 'f', 295_000]
  ])('%s', (_name, body, value, lifetime) => {
    const token = parseTokenResponse(JSON.stringify(body), NOW)
    expect(token).toEqual({ value, expiresAt: NOW + lifetime })
  })

  it.each(['not json', '{}', '{"token":""}'])('refuses %j', body => {
    expect(() => parseTokenResponse(body, NOW)).toThrow()
  })
})

describe('tokenKey', () => {
  it('does not depend on scope order', () => {
    expect(tokenKey({ realm: 'r', service: 's', scopes: ['b', 'a'] })).toBe(
      tokenKey({ realm: 'r', service: 's', scopes: ['a', 'b'] })
    )
  })
})
