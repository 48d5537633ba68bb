/**
 * Repositories mode on a registry's catalog, end to end: the bundled action
 * and the command line list `/v2/_catalog` of the real docker-registry in
 * its three auth modes, each holding more than 1,000 repositories (two
 * pages). The token issuer grants the catalog to alice only: bob's and an
 * anonymous request's failures must say why and what to do, never showing
 * a password.
 */
import { describe, expect, it } from '@jest/globals'
import { fleetNames } from '../../lab/samples.mjs'
import { failure, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import type { LabRegistry } from '../helpers/lab.js'
import { expectListed, runsWith } from '../helpers/repositories.js'

const L = lab()
const ALICE = L.users['alice']!
const BOB = L.users['bob']!
/** Every repository the lab seeded: the samples and 1,100 fleet repositories, sorted. */
const EXPECTED = [...new Set([...Object.keys(L.digests), ...fleetNames()])].sort()
const TOTAL = String(EXPECTED.length)
/** The action, and the command line with a HOME of its own (no docker config). */
const { act, cli } = runsWith()

describe('the action lists a catalog of more than 1,000 repositories', () => {
  it.each<[string, LabRegistry, Record<string, string>]>([
    ['open, anonymous', L.open, {}],
    ['basic, alice', L.basic, { username: 'alice', password: ALICE }],
    ['token, alice', L.token, { username: 'alice', password: ALICE }]
  ])('%s: every name, sorted, with count, total and a summary table', async (_m, reg, login) => {
    expect(EXPECTED.length).toBeGreaterThan(1000)
    const run = await act({ repositories: reg.host, ...login })
    expectListed(run, EXPECTED, TOTAL)
    expect(run.summary).toContain(reg.host)
    expect(run.summary).toMatch(/<table|\n\|/)
    expect(run.summary).toContain('fleet/app-0001')
    if (login['password']) expect(visible(run)).not.toContain(login['password'])
  })

  it('applies filter and exclude to the names', async () => {
    const run = await act({
      repositories: L.token.host,
      username: 'alice',
      password: ALICE,
      filter: '^fleet/app-00(0\\d|1\\d)$',
      exclude: '[5-9]$'
    })
    const passing = ['01', '02', '03', '04', '10', '11', '12', '13', '14']
    expectListed(
      run,
      passing.map(n => `fleet/app-00${n}`),
      TOTAL
    )
  })
})

describe('the action explains a catalog the registry will not give', () => {
  it.each<[string, LabRegistry, Record<string, string>, RegExp]>([
    [
      'token, bob: the token service grants him nothing',
      L.token,
      { username: 'bob', password: BOB },
      /^Could not list the catalog of repositories on 127\.0\.0\.1:\d+: the token service did not grant registry:catalog:\* to credentials from .*\(insufficient_scope\).*Use credentials that may list the catalog \(often an administrator account\)\./
    ],
    [
      'token, anonymous',
      L.token,
      {},
      /the token service did not grant registry:catalog:\* to anonymous requests.*Give 'username' and 'password' of an account that may list the catalog/
    ],
    [
      'basic, anonymous',
      L.basic,
      {},
      /this registry needs a user name and password \(HTTP Basic\) to list its catalog.*Give 'username' and 'password'/
    ]
  ])('%s', async (_name, reg, login, message) => {
    const run = await act({ repositories: reg.host, ...login })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(message)
    expect(run.outputs['repositories']).toBeUndefined()
    if (login['password']) expect(visible(run)).not.toContain(login['password'])
  })
})

describe('the command line lists a catalog', () => {
  it('anonymously from the open registry, as JSON', async () => {
    const result = await cli(['--repositories', L.open.host, '--json'])
    expectListed(result, EXPECTED, TOTAL)
  })

  it('with --username and the password on stdin, filtered, from the token registry', async () => {
    const result = await cli(
      [
        '--repositories',
        L.token.host,
        '--json',
        '--filter',
        '^(sample|private)/',
        '--exclude',
        'docker$',
        '--username',
        'alice',
        '--password-stdin'
      ],
      { stdin: `${ALICE}\n` }
    )
    expectListed(result, ['private/app', 'sample/app', 'sample/multi'], TOTAL)
    expect(result.stdout + result.stderr).not.toContain(ALICE)
  })

  it('prints the names on a plain run', async () => {
    const result = await cli(['--repositories', L.open.host])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('fleet/app-1100')
  })

  it("explains bob's refusal with exit status 1, no password shown", async () => {
    const result = await cli(
      ['--repositories', L.token.host, '--username', 'bob', '--password-stdin'],
      { stdin: `${BOB}\n` }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /the token service did not grant registry:catalog:\* to credentials from .*\(insufficient_scope\)/
    )
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stdout + result.stderr).not.toContain(BOB)
  })
})
