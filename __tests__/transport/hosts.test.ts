import { describe, expect, it } from '@jest/globals'
import { UnsafeRequestError } from '../../src/transport/errors.js'
import {
  assertFetchableUrl,
  bareHostname,
  hostPortOf,
  isLoopbackHost,
  redactUrl
} from '../../src/transport/hosts.js'

describe('assertFetchableUrl', () => {
  it.each(['https://ghcr.io/token?scope=x', 'http://localhost:5000/v2/', 'HTTPS://[::1]:5000/v2/'])(
    'accepts %s',
    url => expect(assertFetchableUrl(url, 'token realm').href).toBe(new URL(url).href)
  )

  // prettier-ignore
  it.each([
    ['ftp://evil.example/x?token=t', "Refusing the token realm ftp://evil.example/x: the URL scheme 'ftp' is refused; only http and https are fetched."],
    ['ws://evil.example/socket', "Refusing the token realm ws://evil.example/socket: the URL scheme 'ws' is refused; only http and https are fetched."],
    ['file:///etc/passwd', "Refusing the token realm file:///etc/passwd: the URL scheme 'file' is refused; only http and https are fetched."],
    ['javascript:alert(1)', "Refusing the token realm javascript:…: the URL scheme 'javascript' is refused; only http and https are fetched."],
    ['data:text/plain;base64,c2VjcmV0', "Refusing the token realm data:…: the URL scheme 'data' is refused; only http and https are fetched."],
    ['not a url', 'Refusing the token realm: it is not a valid URL.']
  ])('refuses %s', (url, message) => {
    expect(() => assertFetchableUrl(url, 'token realm')).toThrow(UnsafeRequestError)
    expect(() => assertFetchableUrl(url, 'token realm')).toThrow(message)
  })
})

describe('redactUrl', () => {
  // prettier-ignore
  it.each([
    ['https://user:pass@ghcr.io/v2/a/tags/list?n=100&token=t', 'https://ghcr.io/v2/a/tags/list'],
    ['http://[::1]:5000/v2/', 'http://[::1]:5000/v2/'],
    ['javascript:alert(1)', 'javascript:…'],
    ['nonsense', '<invalid url>']
  ])('%s → %s', (url, shown) => expect(redactUrl(url)).toBe(shown))
})

describe('host helpers', () => {
  it.each([
    ['[::1]', '::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['ghcr.io', 'ghcr.io']
  ])('bareHostname(%s) is %s', (hostname, bare) => expect(bareHostname(hostname)).toBe(bare))

  it.each([
    ['https://ghcr.io/v2/', 'ghcr.io:443'],
    ['http://ghcr.io/v2/', 'ghcr.io:80'],
    ['https://ghcr.io:443/v2/', 'ghcr.io:443'],
    ['https://[::1]:5000/v2/', '[::1]:5000']
  ])('hostPortOf(%s) is %s', (url, key) => expect(hostPortOf(new URL(url))).toBe(key))

  it.each([
    ['localhost:5000', true],
    ['registry.localhost', true],
    ['127.0.0.2:5000', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['10.0.0.1:5000', false]
  ])('isLoopbackHost(%s) is %s', (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback))
})
