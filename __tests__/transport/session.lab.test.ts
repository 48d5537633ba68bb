import { afterEach, describe, expect, it } from '@jest/globals'
import { lab } from '../helpers/lab.js'
import { basic, disposeRigs, rig } from '../helpers/client.js'
import { scriptedServer } from '../helpers/servers.js'

afterEach(disposeRigs)

const L = lab()
const tagsUrl = (base: string, repo: string): string => `${base}/v2/${repo}/tags/list`
const pull = (repo: string): string => `repository:${repo}:pull`

describe('RegistrySession against docker-registry with token auth', () => {
  it('answers the Bearer challenge anonymously and reuses the token', async () => {
    const r = rig()
    const first = await r.session.send(
      { method: 'GET', url: tagsUrl(L.token.url, 'sample/app') },
      pull('sample/app')
    )
    expect(first.status).toBe(200)
    expect(first.sentAuth).toBe('bearer')
    expect(r.http.requests).toBe(3) // 401, token, retry
    const accept = { Accept: 'application/vnd.oci.image.manifest.v1+json' }
    const again = await r.session.send(
      { method: 'HEAD', url: `${L.token.url}/v2/sample/app/manifests/1.0.0`, headers: accept },
      pull('sample/app')
    )
    expect(again.status).toBe(200)
    expect(r.http.requests).toBe(4) // token cached, no new 401
    expect(r.tokens.fetched).toBe(1)
    expect(r.secrets).toHaveLength(1)
  })

  it('fetches a token for a new scope up front, without another 401', async () => {
    const r = rig()
    await r.session.send(
      { method: 'GET', url: tagsUrl(L.token.url, 'sample/app') },
      pull('sample/app')
    )
    const other = await r.session.send(
      { method: 'GET', url: tagsUrl(L.token.url, 'sample/multi') },
      pull('sample/multi')
    )
    expect(other.status).toBe(200)
    expect(r.http.requests).toBe(5) // 401, token, retry; token, request
  })

  it('gives up after one token when an anonymous token grants nothing', async () => {
    const r = rig()
    const res = await r.session.send(
      { method: 'GET', url: tagsUrl(L.token.url, 'private/app') },
      pull('private/app')
    )
    expect(res.status).toBe(401)
    expect(r.tokens.fetched).toBe(1)
    expect(r.http.requests).toBe(3)
  })

  it('pulls a private repository with the right user, not with another', async () => {
    const alice = rig(basic('alice', L.users['alice']!))
    expect(
      (
        await alice.session.send(
          { method: 'GET', url: tagsUrl(L.token.url, 'private/app') },
          pull('private/app')
        )
      ).status
    ).toBe(200)
    const bob = rig(basic('bob', L.users['bob']!))
    expect(
      (
        await bob.session.send(
          { method: 'GET', url: tagsUrl(L.token.url, 'private/app') },
          pull('private/app')
        )
      ).status
    ).toBe(401)
  })

  it('surfaces a wrong password as a token error', async () => {
    const r = rig(basic('alice', 'wrong'))
    await expect(
      r.session.send({ method: 'GET', url: tagsUrl(L.token.url, 'sample/app') }, pull('sample/app'))
    ).rejects.toThrow(/token service .* answered 401 \(incorrect username or password\)/)
  })
})

describe('RegistrySession against docker-registry with htpasswd', () => {
  it('answers Basic with the credentials, once', async () => {
    const r = rig(basic('alice', L.users['alice']!))
    const res = await r.session.send(
      { method: 'GET', url: tagsUrl(L.basic.url, 'sample/app') },
      pull('sample/app')
    )
    expect(res.status).toBe(200)
    expect(res.sentAuth).toBe('basic')
    await r.session.send(
      { method: 'GET', url: tagsUrl(L.basic.url, 'sample/multi') },
      pull('sample/multi')
    )
    expect(r.http.requests).toBe(3) // the second request carries Basic up front
  })

  it('returns the 401 when there are no credentials or they are wrong, without looping', async () => {
    const anon = rig()
    const a = await anon.session.send(
      { method: 'GET', url: tagsUrl(L.basic.url, 'sample/app') },
      pull('sample/app')
    )
    expect([a.status, a.sentAuth, a.challenge?.scheme]).toEqual([401, 'none', 'basic'])
    const wrong = rig(basic('alice', 'nope'))
    const w = await wrong.session.send(
      { method: 'GET', url: tagsUrl(L.basic.url, 'sample/app') },
      pull('sample/app')
    )
    expect([w.status, w.sentAuth]).toEqual([401, 'basic'])
    expect(wrong.http.requests).toBe(2)
  })
})

describe('insufficient_scope', () => {
  it('earns exactly one more token for a new scope, never a loop', async () => {
    let round = 0
    const s = await scriptedServer((_req, res) => {
      round++
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="${L.token.realm}",service="${L.token.service}",scope="repository:sample/app:pull repository:extra/r${round}:pull",error="insufficient_scope"`
        })
        .end()
    })
    const r = rig()
    const res = await r.session.send(
      { method: 'GET', url: `${s.url}/v2/sample/app/tags/list` },
      pull('sample/app')
    )
    expect(res.status).toBe(401)
    expect(r.tokens.fetched).toBe(2)
    expect(s.seen).toHaveLength(3)
    await s.close()
  })
})
