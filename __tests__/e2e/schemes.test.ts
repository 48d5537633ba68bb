/**
 * Every tag-scheme case (fixtures/schemes) through the bundled action, run
 * as the GitHub runner runs it, against a registry stand-in on loopback that
 * serves each family's real tag list: `GET /v2/`, the tag list in pages of
 * `n` with a Link header, and each tag's manifest with its digest.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { act, closeAll, closeLater } from '../helpers/action.js'
import type { SchemeCase } from '../helpers/fixtures.js'
import { isRightAnswer, schemeFamilies } from '../helpers/fixtures.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const families = schemeFamilies()
const REPOSITORY = /^\/v2\/schemes\/([a-z0-9-]+)\/(tags\/list|manifests\/(.+))$/
const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json'

/** A small image manifest per tag, so each tag has a digest of its own. */
function manifestOf(family: string, tag: string): { body: string; digest: string } {
  const body = JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST_TYPE,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${createHash('sha256').update(`${family}:${tag}`).digest('hex')}`,
      size: 2
    },
    layers: []
  })
  return { body, digest: `sha256:${createHash('sha256').update(body).digest('hex')}` }
}

/** One page of `tags` after `last`, with the next page's Link when more follow. */
function tagsPage(family: string, tags: string[], url: URL, res: ServerResponse): void {
  const n = Number(url.searchParams.get('n') || tags.length)
  const last = url.searchParams.get('last')
  const start = last === null ? 0 : tags.indexOf(last) + 1
  const page = tags.slice(start, start + n)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (start + n < tags.length) {
    const next = new URLSearchParams({ n: String(n), last: page.at(-1)! })
    headers['link'] = `</v2/schemes/${family}/tags/list?${next}>; rel="next"`
  }
  res.writeHead(200, headers)
  res.end(JSON.stringify({ name: `schemes/${family}`, tags: page }))
}

function serve(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://registry')
  if (url.pathname === '/v2/') {
    res.writeHead(200, { 'content-type': 'application/json' })
    return void res.end('{}')
  }
  const m = REPOSITORY.exec(url.pathname)
  const family = families.find(f => f.family === m?.[1])
  if (!m || !family) {
    res.writeHead(404, { 'content-type': 'application/json' })
    return void res.end(
      '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]}'
    )
  }
  if (m[2] === 'tags/list') return tagsPage(family.family, family.tags, url, res)
  const tag = decodeURIComponent(m[3] as string)
  if (!family.tags.includes(tag)) {
    res.writeHead(404, { 'content-type': 'application/json' })
    return void res.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}')
  }
  const { body, digest } = manifestOf(family.family, tag)
  res.writeHead(200, {
    'content-type': MANIFEST_TYPE,
    'docker-content-digest': digest,
    'content-length': String(Buffer.byteLength(body))
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** The action's inputs for a case: the image with its current tag, and the case's filters. */
function inputsFor(host: string, family: string, c: SchemeCase): Record<string, string> {
  const inputs: Record<string, string> = {
    image: `${host}/schemes/${family}${c.current ? `:${c.current}` : ''}`
  }
  for (const name of ['variant', 'filter', 'precision', 'range'] as const) {
    if (c[name] !== undefined) inputs[name] = c[name]
  }
  if (c.prerelease !== undefined) inputs['prerelease'] = String(c.prerelease)
  return inputs
}

let registry: Scripted

beforeAll(async () => {
  registry = closeLater(await scriptedServer(serve))
})
afterAll(closeAll)

describe('tag schemes in the wild, through the bundled action', () => {
  const cases = families.flatMap(f =>
    f.cases.map(c => [`${f.family}: ${c.current ?? '(no current tag)'}`, f.family, c] as const)
  )

  it.each(cases)('%s', async (_name, family, c) => {
    const run = await act(inputsFor(registry.host, family, c))
    const chosen = run.outputs['tag']
    expect({ code: run.code, chosen, right: isRightAnswer(c, chosen) }).toEqual({
      code: 0,
      chosen,
      right: true
    })
    expect(run.outputs['digest']).toBe(manifestOf(family, chosen!).digest)
  })

  it('reports a newer build of the same version as a revision update', async () => {
    const c = { current: '6.2.1.10461-ls305', expected: '6.2.1.10461-ls308', why: 'revision' }
    const run = await act(inputsFor(registry.host, 'linuxserver-radarr', c))
    expect(run.outputs).toMatchObject({
      tag: '6.2.1.10461-ls308',
      'update-available': 'true',
      'update-type': 'revision'
    })
  })
})
