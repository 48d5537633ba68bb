/**
 * ghcr.io release dates from the GitHub Packages API stand-in
 * (lab/release-dates.mjs): pages read only as far as the tags asked need and
 * kept for the next tag, the user endpoint after an organisation's 404, a
 * 403 said once with what to give the job, no token, and a next link that
 * loops.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startPackagesApi } from '../../lab/release-dates.mjs'
import { GHCR_DATE_SOURCE, ghcrTagDates } from '../../src/github/package-versions.js'
import type { Logger } from '../../src/logger.js'
import { Deadline } from '../../src/transport/deadline.js'

const TOKEN = 'ghs_versions-Token-1'
const HOURS: Record<string, number> = { '1.3.0': 2, '1.2.0': 30, '1.1.0': 240, '1.0.0': 2000 }
const versions = Object.entries(HOURS).map(([tag, hoursAgo]) => ({ tags: [tag], hoursAgo }))

interface Recorded {
  method: string
  path: string
  auth: string | null
}
let api: Awaited<ReturnType<typeof startPackagesApi>>
const requests = (): Recorded[] => api.requests as Recorded[]
beforeAll(async () => {
  api = await startPackagesApi({
    versions: { 'octo-org/app': versions, 'octocat/tool': versions },
    token: TOKEN
  })
  api.orgs = ['octo-org']
})
afterAll(() => api.close())
beforeEach(() => {
  api.requests.length = 0
  api.mode = 'ok'
})

function reader(repository: string, token: string | undefined = TOKEN) {
  const warnings: string[] = []
  const log: Logger = { debug: () => {}, info: () => {}, warning: m => void warnings.push(m) }
  const dateOf = ghcrTagDates(
    {
      ...(token && { token }),
      apiUrl: api.url,
      log,
      deadline: new Deadline(30_000),
      requestTimeoutMs: 5_000
    },
    repository
  )
  return { dateOf, warnings }
}

const hoursAgo = (iso: string | undefined) =>
  Math.round((Date.now() - Date.parse(iso ?? '')) / 3_600_000)
const pages = () => requests().map(r => new URL(r.path, 'http://x').searchParams.get('page') ?? '1')

describe('ghcrTagDates', () => {
  it('reads pages only as far as the tag asked, and keeps them for the next tag', async () => {
    const { dateOf } = reader('octo-org/app')
    const newest = await dateOf('1.3.0')
    expect(newest.source).toBe(GHCR_DATE_SOURCE)
    expect(hoursAgo(newest.date)).toBe(2)
    expect(hoursAgo((await dateOf('1.2.0')).date)).toBe(30)
    expect(pages()).toEqual(['1'])
    expect(hoursAgo((await dateOf('1.1.0')).date)).toBe(240)
    expect(pages()).toEqual(['1', '2'])
    expect(requests().every(r => r.auth === 'token')).toBe(true)
  })

  it('a user: the organisation endpoint answers 404, then the user endpoint', async () => {
    const { dateOf } = reader('octocat/tool')
    expect(hoursAgo((await dateOf('1.0.0')).date)).toBe(2000)
    expect(requests().map(r => r.path.split('?')[0])).toEqual([
      '/orgs/octocat/packages/container/tool/versions',
      '/users/octocat/packages/container/tool/versions',
      '/users/octocat/packages/container/tool/versions'
    ])
  })

  it('a tag no version carries has no date, after every page', async () => {
    const { dateOf } = reader('octo-org/app')
    expect(await dateOf('9.9.9')).toEqual({
      source: GHCR_DATE_SOURCE,
      why: 'no package version carries this tag'
    })
    expect(api.requests).toHaveLength(2)
  })

  it('a 403: no date, the fix said, one warning and no more requests', async () => {
    api.mode = 'no-scope'
    const { dateOf, warnings } = reader('octo-org/app')
    const first = await dateOf('1.3.0')
    expect(first.date).toBeUndefined()
    expect(first.why).toContain('`permissions: packages: read`')
    await dateOf('1.2.0')
    expect(api.requests).toHaveLength(1)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('ghcr.io/octo-org/app: no release dates')
  })

  it('no token: no request', async () => {
    const { dateOf } = reader('octo-org/app', '')
    expect((await dateOf('1.3.0')).why).toBe('no github-token to read the GitHub Packages API with')
    expect(api.requests).toEqual([])
  })

  it('a next link back to the page read ends the versions', async () => {
    api.mode = 'loop'
    const { dateOf } = reader('octo-org/app')
    expect((await dateOf('1.0.0')).why).toBe('no package version carries this tag')
    expect(api.requests).toHaveLength(1)
  })
})
