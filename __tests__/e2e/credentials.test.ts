/**
 * Credentials the way a runner has them after docker/login-action: a docker
 * config written as `docker login` writes it, a credential helper on PATH,
 * an identity token, a registry token. Run through the bundled action.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { act, closeAll, failure, front, visible } from '../helpers/action.js'
import { b64, dockerHome, helperScript } from '../helpers/docker-home.js'
import { lab } from '../helpers/lab.js'

const L = lab() as ReturnType<typeof lab> & { refreshTokens: Record<string, string> }
const IDENTITY = Object.keys(L.refreshTokens)[0]!
const PRIVATE = L.digests['private/app']!['3.2.0']
afterAll(closeAll)

describe('docker config', () => {
  it.each(['token', 'basic'] as const)(
    'uses auths written by docker login (%s auth)',
    async mode => {
      const home = dockerHome({
        auths: { [L[mode].host]: { auth: b64(`alice:${L.users['alice']}`) } }
      })
      const run = await act({ image: `${L[mode].host}/private/app` }, { HOME: home.home })
      expect(run.code).toBe(0)
      expect(run.outputs['digest']).toBe(PRIVATE)
      expect(run.stdout).toContain(
        `Using credentials from the docker config ${home.home}/.docker/config.json`
      )
      expect(visible(run)).not.toContain(L.users['alice'])
    }
  )

  it('finds a legacy http://host:port key and honours DOCKER_CONFIG', async () => {
    const home = dockerHome({
      auths: { [`http://${L.basic.host}`]: { username: 'alice', password: L.users['alice'] } }
    })
    const run = await act(
      { image: `${L.basic.host}/private/app` },
      { HOME: '/nonexistent', DOCKER_CONFIG: `${home.home}/.docker` }
    )
    expect(run.code).toBe(0)
  })

  it('is ignored with docker-config: false', async () => {
    const home = dockerHome({
      auths: { [L.token.host]: { auth: b64(`alice:${L.users['alice']}`) } }
    })
    const run = await act(
      { image: `${L.token.host}/private/app`, 'docker-config': 'false' },
      { HOME: home.home }
    )
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/does not exist or is private/)
  })

  it('loses to explicit username and password', async () => {
    const home = dockerHome({ auths: { [L.token.host]: { auth: b64('bob:wrong') } } })
    const run = await act(
      { image: `${L.token.host}/private/app`, username: 'alice', password: L.users['alice']! },
      { HOME: home.home }
    )
    expect(run.code).toBe(0)
  })
})

describe('credential helpers', () => {
  it('asks credHelpers[host] and uses its answer', async () => {
    const home = dockerHome(
      { credHelpers: { [L.token.host]: 'lab' } },
      { lab: helperScript(L.token.host, 'alice', L.users['alice']!) }
    )
    const run = await act(
      { image: `${L.token.host}/private/app` },
      { HOME: home.home, PATH: home.path }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Using credentials from docker-credential-lab (credHelpers in')
    expect(visible(run)).not.toContain(L.users['alice'])
  })

  it('goes anonymous when the helper has nothing for the registry', async () => {
    const home = dockerHome(
      { credsStore: 'lab' },
      { lab: helperScript('elsewhere.example', 'x', 'y') }
    )
    const run = await act(
      { image: `${L.token.host}/sample/app` },
      { HOME: home.home, PATH: home.path }
    )
    expect(run.code).toBe(0)
  })

  it('fails clearly when the helper is missing or hangs', async () => {
    const missing = dockerHome({ credsStore: 'nowhere' })
    const a = await act({ image: `${L.token.host}/sample/app` }, { HOME: missing.home })
    expect(failure(a)).toMatch(
      /credential helper 'nowhere', but docker-credential-nowhere is not on PATH/
    )
    const hanging = dockerHome({ credsStore: 'slow' }, { slow: 'sleep 60' })
    const started = Date.now()
    const b = await act(
      { image: `${L.token.host}/sample/app` },
      { HOME: hanging.home, PATH: hanging.path }
    )
    expect(failure(b)).toMatch(/docker-credential-slow did not answer within 10 s/)
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('exchanges an identity token from a helper (<token>) through the OAuth2 POST flow', async () => {
    const home = dockerHome(
      { credHelpers: { [L.token.host]: 'lab' } },
      { lab: helperScript(L.token.host, '<token>', IDENTITY) }
    )
    const run = await act(
      { image: `${L.token.host}/private/app` },
      { HOME: home.home, PATH: home.path }
    )
    expect(run.code).toBe(0)
    expect(run.outputs['digest']).toBe(PRIVATE)
    expect(visible(run)).not.toContain(IDENTITY)
  })
})

describe('tokens in the config', () => {
  it('exchanges an identitytoken through the OAuth2 POST flow', async () => {
    const home = dockerHome({
      auths: { [L.token.host]: { auth: b64('alice:'), identitytoken: IDENTITY } }
    })
    const run = await act({ image: `${L.token.host}/private/app` }, { HOME: home.home })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('3.2.0')
  })

  it('falls back to the GET form when the realm answers the POST with 404', async () => {
    const f = await front({ faults: [{ match: /^\/token$/, status: 404, body: 'not found' }] })
    const home = dockerHome({
      auths: { [f.host]: { auth: b64('alice:'), identitytoken: IDENTITY } }
    })
    const run = await act({ image: `${f.host}/private/app` }, { HOME: home.home })
    expect(run.code).toBe(0)
    expect(
      f.requests.filter(r => r.path.startsWith('/token')).map(r => `${r.method} ${r.status}`)
    ).toEqual(['POST 404', 'GET 200'])
    expect(visible(run)).not.toContain(IDENTITY)
  })

  it('sends a registrytoken as Bearer with no exchange', async () => {
    const url = `${L.token.realm}?service=${L.token.service}&scope=repository:private/app:pull`
    const answer = await fetch(url, {
      headers: { authorization: `Basic ${b64(`alice:${L.users['alice']}`)}` }
    })
    const { token } = (await answer.json()) as { token: string }
    const home = dockerHome({ auths: { [L.token.host]: { registrytoken: token } } })
    const run = await act({ image: `${L.token.host}/private/app` }, { HOME: home.home })
    expect(run.code).toBe(0)
    expect(visible(run)).not.toContain(token)
    expect(run.stdout).toContain(`::add-mask::${token}`)
  })
})

describe('refused credentials', () => {
  it('retries a public image anonymously, once, and says so', async () => {
    const home = dockerHome({ auths: { [L.token.host]: { auth: b64('bob:stale-password') } } })
    const run = await act({ image: `${L.token.host}/sample/app` }, { HOME: home.home })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe('1.10.0')
    expect(run.stdout).toMatch(
      /::warning::The registry refused credentials from the docker config .*; the image is public, so it was read anonymously/
    )
  })

  it('says both were tried when a private image refuses both', async () => {
    const home = dockerHome({ auths: { [L.token.host]: { auth: b64(`bob:${L.users['bob']}`) } } })
    const run = await act({ image: `${L.token.host}/private/app` }, { HOME: home.home })
    expect(run.code).not.toBe(0)
    const message = failure(run)
    expect(message).toMatch(
      /It refused credentials from the docker config .*config.json \(auths\["127\.0\.0\.1:\d+"\]\)/
    )
    expect(message).toMatch(/Tried anonymously too: .*does not exist or is private/)
    expect(visible(run)).not.toContain(L.users['bob'])
  })
})

describe('Azure ACR refresh tokens', () => {
  it('reads the 00000000-… user name as "the password is a refresh token"', async () => {
    const run = await act(
      {
        image: `${L.token.host}/private/app`,
        username: '00000000-0000-0000-0000-000000000000',
        password: IDENTITY
      },
      { HOME: '/nonexistent' }
    )
    expect(run.code).toBe(0)
    expect(run.outputs['digest']).toBe(PRIVATE)
  })
})
