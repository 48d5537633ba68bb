/**
 * Repositories mode on Docker Hub namespaces, end to end: the bundled action
 * and the command line list `docker.io/<namespace>` through the Hub API
 * stand-in (lab/hub-api.mjs), reached under its real hostname
 * hub.docker.com through the CONNECT proxy of lab/proxy.mjs (a test CA
 * trusted through NODE_EXTRA_CA_CERTS). The code keeps its default address;
 * the tests set only what a user could set: a proxy and a CA.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startHubApi } from '../../lab/hub-api.mjs'
import { closeAll, closeLater, failure, visible } from '../helpers/action.js'
import type { MitmProxy } from '../helpers/proxy.js'
import { connectsOf, proxyTo, throughProxy } from '../helpers/proxy.js'
import { expectListed, runsWith } from '../helpers/repositories.js'

const PASSWORD = 'dckr_pat_e2e-Secret-9'
/** 250 public repositories: three pages of 100. */
const PUBLIC = Array.from({ length: 250 }, (_, i) => `svc-${String(i).padStart(3, '0')}`)
const PRIVATE = ['internal-a', 'internal-b']
const bigorg = (names: string[]) => names.map(n => `bigorg/${n}`)

let hub: Awaited<ReturnType<typeof startHubApi>>
let proxy: MitmProxy
afterAll(closeAll)

beforeAll(async () => {
  hub = closeLater(
    await startHubApi({
      namespaces: { bigorg: { public: PUBLIC, private: PRIVATE, members: ['alice'] } },
      users: { alice: PASSWORD },
      // The proxy forwards with its own Host header: `next` says what hub.docker.com would.
      publicUrl: 'https://hub.docker.com'
    })
  )
  proxy = await proxyTo({ 'hub.docker.com': hub.url })
})

/** Tokens the Hub had handed out before the current test. */
let tokensBefore = 0
beforeEach(() => {
  tokensBefore = hub.tokens().length
  hub.reset()
  hub.configure({ legacyOnly: false, legacyLogin: false })
  proxy.seen.length = 0
})

/** The action and the command line (a HOME of its own), through the proxy, trusting its CA. */
const { act, cli } = runsWith(() => throughProxy(proxy))

const asked = () => hub.requests.map(r => `${r.method} ${r.path.split('?')[0]} ${r.auth}`)
const pages = () => hub.requests.filter(r => r.method === 'GET').map(r => r.path)

/** Nothing but hub.docker.com was contacted, so credentials went nowhere else. */
function expectOnlyHub(): void {
  expect(new Set(connectsOf(proxy))).toEqual(new Set(['hub.docker.com:443']))
  const hosts = proxy.seen.filter(s => !('connect' in s)).map(s => s.host)
  expect(new Set(hosts)).toEqual(new Set(['hub.docker.com']))
}

/** Neither the password nor any token the Hub handed out shows; the tokens were masked. */
function expectNoSecrets(shown: string, stdout: string): void {
  const issued = hub.tokens().slice(tokensBefore)
  expect(issued).toHaveLength(1)
  for (const secret of [PASSWORD, ...hub.tokens()]) expect(shown).not.toContain(secret)
  expect(stdout).toContain(`::add-mask::${issued[0]}`)
}

