/**
 * Redirects: where one may lead (`redirected`), and the layer that follows
 * them through the exchange under it, hop by hop, at most five.
 */
import { describe, expect, it } from '@jest/globals'
import { UnsafeRequestError } from '../../src/transport/errors.js'
import { followRedirects, redirected } from '../../src/transport/redirects.js'
import type { Exchange, HttpRequest } from '../../src/transport/types.js'
import { answer } from './exchanges.js'

describe('redirected', () => {
  const request = {
    method: 'HEAD' as const,
    url: 'x',
    headers: { Authorization: 'Bearer t', Accept: 'a' }
  }
  const never = () => false

  it('keeps Authorization on the same host and drops it on another', () => {
    const same = redirected(request, 307, 'https://r.example/v2/a', '/v2/b?x=1', never)
    expect(same).toEqual({
      method: 'HEAD',
      url: 'https://r.example/v2/b?x=1',
      headers: request.headers
    })
    const away = redirected(
      request,
      302,
      'https://r.example/v2/a',
      'https://cdn.example/blob',
      never
    )
    expect(away.headers).toEqual({ Accept: 'a' })
  })

  it('turns a 303 into a GET', () => {
    expect(redirected(request, 303, 'https://r.example/a', '/b', never).method).toBe('GET')
  })

  it('refuses HTTPS → HTTP unless the target may use plain HTTP', () => {
    expect(() =>
      redirected(request, 301, 'https://r.example/v2/', 'http://r.example/v2/', never)
    ).toThrow(
      'https://r.example/v2/ redirected to plain HTTP (http://r.example/v2/); refusing the downgrade.'
    )
    expect(
      redirected(request, 301, 'https://r.example/v2/', 'http://r.example/v2/', () => true).url
    ).toBe('http://r.example/v2/')
  })

  it('refuses a Location that is not http(s)', () => {
    expect(() =>
      redirected(request, 302, 'https://r.example/a', 'ftp://r.example/a', never)
    ).toThrow(
      "Refusing the redirect from https://r.example/a to ftp://r.example/a: the URL scheme 'ftp' is refused"
    )
  })
})

/** An exchange that redirects by a table of URL → [status, Location]; any other URL answers 200. */
function redirecting(table: Record<string, [number, string]>) {
  const seen: HttpRequest[] = []
  const exchange: Exchange = async request => {
    seen.push(request)
    const hop = table[request.url]
    return hop ? answer(request, hop[0], { location: hop[1] }) : answer(request, 200)
  }
  return { exchange, seen }
}

const never = () => false

describe('followRedirects', () => {
  it('follows each hop through the exchange under it, dropping Authorization off the host', async () => {
    const { exchange, seen } = redirecting({
      'https://r.example/v2/a/manifests/1': [307, '/v2/a/manifests/sha256:1'],
      'https://r.example/v2/a/manifests/sha256:1': [302, 'https://cdn.example/blob?sig=x']
    })
    const response = await followRedirects(never)(exchange)({
      method: 'GET',
      url: 'https://r.example/v2/a/manifests/1',
      headers: { Authorization: 'Bearer t', Accept: 'application/json' },
      maxBodyBytes: 1024
    })
    expect(response).toMatchObject({ status: 200, url: 'https://cdn.example/blob?sig=x' })
    expect(seen.map(r => [r.url, r.headers?.['Authorization'] ?? null, r.maxBodyBytes])).toEqual([
      ['https://r.example/v2/a/manifests/1', 'Bearer t', 1024],
      ['https://r.example/v2/a/manifests/sha256:1', 'Bearer t', 1024],
      ['https://cdn.example/blob?sig=x', null, 1024]
    ])
  })

  it('stops after five hops and returns the redirect itself', async () => {
    const table: Record<string, [number, string]> = {}
    for (let n = 0; n < 10; n++) table[`https://r.example/${n}`] = [301, `/${n + 1}`]
    const { exchange, seen } = redirecting(table)
    const response = await followRedirects(never)(exchange)({
      method: 'GET',
      url: 'https://r.example/0'
    })
    expect(seen).toHaveLength(6)
    expect(response).toMatchObject({ status: 301, url: 'https://r.example/5' })
  })

  it('returns a redirect without a Location, and a 304, as answers', async () => {
    const { exchange, seen } = redirecting({ 'https://r.example/a': [304, '/b'] })
    const response = await followRedirects(never)(exchange)({
      method: 'HEAD',
      url: 'https://r.example/a'
    })
    expect(response.status).toBe(304)
    const bare: Exchange = async request => answer(request, 302)
    expect(
      (await followRedirects(never)(bare)({ method: 'GET', url: 'https://r.example/a' })).status
    ).toBe(302)
    expect(seen).toHaveLength(1)
  })

  it('refuses a downgrade to plain HTTP unless the target may use it', async () => {
    const table: Record<string, [number, string]> = {
      'https://localhost:5000/v2/': [301, 'http://localhost:5000/v2/'],
      'https://r.example/v2/': [301, 'http://r.example/v2/']
    }
    const loopback = (host: string) => host.startsWith('localhost')
    const { exchange } = redirecting(table)
    const follow = followRedirects(loopback)(exchange)
    expect((await follow({ method: 'GET', url: 'https://localhost:5000/v2/' })).url).toBe(
      'http://localhost:5000/v2/'
    )
    await expect(follow({ method: 'GET', url: 'https://r.example/v2/' })).rejects.toThrow(
      UnsafeRequestError
    )
  })
})
