/** The generic pager against scripted registries on loopback: validation, n negotiation, Link safety. */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { disposeRigs, rig } from '../helpers/client.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const servers: Scripted[] = []
afterEach(async () => {
  disposeRigs()
  while (servers.length) await servers.pop()!.close()
})

async function registry(
  handle: (req: IncomingMessage, res: ServerResponse, count: number) => void
): Promise<Scripted> {
  const server = await scriptedServer(handle)
  servers.push(server)
  return server
}

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(200, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

describe('listTags', () => {
  it('drops and counts tags outside the tag grammar, never keeping them', async () => {
    const hostile = [
      '1.0$(touch /tmp/x)',
      '2.0\n::warning::pwned',
      '-1.0',
      '.hidden',
      'a'.repeat(129),
      '',
      42,
      null
    ]
    const r = await registry((_req, res) =>
      json(res, { name: 'x/app', tags: ['1.0.0', ...hostile, '1.1.0', 'a'.repeat(128)] })
    )
    const list = await rig().client(`${r.host}/x/app`).listTags()
    expect(list.tags).toEqual(['1.0.0', '1.1.0', 'a'.repeat(128)])
    expect(list.dropped).toBe(hostile.length)
  })

  it.each([
    ['not JSON', 'not json', /not a JSON object/],
    ['an array', '[]', /not a JSON object/],
    ['tags not a list', '{"tags":"1.0"}', /'tags' in the answer is not a list/]
  ])('refuses a page that is %s', async (_name, body, message) => {
    const r = await registry((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(body)
    })
    await expect(rig().client(`${r.host}/x/app`).listTags()).rejects.toThrow(message)
  })

  it('stops, with a clear error, a Link whose cursor keeps changing over the same tags', async () => {
    const r = await registry((_req, res, count) =>
      json(
        res,
        { name: 'x/app', tags: ['1.0', '1.1'] },
        {
          link: `</v2/x/app/tags/list?n=1000&last=cursor${count}>; rel="next"`
        }
      )
    )
    const listing = rig().client(`${r.host}/x/app`).listTags()
    await expect(listing).rejects.toThrow(/last 3 pages brought no new tags \(2 after 4 pages\)/)
    // Today's 2,000 requests, now the first page and three that repeat it.
    expect(r.seen).toHaveLength(4)
  })

  it('follows a Link through pages that bring new tags, however many', async () => {
    const r = await registry((_req, res, count) =>
      json(
        res,
        { name: 'x/app', tags: [`1.${count}`] },
        count < 10
          ? {
              link: `</v2/x/app/tags/list?n=1000&last=1.${count}>; rel="next"`
            }
          : {}
      )
    )
    expect((await rig().client(`${r.host}/x/app`).listTags()).tags).toHaveLength(10)
  })

  it('asks for a smaller page when distribution refuses n (PAGINATION_NUMBER_INVALID)', async () => {
    const r = await registry((req, res) => {
      const n = new URL(req.url!, 'http://x').searchParams.get('n')
      if (n === '1000') {
        res.writeHead(400, { 'content-type': 'application/json' })
        res.end(
          '{"errors":[{"code":"PAGINATION_NUMBER_INVALID","message":"invalid number of results requested"}]}'
        )
        return
      }
      json(res, { name: 'x/app', tags: ['1.0', '1.1'] })
    })
    expect((await rig().client(`${r.host}/x/app`).listTags()).tags).toEqual(['1.0', '1.1'])
    expect(r.seen.map(s => s.path)).toEqual([
      '/v2/x/app/tags/list?n=1000',
      '/v2/x/app/tags/list?n=100'
    ])
  })

  it.each(['ftp://127.0.0.1/v2/x/app/tags/list', 'javascript:alert(1)', 'file:///etc/passwd'])(
    'refuses a next-page link %s',
    async link => {
      const r = await registry((_req, res) =>
        json(res, { name: 'x/app', tags: ['1.0'] }, { link: `<${link}>; rel="next"` })
      )
      await expect(rig().client(`${r.host}/x/app`).listTags()).rejects.toThrow(
        /next-page link with the scheme '(ftp|javascript|file):'; only http and https/
      )
    }
  )

  it('follows a Link whose title holds a comma', async () => {
    const r = await registry((req, res) => {
      if (req.url!.includes('last=b')) return json(res, { name: 'x/app', tags: ['9.0'] })
      json(
        res,
        { name: 'x/app', tags: ['1.0'] },
        { link: '</v2/x/app/tags/list?last=b&n=2>; title="a, b"; rel="next"' }
      )
    })
    expect((await rig().client(`${r.host}/x/app`).listTags()).tags).toEqual(['1.0', '9.0'])
  })
})
