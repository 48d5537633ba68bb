/**
 * The engine as the front ends use it: one per run, lookups and repository
 * listings through one transport against a V2 registry on loopback (plain
 * HTTP, as a local registry without certificates is reached), credentials
 * from the inputs, and the step's deadline over every question.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Engine } from '../src/engine.js'
import type { EngineOptions } from '../src/engine.js'
import { parseReference } from '../src/reference.js'
import { parseRepositoriesTarget } from '../src/repositories.js'
import { RegistryError } from '../src/registry/failures.js'
import { compilePattern } from '../src/versions/pattern.js'
import { buildPolicy } from '../src/versions/policy.js'
import type { PolicyInputs } from '../src/versions/policy.js'
import { digestOf, startRegistry } from './helpers/registry.js'
import { scriptedServer } from './helpers/servers.js'
import type { Scripted } from './helpers/servers.js'

const closers: { close(): Promise<void> }[] = []
const engines: Engine[] = []
afterEach(async () => {
  while (engines.length) engines.pop()!.dispose()
  while (closers.length) await closers.pop()!.close()
})

const PYTHON = [
  '3.12.7',
  '3.12',
  '3.12-slim',
  '3.13.0',
  '3.14.7',
  '3.14',
  '3.14-slim',
  '3.14.7-slim',
  '3.15.0rc1',
  'latest',
  'slim'
]
const NGINX = ['1.27.3', '1.27.3-alpine', '1.27', '1.26.2', 'mainline', 'stable']

async function registry(basic?: string): Promise<Scripted> {
  const server = await startRegistry({
    repositories: {
      'library/python': PYTHON,
      'library/nginx': NGINX,
      'team/app': ['v1.0.0', 'v1.1.0']
    },
    ...(basic && { basic })
  })
  closers.push(server)
  return server
}

function engine(options: Partial<EngineOptions> = {}) {
  const secrets: string[] = []
  const made = new Engine({
    log: { debug() {}, info() {}, warning() {} },
    onSecret: s => void secrets.push(s),
    credentials: { dockerConfig: false, env: {} },
    timeoutMs: 30_000,
    requestTimeoutMs: 5_000,
    pager: { pageSize: 4, maxPages: 100 },
    ...options
  })
  engines.push(made)
  return { engine: made, secrets }
}

// prettier-ignore
const LOOKUPS: [string, PolicyInputs, string | undefined, string][] = [
  // image, policy, current tag, chosen
  ['library/python', {}, undefined, '3.14.7'],
  ['library/python', {}, '3.12-slim', '3.14-slim'],
  ['library/python', { prerelease: true }, undefined, '3.15.0rc1'],
  ['library/python', { range: '~3.12' }, '3.12.7', '3.12.7'],
  ['library/nginx', { variant: 'alpine' }, undefined, '1.27.3-alpine'],
  ['team/app', {}, 'v1.0.0', 'v1.1.0']
]

describe('Engine.lookup', () => {
  it.each(LOOKUPS)('%s %j from %s → %s', async (repository, inputs, current, chosen) => {
    const server = await registry()
    const { engine: e } = engine()
    const result = await e.lookup({
      image: parseReference(`${server.host}/${repository}`),
      policy: buildPolicy(inputs),
      ...(current && { current })
    })
    expect(result.chosen.tag).toBe(chosen)
    expect(result.digest).toBe(digestOf(repository, chosen))
    expect(result.reference).toBe(
      `${server.host}/${repository}:${chosen}@${digestOf(repository, chosen)}`
    )
    const tags =
      repository === 'library/python' ? PYTHON : repository === 'library/nginx' ? NGINX : ['', '']
    expect(result.pages).toBe(Math.ceil(tags.length / 4))
    // Every request counted, HTTPS attempts that fell back included.
    expect(e.requests).toBeGreaterThanOrEqual(server.seen.length)
  })

  it('shares one transport: a second lookup on the host costs no new TLS attempt', async () => {
    const server = await registry()
    const { engine: e } = engine()
    const policy = buildPolicy({})
    await e.lookup({ image: parseReference(`${server.host}/library/python`), policy })
    await e.lookup({ image: parseReference(`${server.host}/library/nginx`), policy })
    expect(server.clientErrors()).toBe(1)
  })

  it('uses the username and password inputs, and hands the password to onSecret', async () => {
    const server = await registry('octo:s3cret-pass')
    const { engine: e, secrets } = engine({
      credentials: { dockerConfig: false, env: {}, username: 'octo', password: 's3cret-pass' }
    })
    const result = await e.lookup({
      image: parseReference(`${server.host}/team/app`),
      policy: buildPolicy({})
    })
    expect(result.chosen.tag).toBe('v1.1.0')
    expect(secrets).toContain('s3cret-pass')
    // Sent after the registry's Basic challenge, then with every request of the repository.
    const manifests = server.seen.filter(r => r.path.includes('/manifests/'))
    expect(manifests.map(r => r.authorization)).toEqual(['Basic b2N0bzpzM2NyZXQtcGFzcw=='])
  })

  it('explains a registry that wants a login it was not given', async () => {
    const server = await registry('octo:s3cret-pass')
    const { engine: e } = engine()
    const failure = e.lookup({
      image: parseReference(`${server.host}/team/app`),
      policy: buildPolicy({})
    })
    await expect(failure).rejects.toBeInstanceOf(RegistryError)
    await expect(failure).rejects.toThrow(/needs a user name and password \(HTTP Basic\)/)
  })

  it('explains an image the registry does not have', async () => {
    const server = await registry()
    const { engine: e } = engine()
    const failure = e.lookup({
      image: parseReference(`${server.host}/team/gone`),
      policy: buildPolicy({})
    })
    await expect(failure).rejects.toThrow(/Repository 'team\/gone' does not exist/)
  })

  it("bounds every question by the step's deadline", async () => {
    const silent = await scriptedServer(() => undefined)
    closers.push(silent)
    const { engine: e } = engine({ timeoutMs: 300, requestTimeoutMs: 10_000 })
    const started = Date.now()
    await expect(
      e.lookup({ image: parseReference(`${silent.host}/team/app`), policy: buildPolicy({}) })
    ).rejects.toThrow(/The step's timeout \(0\.3 s\) ran out/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('Engine.repositories', () => {
  // prettier-ignore
  const LISTINGS: [string | undefined, string | undefined, string[]][] = [
    [undefined, undefined, ['library/nginx', 'library/python', 'team/app']],
    ['^library/', undefined, ['library/nginx', 'library/python']],
    [undefined, 'nginx', ['library/python', 'team/app']]
  ]
  it.each(LISTINGS)('the catalog, filter %s, exclude %s', async (filter, exclude, expected) => {
    const server = await registry()
    const { engine: e } = engine({ pager: { pageSize: 2, maxPages: 10 } })
    const result = await e.repositories({
      target: parseRepositoriesTarget(server.host),
      ...(filter && { filter: compilePattern('filter', filter) }),
      ...(exclude && { exclude: compilePattern('exclude', exclude) })
    })
    expect(result.repositories).toEqual(expected)
    expect(result.total).toBe(3)
    expect(result.pages).toBe(2)
  })
})

describe('Engine.credentialFor', () => {
  it('looks a registry up once per run', async () => {
    const { engine: e } = engine({
      credentials: { dockerConfig: false, env: {}, username: 'octo', password: 'pw' }
    })
    const ref = parseReference('registry.example.com/team/app')
    const [a, b] = await Promise.all([
      e.credentialFor(ref),
      e.credentialFor(parseReference('registry.example.com/team/api'))
    ])
    expect(a).toBe(b)
    expect(a).toMatchObject({ kind: 'basic', username: 'octo' })
    expect(await e.credentialFor(parseReference('python'))).toMatchObject({ kind: 'basic' })
  })
})
