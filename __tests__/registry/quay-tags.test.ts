/**
 * quay.io's tag API as the date source: the active tag's start_ts, and
 * every other answer (a refusal, not JSON, the wrong shape, another tag, an
 * absurd time) no date, with why. A scripted server stands in for quay.io.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { QUAY_DATE_SOURCE, quayTagDate } from '../../src/registry/quay-tags.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const PUSHED = Math.floor(Date.UTC(2026, 6, 1, 9, 30) / 1000)
/** What the server answers, by the repository asked. */
const ANSWERS: Record<string, { status: number; body: string }> = {
  'ns/ok': {
    status: 200,
    body: JSON.stringify({ tags: [{ name: '1.2.0', start_ts: PUSHED }], has_additional: false })
  },
  'ns/private': { status: 401, body: '{"error":"Unauthorized"}' },
  'ns/html': { status: 200, body: '<html>maintenance</html>' },
  'ns/shape': { status: 200, body: '{"tags":{"1.2.0":1}}' },
  'ns/other': {
    status: 200,
    body: JSON.stringify({ tags: [{ name: '1.2.1', start_ts: PUSHED }] })
  },
  'ns/absurd': { status: 200, body: JSON.stringify({ tags: [{ name: '1.2.0', start_ts: 1e12 }] }) }
}

let quay: Scripted
let http: HttpTransport
beforeAll(async () => {
  quay = await scriptedServer((req, res) => {
    const repo = /^\/api\/v1\/repository\/(.+)\/tag\//.exec(req.url ?? '')?.[1] ?? ''
    const answer = ANSWERS[decodeURIComponent(repo)] ?? { status: 404, body: '{}' }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
  })
  http = new HttpTransport({ maxRetries: 0, idleTimeoutMs: 2000 })
})
afterAll(async () => {
  http.dispose()
  await quay.close()
})

describe('quayTagDate', () => {
  it('reads start_ts of the tag asked, by specificTag', async () => {
    expect(await quayTagDate(http, 'ns/ok', '1.2.0', quay.url)).toEqual({
      date: '2026-07-01T09:30:00.000Z',
      source: QUAY_DATE_SOURCE
    })
    const asked = new URL(quay.seen.at(-1)!.path, quay.url)
    expect(asked.pathname).toBe('/api/v1/repository/ns/ok/tag/')
    expect(asked.searchParams.get('specificTag')).toBe('1.2.0')
    expect(asked.searchParams.get('onlyActiveTags')).toBe('true')
    expect(quay.seen.at(-1)!.authorization).toBeUndefined()
  })

  it.each([
    ['ns/private', "quay.io's API answered 401: it shows dates of public repositories only"],
    ['ns/html', 'the answer was not a JSON object'],
    ['ns/shape', "the answer has no 'tags' list"],
    ['ns/other', 'no active tag of that name with a start_ts'],
    ['ns/absurd', 'no active tag of that name with a start_ts'],
    ['ns/missing', "quay.io's API answered 404"]
  ])('%s: no date, because %s', async (repository, why) => {
    expect(await quayTagDate(http, repository, '1.2.0', quay.url)).toEqual({
      source: QUAY_DATE_SOURCE,
      why
    })
  })
})
