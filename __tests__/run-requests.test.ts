/**
 * What a run's inputs ask of the engine, the same for the action and the
 * command line: the engine's options (`insecure` only for the hosts the run
 * names) and the lookup or listing to make.
 */
import { describe, expect, it } from '@jest/globals'
import { silentLogger } from '../src/logger.js'
import { parseInputs } from '../src/options.js'
import { engineOptions, lookupRequestOf, repositoriesRequestOf } from '../src/run-requests.js'

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const ENV = { GITHUB_API_URL: 'https://api.github.com', DOCKER_CONFIG: '/home/runner/.docker' }

// prettier-ignore
const INSECURE: [Record<string, string>, string[], string[] | undefined][] = [
  // inputs, registries the files reference, hosts allowed plain HTTP
  [{ image: '127.0.0.1:5000/team/app:1.0', insecure: 'true' }, [], ['127.0.0.1:5000']],
  [{ image: 'registry.lan:5000/team/app:1.0', insecure: 'false' }, [], undefined],
  [{ image: 'python:3.12' }, [], undefined],
  [{ repositories: 'registry.lan:5000', insecure: 'true' }, [], ['registry.lan:5000']],
  [{ repositories: 'docker.io/library', insecure: 'true' }, [], undefined],
  [{ image: 'auto', 'update-files': 'Dockerfile', insecure: 'true' }, ['registry.lan:5000', '10.0.0.5:5000'], ['registry.lan:5000', '10.0.0.5:5000']],
  [{ image: 'auto', 'update-files': 'Dockerfile', insecure: 'true' }, [], undefined]
]

describe('engineOptions', () => {
  it.each(INSECURE)('%j with %j → %j', (inputs, referenced, insecure) => {
    const options = parseInputs(from(inputs), ENV)
    const engine = engineOptions(options, silentLogger, () => undefined, ENV, referenced)
    expect(engine.insecureHosts && [...engine.insecureHosts]).toEqual(insecure)
  })

  it('passes the credentials, the environment and the timeouts on', () => {
    const onSecret = () => undefined
    const options = parseInputs(
      from({ image: 'ghcr.io/o/app:1.0', username: 'octo', password: 'pw', timeout: '120' }),
      ENV
    )
    const engine = engineOptions(options, silentLogger, onSecret, ENV)
    expect(engine).toMatchObject({
      log: silentLogger,
      onSecret,
      credentials: { username: 'octo', password: 'pw', dockerConfig: true, env: ENV },
      timeoutMs: 120_000,
      requestTimeoutMs: options.requestTimeoutMs
    })
  })
})

describe('lookupRequestOf', () => {
  // prettier-ignore
  const LOOKUPS: [Record<string, string>, { repository: string; current?: string; platform?: string }][] = [
    [{ image: 'python:3.12-slim' }, { repository: 'library/python', current: '3.12-slim' }],
    [{ image: 'python', current: '3.11' }, { repository: 'library/python', current: '3.11' }],
    [{ image: 'ghcr.io/o/app', platform: 'linux/arm64' }, { repository: 'o/app', platform: 'linux/arm64' }],
    [{ image: 'nginx' }, { repository: 'library/nginx' }]
  ]
  it.each(LOOKUPS)('%j', (inputs, expected) => {
    const options = parseInputs(from(inputs), ENV)
    if (options.mode !== 'image') throw new Error(`expected image mode, got ${options.mode}`)
    const request = lookupRequestOf(options)
    expect(request.image.repository).toBe(expected.repository)
    expect(request.current).toBe(expected.current)
    expect(request.platform && `${request.platform.os}/${request.platform.architecture}`).toBe(
      expected.platform
    )
    expect(request.policy).toBe(options.policy)
  })
})

describe('repositoriesRequestOf', () => {
  it('carries the target and the filters', () => {
    const options = parseInputs(
      from({ repositories: 'ghcr.io/octo-org', filter: '^app-', exclude: 'legacy' }),
      ENV
    )
    if (options.mode !== 'repositories')
      throw new Error(`expected repositories mode, got ${options.mode}`)
    const request = repositoriesRequestOf(options)
    expect(request.target).toEqual({ kind: 'github', owner: 'octo-org' })
    expect(
      ['app-web', 'app-legacy', 'web'].filter(
        n => request.filter!.test(n) && !request.exclude!.test(n)
      )
    ).toEqual(['app-web'])
  })

  it('leaves out filters not given', () => {
    const options = parseInputs(from({ repositories: 'docker.io/library' }), ENV)
    if (options.mode !== 'repositories') throw new Error('expected repositories mode')
    expect(repositoriesRequestOf(options)).toEqual({
      target: { kind: 'docker-hub', namespace: 'library' }
    })
  })
})
