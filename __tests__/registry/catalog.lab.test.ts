/**
 * The catalog of the real docker-registry (distribution 2.8) in its three
 * auth modes, holding more than 1,000 repositories: at least two pages of
 * its `maxentries` (1,000). The token issuer grants `registry:catalog:*` to
 * alice only; bob and anonymous requests get distribution's
 * insufficient_scope, which must come back as the clear refusal.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { RegistryApi } from '../../src/registry/api.js'
import { listCatalog } from '../../src/registry/catalog.js'
import type { PagerOptions } from '../../src/registry/pager.js'
import { listRepositories } from '../../src/repositories.js'
import { basic, disposeRigs, rig } from '../helpers/client.js'
import { lab } from '../helpers/lab.js'
import type { LabRegistry } from '../helpers/lab.js'
import { fleetNames } from '../../lab/samples.mjs'

afterEach(disposeRigs)

const L = lab()
const ALICE = basic('alice', L.users['alice']!)
const BOB = basic('bob', L.users['bob']!)
const ALICE_IDENTITY: Credential = {
  kind: 'identity-token',
  token: 'alice-identity-token-7f3a9c',
  source: 'the test'
}
/** Every repository the lab seeded: the samples and 1,100 fleet repositories. */
const EXPECTED = [...new Set([...Object.keys(L.digests), ...fleetNames()])].sort()

function catalogOf(
  registry: LabRegistry,
  credential: Credential,
  pager: PagerOptions = { pageSize: 1000, maxPages: 50 }
) {
  const r = rig(credential)
  const log = { debug() {}, info: (m: string) => void r.warnings.push(m), warning() {} }
  const api = new RegistryApi({ registry: registry.host, endpoint: registry.host }, r.session, log)
  return { list: () => listCatalog(api, pager), api, log: r.warnings }
}

describe('the catalog of docker-registry 2.8, more than 1,000 repositories', () => {
  it.each<[string, LabRegistry, Credential]>([
    ['open, anonymous', L.open, ANONYMOUS],
    ['basic, alice', L.basic, ALICE],
    ['token, alice', L.token, ALICE],
    ['token, alice by identity token', L.token, ALICE_IDENTITY]
  ])('%s: every name, over two pages', async (_mode, registry, credential) => {
    expect(EXPECTED.length).toBeGreaterThan(1000)
    const listing = await catalogOf(registry, credential).list()
    expect(listing.pages).toBe(2)
    expect(listing.dropped).toBe(0)
    expect([...listing.names].sort()).toEqual(EXPECTED)
  })

  it('comes out sorted and filtered through repositories mode', async () => {
    const catalog = catalogOf(L.token, ALICE)
    const engine = { log: catalog.api.log, repositoryListing: () => catalog.list() }
    const target = {
      kind: 'catalog' as const,
      host: { registry: L.token.host, endpoint: L.token.host }
    }
    const all = await listRepositories(engine, { target })
    expect(all.repositories).toEqual(EXPECTED)
    expect(all).toMatchObject({ total: EXPECTED.length, pages: 2, dropped: 0 })
  })

  it('asks for 100 a page when n is above maxentries (PAGINATION_NUMBER_INVALID)', async () => {
    const catalog = catalogOf(L.token, ALICE, { pageSize: 5000, maxPages: 50 })
    const listing = await catalog.list()
    expect([...listing.names].sort()).toEqual(EXPECTED)
    expect(listing.pages).toBe(Math.ceil(EXPECTED.length / 100))
    expect(catalog.log.join('\n')).toMatch(/refused n=5000 \(400\); asking n=100/)
  })
})

describe('a catalog the registry will not give', () => {
  it.each<[string, LabRegistry, Credential, RegExp]>([
    [
      'token, bob (the token service grants him nothing)',
      L.token,
      BOB,
      /^Could not list the catalog of repositories on 127\.0\.0\.1:\d+: the token service did not grant registry:catalog:\* to credentials from the test \(insufficient_scope\) \(the registry answered 401 UNAUTHORIZED: authentication required\)\. Use credentials that may list the catalog \(often an administrator account\)\.$/
    ],
    [
      'token, anonymous',
      L.token,
      ANONYMOUS,
      /the token service did not grant registry:catalog:\* to anonymous requests .*Give 'username' and 'password' of an account that may list the catalog/
    ],
    [
      'token, a wrong password',
      L.token,
      basic('alice', 'not-her-password'),
      /The token service refused credentials from the test: check the user name and the password or token\./
    ],
    [
      'basic, anonymous',
      L.basic,
      ANONYMOUS,
      /this registry needs a user name and password \(HTTP Basic\) to list its catalog \(the registry answered 401 UNAUTHORIZED.*\)\. Give 'username' and 'password' of an account that may list the catalog\./
    ],
    [
      'basic, a wrong password',
      L.basic,
      basic('alice', 'not-her-password'),
      /it refused credentials from the test \(HTTP Basic\)/
    ]
  ])('%s', async (_name, registry, credential, message) => {
    const failure = catalogOf(registry, credential).list()
    await expect(failure).rejects.toThrow(message)
    await expect(failure).rejects.toMatchObject({ kind: 'unauthorized', status: 401 })
  })
})
