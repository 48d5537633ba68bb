/**
 * Hosted registries' quirks (protocol.md §5), each reproduced by a front on
 * loopback in front of the real docker-registry.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { closeAll, front } from '../helpers/action.js'
import { disposeRigs, rig } from '../helpers/client.js'

afterEach(disposeRigs)
afterAll(closeAll)

describe('registry quirks', () => {
  it('ECR: n above its cap answers 405; the listing asks again without n', async () => {
    const f = await front({
      pageCap: 1000,
      faults: [
        {
          match: /tags\/list\?n=1000$/,
          status: 405,
          body: '{"errors":[{"code":"UNSUPPORTED","message":"1 validation error detected: Value at \'maxResults\' failed to satisfy constraint: Member must have value less than or equal to 1000"}]}'
        }
      ]
    })
    const r = rig()
    const { tags } = await r.client(`${f.host}/big/many`).listTags()
    expect(tags).toHaveLength(5000)
  })

  it('Artifactory: a Link that drops the repository prefix keeps our path', async () => {
    const f = await front({ pageCap: 1000, link: 'artifactory' })
    const r = rig()
    const { tags, pages } = await r.client(`${f.host}/big/many`).listTags()
    expect(tags).toHaveLength(5000)
    expect(pages).toBe(5)
    expect(
      f.requests.every(q => q.path.startsWith('/token') || q.path.startsWith('/v2/big/many/'))
    ).toBe(true)
  })

  it('GCR and Artifact Registry: the extra manifest map and child list are ignored', async () => {
    const body = JSON.stringify({
      child: [],
      manifest: {
        'sha256:abc': {
          imageSizeBytes: '123',
          mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
          tag: ['1.0'],
          timeCreatedMs: '1700000000000',
          timeUploadedMs: '1700000000001'
        }
      },
      name: 'sample/app',
      tags: ['1.0', '1.1']
    })
    const f = await front({ faults: [{ match: /tags\/list/, status: 200, body }] })
    const r = rig()
    expect((await r.client(`${f.host}/sample/app`).listTags()).tags).toEqual(['1.0', '1.1'])
  })

  it('public.ecr.aws: a challenge with scope="aws" still gets a token for the repository', async () => {
    const f = await front({
      challenge: { realm: undefined, service: 'public.ecr.aws', scope: 'aws' }
    })
    const r = rig()
    expect((await r.client(`${f.host}/sample/app`).listTags()).tags.length).toBeGreaterThan(5)
    const token = f.requests.find(q => q.path.startsWith('/token'))!
    expect(new URL(token.path, 'http://x').searchParams.getAll('scope')).toEqual([
      'repository:sample/app:pull'
    ])
  })
})
