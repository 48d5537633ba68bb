/**
 * The action's entry with a fake core, against a scripted registry on
 * loopback: outputs set, secrets masked, failures reported once, no stack.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { run } from '../../src/action/main.js'
import { fakeCore } from '../fakes/core.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const TAGS = ['1.0.0', '1.2.0', '1.10.0', 'latest', '2.0.0-rc1', 'bad tag', '1.9$(id)']
let registry: Scripted

beforeAll(async () => {
  registry = await scriptedServer((req, res) => {
    if (req.url?.startsWith('/v2/team/app/tags/list')) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ name: 'team/app', tags: TAGS }))
    } else if (req.method === 'HEAD' && req.url === '/v2/team/app/manifests/1.10.0') {
      res.writeHead(200, { 'docker-content-digest': DIGEST })
      res.end()
    } else {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]}')
    }
  })
})
afterAll(() => registry.close())

const env = { REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '5000' }

describe('run', () => {
  it('sets every output and writes the summary', async () => {
    const fake = fakeCore({ image: `${registry.host}/team/app:1.2.0`, 'docker-config': 'false' })
    await run(fake.core, env)
    expect(fake.failed).toEqual([])
    expect(fake.outputs).toEqual({
      tag: '1.10.0',
      version: '1.10.0',
      digest: DIGEST,
      'platform-digest': '',
      reference: `${registry.host}/team/app:1.10.0@${DIGEST}`,
      tags: '["1.10.0","1.2.0","1.0.0"]',
      count: '3',
      total: '5',
      current: '1.2.0',
      released: '',
      'update-available': 'true',
      'update-type': 'minor',
      'newer-tags': '["1.10.0"]'
    })
    expect(fake.summary.join('\n')).toMatch(/Invalid tag names \| 2 dropped/)
    expect(JSON.stringify(fake)).not.toMatch(/bad tag|\$\(id\)/)
  })

  it('masks the password before anything else happens', async () => {
    const fake = fakeCore({ image: 'Not/Valid', username: 'me', password: 'pw-secret-1' })
    await run(fake.core, env)
    expect(fake.secrets).toContain('pw-secret-1')
    expect(fake.failed).toEqual([
      expect.stringMatching(/^Input 'image': 'Not\/Valid' is not a valid/)
    ])
  })

  it('fails once with the registry error, no stack trace', async () => {
    const fake = fakeCore({ image: `${registry.host}/team/missing`, 'docker-config': 'false' })
    await run(fake.core, env)
    expect(fake.failed).toHaveLength(1)
    expect(fake.failed[0]).toMatch(/does not exist on this registry/)
    expect(fake.failed[0]).not.toMatch(/\n\s+at /)
    expect(fake.outputs).toEqual({})
  })

  it('fails with the filter counts when no tag passes', async () => {
    const fake = fakeCore({
      image: `${registry.host}/team/app`,
      range: '>=5',
      'docker-config': 'false'
    })
    await run(fake.core, env)
    expect(fake.failed[0]).toMatch(/range/)
    expect(fake.summary.join('\n')).toMatch(/No tag passes the filters/)
  })
})
