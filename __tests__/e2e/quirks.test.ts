/**
 * The bundled action against hosted registries' quirks (protocol.md §5),
 * each reproduced by a front on loopback in front of docker-registry.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { act, closeAll, failure, front, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import type { MitmProxy } from '../helpers/proxy.js'
import { proxyTo } from '../helpers/proxy.js'

const L = lab()
afterAll(closeAll)

describe('hosted registry quirks through the action', () => {
  it('ECR: 405 for n above 1000, then the whole list', async () => {
    const f = await front({
      pageCap: 1000,
      faults: [
        {
          match: /tags\/list\?n=1000$/,
          status: 405,
          body: '{"errors":[{"code":"UNSUPPORTED","message":"Member must have value less than or equal to 1000"}]}'
        }
      ]
    })
    const run = await act({ image: `${f.host}/big/many` })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ total: '5000', tag: '4.99.9' })
  })

  it('Artifactory: the Link without the repository prefix', async () => {
    const f = await front({ pageCap: 1000, link: 'artifactory' })
    const run = await act({ image: `${f.host}/big/many` })
    expect(run.code).toBe(0)
    expect(run.outputs['total']).toBe('5000')
  })

  it('GCR: tags/list with the manifest map', async () => {
    const body = JSON.stringify({
      child: [],
      manifest: { 'sha256:0': { tag: ['1.10.0'], timeUploadedMs: '1' } },
      name: 'sample/app',
      tags: ['1.9.3', '1.10.0']
    })
    const f = await front({ faults: [{ match: /tags\/list/, status: 200, body }] })
    const run = await act({ image: `${f.host}/sample/app` })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.10.0')
  })

  it('public.ecr.aws: scope="aws" in the challenge', async () => {
    const f = await front({ challenge: { service: 'public.ecr.aws', scope: 'aws' } })
    const run = await act({ image: `${f.host}/sample/app` })
    expect(run.code).toBe(0)
  })

  it.each([
    ['docker.elastic.co: token with no expires_in', ['token']],
    ['ACR: access_token only', ['access_token', 'expires_in']]
  ])('%s', async (_name, tokenFields) => {
    const f = await front({ tokenFields })
    const run = await act({ image: `${f.host}/sample/app` })
    expect(run.code).toBe(0)
  })

  it.each([
    ['GitLab', '/jwt/auth', 'container_registry'],
    ['Harbor', '/service/token', 'harbor-registry']
  ])('%s: realm %s, service %s, with credentials', async (_name, tokenPath, service) => {
    const f = await front({ tokenPath, challenge: { service } })
    const run = await act({
      image: `${f.host}/private/app`,
      username: 'alice',
      password: L.users['alice']!
    })
    expect(run.code).toBe(0)
    const token = f.requests.find(r => r.path.startsWith(tokenPath))!
    expect(new URL(token.path, 'http://x').searchParams.get('service')).toBe(service)
    expect(token.auth).toBe('Basic')
  })

  it.each(['token', 'basic'] as const)(
    'GCR: _json_key with a service-account key as the password (%s auth)',
    async mode => {
      const key = L.users['_json_key']!
      const run = await act({
        image: `${L[mode].host}/private/app`,
        username: '_json_key',
        password: key
      })
      expect(run.code).toBe(0)
      expect(run.outputs['tag']).toBe('3.2.0')
      expect(visible(run)).not.toContain(key)
    }
  )

  it('quay.io and ghcr.io: push-order pages are all read and sorted', async () => {
    const f = await front({ pageCap: 100, defaultPage: 100 })
    const run = await act({ image: `${f.host}/big/many`, range: '<1' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ tag: '0.99.9', total: '5000' })
  })
})

describe('TLS and where credentials may go', () => {
  // Its CA is not trusted here (no NODE_EXTRA_CA_CERTS): the certificate must be refused.
  let proxy: MitmProxy
  beforeAll(async () => {
    proxy = await proxyTo({ 'registry.selfsigned.test': L.open.url })
  })

  it('refuses an untrusted certificate, and accepts it with insecure: true', async () => {
    const image = 'registry.selfsigned.test/sample/app'
    const refused = await act({ image }, { HTTPS_PROXY: proxy.url })
    expect(refused.code).not.toBe(0)
    const insecure = await act({ image, insecure: 'true' }, { HTTPS_PROXY: proxy.url })
    expect(insecure.code).toBe(0)
    expect(insecure.outputs['tag']).toBe('1.10.0')
  })

  it('never sends credentials to a plain-HTTP realm on another host', async () => {
    const f = await front({
      challenge: { realm: 'http://auth.plain-http.test/token', service: 'x' }
    })
    const run = await act({
      image: `${f.host}/private/app`,
      username: 'alice',
      password: L.users['alice']!
    })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(
      /Refusing to send credentials over plain HTTP to auth\.plain-http\.test/
    )
    expect(f.requests.every(r => !r.path.startsWith('/token'))).toBe(true)
  })
})
