/**
 * What the transport refuses before an attempt leaves: credentials over
 * plain HTTP to a host that may not use it, and a start after the deadline.
 * The exchange under the guard must not be reached when it refuses.
 */
import { describe, expect, it } from '@jest/globals'
import { Deadline, DeadlineError } from '../../src/transport/deadline.js'
import { UnsafeRequestError } from '../../src/transport/errors.js'
import { refusePlainHttpCredentials, startWithinDeadline } from '../../src/transport/guards.js'
import { isLoopbackHost } from '../../src/transport/hosts.js'
import type { HttpRequest } from '../../src/transport/types.js'
import { scriptedExchange } from './exchanges.js'

describe('refusePlainHttpCredentials', () => {
  // prettier-ignore
  it.each<[string, Record<string, string> | undefined, boolean]>([
    ['http://registry.example:5000/v2/', { Authorization: 'Basic YTpi' }, false],
    ['http://registry.example/v2/', { authorization: 'Bearer t' }, false],
    ['http://localhost:5000/v2/', { Authorization: 'Basic YTpi' }, true],
    ['http://127.0.0.1:5000/v2/', { Authorization: 'Bearer t' }, true],
    ['http://[::1]:5000/v2/', { Authorization: 'Bearer t' }, true],
    ['https://registry.example/v2/', { Authorization: 'Bearer t' }, true],
    ['http://registry.example/v2/', { Accept: 'application/json' }, true],
    ['http://registry.example/v2/', undefined, true]
  ])('%s with %j is sent: %s', async (url, headers, sent) => {
    const script = scriptedExchange([{ status: 200 }])
    const guarded = refusePlainHttpCredentials(isLoopbackHost)(script.exchange)
    const request: HttpRequest = { method: 'GET', url, ...(headers && { headers }) }
    if (sent) expect((await guarded(request)).status).toBe(200)
    else {
      await expect(guarded(request)).rejects.toThrow(UnsafeRequestError)
      await expect(guarded(request)).rejects.toThrow(
        `Refusing to send credentials over plain HTTP to ${new URL(url).host}. Use HTTPS, or set 'insecure: true' if this registry really has no TLS.`
      )
    }
    expect(script.seen).toHaveLength(sent ? 1 : 0)
  })
})

describe('startWithinDeadline', () => {
  it('starts nothing once the deadline has passed, naming the request without its query', async () => {
    const script = scriptedExchange([{ status: 200 }])
    const late = startWithinDeadline(new Deadline(0))(script.exchange)
    const request: HttpRequest = {
      method: 'HEAD',
      url: 'https://r.example/v2/a/manifests/1?t=s3cret'
    }
    await expect(late(request)).rejects.toThrow(DeadlineError)
    await expect(late(request)).rejects.toThrow(
      "The step's timeout (0 s) ran out while starting HEAD https://r.example/v2/a/manifests/1. Raise the 'timeout' input if the registry is only slow."
    )
    expect(script.seen).toEqual([])
  })

  it('passes the request on while time is left', async () => {
    const script = scriptedExchange([{ status: 204 }])
    const request: HttpRequest = { method: 'GET', url: 'https://r.example/v2/' }
    expect((await startWithinDeadline(new Deadline(60_000))(script.exchange)(request)).status).toBe(
      204
    )
    expect(script.seen).toEqual([request])
  })
})
