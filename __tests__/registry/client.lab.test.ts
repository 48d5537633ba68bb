import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { closeAll, front } from '../helpers/action.js'
import { RegistryError } from '../../src/registry/failures.js'
import { parsePlatform } from '../../src/registry/platform.js'
import { basic, disposeRigs, rig } from '../helpers/client.js'
import { lab } from '../helpers/lab.js'

afterEach(disposeRigs)
afterAll(closeAll)

const L = lab()
const BIG = 5000

describe('listTags', () => {
  it('reads every tag of a registry that ignores n (distribution 2.8)', async () => {
    const { tags, pages } = await rig().client(`${L.token.host}/big/many`).listTags()
    expect(tags).toHaveLength(BIG)
    expect(pages).toBe(1)
  })

  it.each([
    ['relative', 100, 50],
    ['absolute', 100, 50],
    ['relative', 1000, 5]
  ])('follows %s Links with a page cap of %d', async (link, pageCap, pages) => {
    const f = await front({ pageCap, link })
    const r = rig()
    const result = await r.client(`${f.host}/big/many`).listTags()
    expect(new Set(result.tags).size).toBe(BIG)
    expect(result.pages).toBe(pages)
  })

  it('pages a registry that pages silently (no Link) through last=', async () => {
    const f = await front({ pageCap: 1000, link: 'none' })
    const result = await rig().client(`${f.host}/big/many`).listTags()
    expect(result.tags).toHaveLength(BIG)
    expect(result.pages).toBe(6) // five full pages and an empty one
  })

  it('refuses a next-page Link to another host', async () => {
    const f = await front({ pageCap: 100, link: 'foreign' })
    await expect(rig().client(`${f.host}/big/many`).listTags()).rejects.toThrow(
      /another host \(127\.0\.0\.2:9\); refusing/
    )
  })

  it('refuses to choose from a partial list past the page cap', async () => {
    const f = await front({ pageCap: 100 })
    await expect(rig().client(`${f.host}/big/many`, { maxPages: 10 }).listTags()).rejects.toThrow(
      /after 10 pages \(1000 tags\)/
    )
  })

  it('stops on a Link back to a page it read', async () => {
    const f = await front({
      faults: [
        {
          match: /tags\/list/,
          times: 5,
          status: 200,
          headers: {
            link: '</v2/sample/app/tags/list?n=1000>; rel="next"',
            'content-type': 'application/json'
          },
          body: '{"name":"sample/app","tags":["1.0"]}'
        }
      ]
    })
    const r = rig()
    expect((await r.client(`${f.host}/sample/app`).listTags()).tags).toEqual(['1.0'])
    expect(r.warnings.join()).toMatch(/already read/)
  })

  it('reads "tags": null as no tags', async () => {
    const f = await front({
      faults: [{ match: /tags\/list/, status: 200, body: '{"name":"sample/app","tags":null}' }]
    })
    expect((await rig().client(`${f.host}/sample/app`).listTags()).tags).toEqual([])
  })

  it('rides out 429 with Retry-After and a 503 with an HTML body', async () => {
    const f = await front({
      faults: [
        {
          match: /tags\/list/,
          status: 429,
          headers: { 'retry-after': '1' },
          body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}'
        },
        {
          match: /tags\/list/,
          status: 503,
          headers: { 'content-type': 'text/html' },
          body: '<html><title>503 Service Unavailable</title></html>'
        }
      ]
    })
    expect((await rig().client(`${f.host}/sample/app`).listTags()).tags.length).toBeGreaterThan(5)
  })
})

