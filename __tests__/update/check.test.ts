/**
 * One image's references checked against its tag list: each current tag a
 * shape of its own, digests resolved once per tag, digest moves, and a
 * failing image reported in every row without throwing.
 */
import { describe, expect, it } from '@jest/globals'
import type { ImageListing, LookupEngine } from '../../src/lookup.js'
import { found } from '../helpers/references.js'
import type { RegistryApi } from '../../src/registry/api.js'
import { silentLogger } from '../../src/logger.js'
import { checkImage } from '../../src/update/check.js'
import { groupByImage } from '../../src/update/groups.js'
import { buildPolicy } from '../../src/versions/policy.js'

const digestOf = (tag: string): string =>
  `sha256:${Buffer.from(tag).toString('hex').padEnd(64, '0').slice(0, 64)}`

/** A registry that knows `tags`, answers each HEAD with the tag's digest, and counts them. */
function listing(tags: string[], moved: Record<string, string> = {}) {
  const heads: string[] = []
  const api = {
    base: 'https://r.example',
    context: () => ({}),
    send: async (request: { url: string }) => {
      const tag = request.url.split('/').pop() as string
      heads.push(tag)
      if (!tags.includes(tag)) return { status: 404, headers: {}, body: Buffer.from('') }
      return { status: 200, headers: { 'docker-content-digest': moved[tag] ?? digestOf(tag) } }
    }
  } as unknown as RegistryApi
  const listed: ImageListing = { api, list: { tags, pages: 1, dropped: 0 } }
  return { listed, heads }
}

const engine: LookupEngine = {
  log: silentLogger,
  pager: { pageSize: 100, maxPages: 10 } as LookupEngine['pager'],
  credentialFor: async () => {
    throw new Error('the registry is unreachable')
  },
  api: () => {
    throw new Error('not used')
  }
}

const PYTHON = [
  '3.12.1-alpine',
  '3.12.8-alpine',
  '3.13.2-alpine',
  '3.12-slim',
  '3.14-slim',
  '3.14.2-slim',
  '3.15.0rc1-alpine'
]

describe('checkImage', () => {
  it('moves every reference within its own variant and precision, resolving each tag once', async () => {
    const refs = [
      found('Dockerfile', 1, 'python:3.12-slim'),
      found('Dockerfile', 5, 'python:3.12.1-alpine'),
      found('compose.yml', 3, 'docker.io/library/python:3.12-slim')
    ]
    const [group] = groupByImage(refs)
    const { listed, heads } = listing(PYTHON)
    const check = await checkImage(engine, group!, buildPolicy({}), listed)
    expect(check.error).toBeUndefined()
    expect(check.results.map(r => [r.current, r.tag, r.update, r.digest])).toEqual([
      ['3.12-slim', '3.14-slim', 'minor', digestOf('3.14-slim')],
      ['3.12.1-alpine', '3.13.2-alpine', 'minor', digestOf('3.13.2-alpine')],
      ['3.12-slim', '3.14-slim', 'minor', digestOf('3.14-slim')]
    ])
    expect(check.results[0]!.newer).toEqual(['3.14-slim'])
    expect(heads.sort()).toEqual(['3.13.2-alpine', '3.14-slim'])
  })

  it('says update-type digest when the tag is still the newest but its digest moved', async () => {
    const pinned = `python:3.14-slim@${digestOf('3.14-slim')}`
    const [group] = groupByImage([
      found('k8s.yaml', 9, pinned),
      found('a.yaml', 1, 'python:3.14-slim')
    ])
    const { listed } = listing(PYTHON, { '3.14-slim': digestOf('rebuilt') })
    const check = await checkImage(engine, group!, buildPolicy({}), listed)
    expect(check.results[0]).toMatchObject({
      tag: '3.14-slim',
      update: 'digest',
      digest: digestOf('rebuilt')
    })
    expect(check.results[1]!.update).toBeUndefined()
  })

  it('leaves a tag that is not a version, and a reference pinned by digest alone, where they are', async () => {
    const refs = [found('a', 1, 'python:latest'), found('b', 2, `python@${digestOf('x')}`)]
    const [group] = groupByImage(refs)
    const check = await checkImage(
      engine,
      group!,
      buildPolicy({}),
      listing([...PYTHON, 'latest']).listed
    )
    expect(check.results.map(r => [r.tag, r.update, Boolean(r.note)])).toEqual([
      ['latest', undefined, true],
      ['', undefined, true]
    ])
  })

  it('reports a failing image in each row instead of throwing', async () => {
    const [group] = groupByImage([
      found('a', 1, 'python:3.12-slim'),
      found('b', 1, 'python:3.14-slim')
    ])
    const check = await checkImage(engine, group!, buildPolicy({}))
    expect(check.error?.message).toMatch(/unreachable/)
    expect(check.results.map(r => [r.current, r.tag, r.error])).toEqual([
      ['3.12-slim', '3.12-slim', 'the registry is unreachable'],
      ['3.14-slim', '3.14-slim', 'the registry is unreachable']
    ])
    expect(check.log).toContainEqual({ level: 'warning', message: 'the registry is unreachable' })
  })
})

describe('groupByImage', () => {
  it('groups references that normalise alike, in the order first seen', () => {
    const groups = groupByImage([
      found('a', 1, 'python:3.12'),
      found('a', 2, 'ghcr.io/o/app:1.0'),
      found('b', 1, 'docker.io/python:3.11'),
      found('c', 1, 'docker.io/library/python:3.10')
    ])
    expect(groups.map(g => [g.key, g.references.length])).toEqual([
      ['docker.io/library/python', 3],
      ['ghcr.io/o/app', 1]
    ])
    expect(groups[0]!.image).toEqual({
      registry: 'docker.io',
      endpoint: 'registry-1.docker.io',
      repository: 'library/python'
    })
  })
})