describe('the action lists a Docker Hub namespace', () => {
  it('anonymously: every public repository, paged by next', async () => {
    const result = await act({ repositories: 'docker.io/bigorg' })
    expectListed(result, bigorg(PUBLIC), 250)
    expect(pages()).toEqual([
      '/v2/namespaces/bigorg/repositories?page_size=100',
      '/v2/namespaces/bigorg/repositories?page=2&page_size=100',
      '/v2/namespaces/bigorg/repositories?page=3&page_size=100'
    ])
    expect(hub.requests.every(r => r.auth === null)).toBe(true)
    expectOnlyHub()
  })

  it.each([
    ['POST /v2/auth/token', {}, ['POST /v2/auth/token null'], 'Bearer'],
    [
      'the older POST /v2/users/login',
      { legacyLogin: true },
      ['POST /v2/auth/token null', 'POST /v2/users/login null'],
      'JWT'
    ]
  ])(
    'with username and password, logged in through %s: private repositories too',
    async (_name, flags, logins, scheme) => {
      hub.configure(flags)
      const result = await act({
        repositories: 'docker.io/bigorg',
        username: 'alice',
        password: PASSWORD
      })
      expectListed(result, bigorg([...PRIVATE, ...PUBLIC].sort()), 252)
      expect(asked()).toEqual([
        ...logins,
        ...Array(3).fill(`GET /v2/namespaces/bigorg/repositories ${scheme}`)
      ])
      expectNoSecrets(visible(result), result.stdout)
      expectOnlyHub()
    }
  )

  it('through the older /v2/repositories/{namespace}/ where the new endpoint is missing', async () => {
    hub.configure({ legacyOnly: true })
    const result = await act({ repositories: 'docker.io/bigorg' })
    expectListed(result, bigorg(PUBLIC), 250)
    expect(pages()).toEqual([
      '/v2/namespaces/bigorg/repositories?page_size=100',
      '/v2/repositories/bigorg/?page_size=100',
      '/v2/repositories/bigorg/?page=2&page_size=100',
      '/v2/repositories/bigorg/?page=3&page_size=100'
    ])
  })

  it('with filter and exclude applied to the names', async () => {
    const result = await act({
      repositories: 'docker.io/bigorg',
      filter: '^bigorg/svc-01',
      exclude: 'svc-01[5-9]$'
    })
    expectListed(result, bigorg(['svc-010', 'svc-011', 'svc-012', 'svc-013', 'svc-014']), 250)
  })
})

describe('the action explains', () => {
  it.each([
    ['the new endpoint answers 404', {}],
    ['the older endpoint answers count 0', { legacyOnly: true }]
  ])('an unknown namespace, when %s', async (_name, flags) => {
    hub.configure(flags)
    const result = await act({ repositories: 'docker.io/nobody' })
    expect(result.code).not.toBe(0)
    expect(failure(result)).toMatch(
      /^Namespace 'nobody' does not exist on Docker Hub, or has no repositories you can see. Check the spelling .* It was asked without a login, so only public repositories count; for private ones give 'username' and 'password'/
    )
  })

  it('that Docker Hub has no catalog, for docker.io alone, asking nothing', async () => {
    const result = await act({ repositories: 'docker.io' })
    expect(result.code).not.toBe(0)
    expect(failure(result)).toMatch(
      /Docker Hub has no catalog of repositories: give a namespace to list, such as 'docker.io\/library'/
    )
    expect(hub.requests).toEqual([])
  })

  it('a refused password, naming the inputs it came from, never showing it', async () => {
    const result = await act({
      repositories: 'docker.io/bigorg',
      username: 'alice',
      password: `${PASSWORD}-wrong`
    })
    expect(result.code).not.toBe(0)
    expect(failure(result)).toMatch(
      /^Could not log in to the Docker Hub API as 'alice' on Docker Hub \(hub.docker.com\): the Hub API answered 401 .*It refused the credentials from the 'username' and 'password' inputs for user 'alice'.*a personal access token needs read access/
    )
    expect(visible(result)).not.toContain(PASSWORD)
  })
})

describe('the command line lists a Docker Hub namespace', () => {
  it('anonymously, as JSON', async () => {
    const result = await cli(['--repositories', 'docker.io/bigorg', '--json'])
    expectListed(result, bigorg(PUBLIC), 250)
    expectOnlyHub()
  })

  it('with --username and the password on stdin: private repositories too, no secret shown', async () => {
    const result = await cli(
      ['--repositories', 'docker.io/bigorg', '--json', '--username', 'alice', '--password-stdin'],
      { stdin: `${PASSWORD}\n` }
    )
    expectListed(result, bigorg([...PRIVATE, ...PUBLIC].sort()), 252)
    for (const secret of [PASSWORD, ...hub.tokens()]) {
      expect(result.stdout + result.stderr).not.toContain(secret)
    }
    expectOnlyHub()
  })

  it('explains an unknown namespace with exit status 1', async () => {
    const result = await cli(['--repositories', 'docker.io/nobody'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Namespace 'nobody' does not exist on Docker Hub/)
  })
})