describe('errors', () => {
  it('explains a repository that does not exist', async () => {
    const err = await rig()
      .client(`${L.open.host}/no/such`)
      .listTags()
      .catch(e => e)
    expect(err).toBeInstanceOf(RegistryError)
    expect(err.message).toMatch(
      /^Could not list the tags of 'no\/such' on 127\.0\.0\.1:\d+: the registry answered 404 NAME_UNKNOWN/
    )
    expect(err.message).toMatch(/does not exist on this registry/)
  })

  it('explains a private repository asked for anonymously', async () => {
    const err = await rig()
      .client(`${L.token.host}/private/app`)
      .listTags()
      .catch(e => e)
    expect(err.message).toMatch(
      /answered 401 UNAUTHORIZED.*does not exist or is private.*give 'username' and 'password'/
    )
  })

  it('explains refused credentials without showing them', async () => {
    const err = await rig(basic('alice', 'wrong-pw-123'))
      .client(`${L.token.host}/sample/app`)
      .listTags()
      .catch(e => e)
    expect(err.message).toMatch(
      /It refused credentials from the test: check the user name and the password/
    )
    expect(err.message).not.toContain('wrong-pw-123')
  })

  it('explains a Basic registry asked anonymously', async () => {
    const err = await rig()
      .client(`${L.basic.host}/sample/app`)
      .listTags()
      .catch(e => e)
    expect(err.message).toMatch(/needs a user name and password \(HTTP Basic\)/)
  })

  it('explains a rate limit with the reset time', async () => {
    const f = await front({
      faults: [
        {
          match: /tags\/list/,
          times: 9,
          status: 429,
          headers: { 'retry-after': '3600', 'ratelimit-limit': '100;w=21600' },
          body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}'
        }
      ]
    })
    const err = await rig()
      .client(`${f.host}/sample/app`)
      .listTags()
      .catch(e => e)
    expect(err.kind).toBe('rate-limited')
    expect(err.message).toMatch(
      /429 TOOMANYREQUESTS: You have reached your pull rate limit.*limit is 100 requests per window.*retried after \d{4}-/
    )
  })

  it('explains a registry that keeps failing', async () => {
    const f = await front({
      faults: [
        {
          match: /tags\/list/,
          times: 9,
          status: 502,
          body: '<html><head><title>502 Bad Gateway</title></head></html>'
        }
      ]
    })
    const err = await rig()
      .client(`${f.host}/sample/app`)
      .listTags()
      .catch(e => e)
    expect(err.message).toMatch(/answered 502 HTML page "502 Bad Gateway".*kept failing/)
  })

  it('explains an unreachable registry', async () => {
    const err = await rig()
      .client('127.0.0.1:9/sample/app')
      .listTags()
      .catch(e => e)
    expect(err.kind).toBe('unreachable')
    expect(err.message).toMatch(/unreachable .*Check the registry host and port/)
  })
})

describe('digest', () => {
  const app = L.digests['sample/app']!

  it('reads Docker-Content-Digest from a HEAD', async () => {
    const r = rig()
    expect(await r.client(`${L.token.host}/sample/app`).digest('1.10.0')).toBe(app['1.10.0'])
  })

  it('hashes the manifest when the registry sends no digest header', async () => {
    const f = await front({ dropHeaders: ['docker-content-digest'] })
    expect(await rig().client(`${f.host}/sample/app`).digest('1.9.3')).toBe(app['1.9.3'])
  })

  it('gives the index digest of a multi-platform image', async () => {
    expect(await rig().client(`${L.open.host}/sample/multi`).digest('1.1')).toBe(
      L.digests['sample/multi']!['1.1'].index
    )
  })

  it('explains a tag that does not exist', async () => {
    await expect(rig().client(`${L.open.host}/sample/app`).digest('9.9.9')).rejects.toThrow(/404/)
  })
})

describe('platformDigest', () => {
  it.each(['sample/multi', 'sample/multi-docker'])(
    'picks the child of %s, skipping attestations',
    async repo => {
      const d = L.digests[repo]!['1.1']
      const client = rig().client(`${L.open.host}/${repo}`)
      expect(await client.platformDigest(d.index, parsePlatform('linux/aarch64')!)).toBe(d.arm64)
      expect(await client.platformDigest(d.index, parsePlatform('linux/x86_64')!)).toBe(d.amd64)
    }
  )

  it('lists the platforms on offer when the one asked for is missing', async () => {
    const d = L.digests['sample/multi']!['1.1']
    await expect(
      rig()
        .client(`${L.open.host}/sample/multi`)
        .platformDigest(d.index, parsePlatform('linux/s390x')!)
    ).rejects.toThrow(/no linux\/s390x image; it offers linux\/amd64, linux\/arm64/)
  })

  it('checks a single-platform image against its config', async () => {
    const digest = L.digests['sample/app']!['1.10.0']
    const client = rig().client(`${L.open.host}/sample/app`)
    expect(await client.platformDigest(digest, parsePlatform('linux/amd64')!)).toBe(digest)
    await expect(client.platformDigest(digest, parsePlatform('linux/arm64')!)).rejects.toThrow(
      /single-platform image for linux\/amd64/
    )
  })
})
