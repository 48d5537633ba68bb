import { afterEach, describe, expect, it } from '@jest/globals'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { lab } from '../helpers/lab.js'
import type { Rig } from '../helpers/client.js'
import { basic, disposeRigs, rig } from '../helpers/client.js'
import { scriptedServer } from '../helpers/servers.js'

afterEach(disposeRigs)

const L = lab()
const pull = (repo: string): string => `repository:${repo}:pull`

/** `GET /v2/<repo>/tags/list` through the rig's session, asking for pull on `repo`. */
function sendTagsList(r: Rig, registry: { url: string }, repo: string) {
  return r.session.send({ method: 'GET', url: `${registry.url}/v2/${repo}/tags/list` }, pull(repo))
}

describe('RegistrySession against docker-registry with token auth', () => {
  it('answers the Bearer challenge anonymously and reuses the token', async () => {
    const r = rig()
    const first = await sendTagsList(r, L.token, 'sample/app')
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
    await sendTagsList(r, L.token, 'sample/app')
    const other = await sendTagsList(r, L.token, 'sample/multi')
    expect(other.status).toBe(200)
    expect(r.http.requests).toBe(5) // 401, token, retry; token, request
  })

  it('gives up after one token when an anonymous token grants nothing', async () => {
    const r = rig()
    const res = await sendTagsList(r, L.token, 'private/app')
    expect(res.status).toBe(401)
    expect(r.tokens.fetched).toBe(1)
    expect(r.http.requests).toBe(3)
  })

  it.each([
    ['the right user', 'alice', 200],
    ['another user', 'bob', 401]
  ])('pulls a private repository with %s (%s): %i', async (_who, user, status) => {
    const r = rig(basic(user, L.users[user]!))
    expect((await sendTagsList(r, L.token, 'private/app')).status).toBe(status)
  })

  it('surfaces a wrong password as a token error', async () => {
    const r = rig(basic('alice', 'wrong'))
    await expect(sendTagsList(r, L.token, 'sample/app')).rejects.toThrow(
      /token service .* answered 401 \(incorrect username or password\)/
    )
  })
})

describe('RegistrySession against docker-registry with htpasswd', () => {
  it('answers Basic with the credentials, once', async () => {
    const r = rig(basic('alice', L.users['alice']!))
    const res = await sendTagsList(r, L.basic, 'sample/app')
    expect(res.status).toBe(200)
    expect(res.sentAuth).toBe('basic')
    await sendTagsList(r, L.basic, 'sample/multi')
    expect(r.http.requests).toBe(3) // the second request carries Basic up front
  })

  it.each<[string, Credential, [number, string, string | undefined], number]>([
    ['there are no credentials', ANONYMOUS, [401, 'none', 'basic'], 1],
    ['the password is wrong', basic('alice', 'nope'), [401, 'basic', 'basic'], 2]
  ])('returns the 401 when %s, without looping', async (_case, credential, answer, requests) => {
    const r = rig(credential)
    const res = await sendTagsList(r, L.basic, 'sample/app')
    expect([res.status, res.sentAuth, res.challenge?.scheme]).toEqual(answer)
    expect(r.http.requests).toBe(requests)
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
    const res = await sendTagsList(r, s, 'sample/app')
    expect(res.status).toBe(401)
    expect(r.tokens.fetched).toBe(2)
    expect(s.seen).toHaveLength(3)
    await s.close()
  })
})
