/**
 * Docker Hub's tags API as the date source: tag_last_pushed of the one tag
 * asked, and every other answer no date with why (never a failure). A
 * scripted server stands in for hub.docker.com.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { HubSession } from '../../src/registry/dockerhub-login.js'
import { HUB_DATE_SOURCE, hubTagDate } from '../../src/registry/dockerhub-tags.js'
import { silentLogger } from '../../src/logger.js'
import { HttpTransport } from '../../src/transport/http.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

/** What the server answers, by the tag asked. */
const ANSWERS: Record<string, { status: number; body: string }> = {
  '1.2.0': {
    status: 200,
    body: '{"name":"1.2.0","tag_last_pushed":"2026-07-01T09:30:00.123456Z"}'
  },
  never: { status: 200, body: '{"name":"never","tag_last_pushed":"0001-01-01T00:00:00Z"}' },
  none: { status: 200, body: '{"name":"none"}' },
  html: { status: 200, body: '<html>hub</html>' },
  limited: { status: 429, body: '{"message":"Too Many Requests"}' }
}

let hub: Scripted
let http: HttpTransport
let session: HubSession
beforeAll(async () => {
  hub = await scriptedServer((req, res) => {
    const tag = decodeURIComponent((req.url ?? '').split('/').pop() ?? '')
    const answer = ANSWERS[tag] ?? {
      status: 404,
      body: '{"message":"httperror 404: tag not found"}'
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
  })
  http = new HttpTransport({ maxRetries: 0, idleTimeoutMs: 2000 })
  session = new HubSession({
    http,
    credential: ANONYMOUS,
    onSecret: () => {},
    log: silentLogger,
    baseUrl: hub.url
  })
})
afterAll(async () => {
  http.dispose()
  await hub.close()
})

describe('hubTagDate', () => {
  it('reads tag_last_pushed of the tag asked, anonymously', async () => {
    expect(await hubTagDate(session, 'library/python', '1.2.0')).toEqual({
      date: '2026-07-01T09:30:00.123Z',
      source: HUB_DATE_SOURCE
    })
    expect(hub.seen.at(-1)).toEqual({
      method: 'GET',
      path: '/v2/namespaces/library/repositories/python/tags/1.2.0'
    })
  })

  it.each([
    ['never', 'the answer has no usable tag_last_pushed'],
    ['none', 'the answer has no usable tag_last_pushed'],
    ['html', 'the answer was not a JSON object'],
    ['gone', 'the Hub API does not know this tag (404)']
  ])('%s: no date, because %s', async (tag, why) => {
    expect(await hubTagDate(session, 'team/app', tag)).toEqual({ source: HUB_DATE_SOURCE, why })
  })

  it('a rate limit is no date, saying so, not a failure', async () => {
    const answer = await hubTagDate(session, 'team/app', 'limited')
    expect(answer.date).toBeUndefined()
    expect(answer.why).toContain('rate limited (429)')
  })
})
