/**
 * Docker Hub and ghcr.io under their real hostnames, reproduced on loopback:
 * HTTPS_PROXY points at a CONNECT proxy that presents certificates from a
 * test CA (trusted through NODE_EXTRA_CA_CERTS) and routes
 * registry-1.docker.io, auth.docker.io and ghcr.io to the lab. This also
 * shows that proxy settings and private CAs work.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { act as run, closeAll, front } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import type { MitmProxy } from '../helpers/proxy.js'
import { connectsOf, proxyTo, throughProxy } from '../helpers/proxy.js'

const L = lab()
let proxy: MitmProxy
let hub: Awaited<ReturnType<typeof front>>
let ghcr: Awaited<ReturnType<typeof front>>
afterAll(closeAll)

beforeAll(async () => {
  hub = await front({
    challenge: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' },
    addHeaders: {
      'ratelimit-limit': '100;w=21600',
      'ratelimit-remaining': '97;w=21600',
      'docker-ratelimit-source': '203.0.113.7'
    }
  })
  ghcr = await front({
    challenge: { realm: 'https://ghcr.io/token', service: 'ghcr.io' }
  })
  proxy = await proxyTo({
    'registry-1.docker.io': hub.url,
    'auth.docker.io': hub.url,
    'ghcr.io': ghcr.url
  })
})

/** Through the proxy, trusting the test CA. */
function act(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return run(inputs, { ...throughProxy(proxy), ...env })
}

describe('Docker Hub', () => {
  it('looks up `python` through the Hub flow: library/ scope, auth.docker.io realm, registry.docker.io service', async () => {
    hub.reset()
    const run = await act({ image: 'python:3.12-slim' })
    expect(run.code).toBe(0)
    const digest = L.digests['library/python']!['3.14-slim']
    expect(run.outputs).toMatchObject({
      tag: '3.14-slim',
      digest,
      reference: `docker.io/library/python:3.14-slim@${digest}`,
      'update-type': 'minor'
    })
    const token = hub.requests.find(r => r.path.startsWith('/token'))!
    const query = new URL(token.path, 'https://auth.docker.io').searchParams
    expect(query.get('service')).toBe('registry.docker.io')
    expect(query.getAll('scope')).toEqual(['repository:library/python:pull'])
    expect(hub.requests.map(r => `${r.method} ${r.path.split('?')[0]}`)).toEqual([
      'GET /v2/library/python/tags/list',
      'GET /token',
      'GET /v2/library/python/tags/list',
      'HEAD /v2/library/python/manifests/3.14-slim'
    ])
    expect(connectsOf(proxy)).toEqual(
      expect.arrayContaining(['registry-1.docker.io:443', 'auth.docker.io:443'])
    )
  })

  it('takes a password or personal access token for a private repository', async () => {
    const run = await act({
      image: 'private/app:3.1.0',
      username: 'alice',
      password: L.users['alice']!
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      tag: '3.2.0',
      reference: `docker.io/private/app:3.2.0@${L.digests['private/app']!['3.2.0']}`
    })
  })

  it('explains a 401 after a good anonymous token as "not found or private"', async () => {
    const run = await act({ image: 'private/app' })
    expect(run.code).not.toBe(0)
    expect(decodeURIComponent(run.stdout)).toMatch(
      /on docker.io \(registry-1.docker.io\): the registry answered 401 UNAUTHORIZED.*Repository 'private\/app' does not exist or is private. Docker Hub answers 401 both when a repository does not exist and when it is private/
    )
  })

  it('shows the pull quota from ratelimit-* headers in the job summary', async () => {
    const run = await act({ image: 'python' })
    expect(run.code).toBe(0)
    expect(run.summary).toContain('Pull rate limit</td><td>97 of 100 left per 6 h')
  })

  it('refuses an unknown certificate authority', async () => {
    const run = await act({ image: 'python' }, { NODE_EXTRA_CA_CERTS: '' })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(
      /::error::Could not list the tags of 'library\/python' on docker.io \(registry-1.docker.io\): the registry is unreachable/
    )
  })
})

describe('ghcr.io', () => {
  it('pulls a private image with github-token as the credential', async () => {
    const run = await act(
      { image: 'ghcr.io/private/app', 'github-token': L.users['alice']!, 'docker-config': 'false' },
      { GITHUB_ACTOR: 'alice' }
    )
    expect(run.code).toBe(0)
    expect(run.outputs['digest']).toBe(L.digests['private/app']!['3.2.0'])
    expect(run.stdout).toContain("Using credentials from the 'github-token' input")
    expect(run.stdout.replace(/::add-mask::.*/g, '')).not.toContain(L.users['alice'])
  })

  it('reads a public image anonymously when the workflow token is refused', async () => {
    const run = await act(
      { image: 'ghcr.io/sample/app', 'github-token': 'ghs_not_valid_here' },
      { GITHUB_ACTOR: 'alice' }
    )
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.10.0')
    expect(run.stdout).toMatch(
      /::warning::The registry refused credentials from the 'github-token' input/
    )
  })
})
