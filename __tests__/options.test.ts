import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../src/errors.js'
import { DEFAULT_UPDATE_FILES, DEFAULT_UPDATE_GLOBS } from '../src/files/default-globs.js'
import type { ImageOptions } from '../src/options.js'
import { hasPattern, parseInputs } from '../src/options.js'

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''

/** Image mode's options, or a failed test. */
function imageOptions(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): ImageOptions {
  const options = parseInputs(from(inputs), env)
  if (options.mode !== 'image') throw new Error(`expected image mode, got ${options.mode}`)
  return options
}

describe('parseInputs', () => {
  it('reads an image with its current tag and the defaults', () => {
    const options = imageOptions({ image: 'python:3.12-slim' })
    expect(options).toMatchObject({
      image: { registry: 'docker.io', repository: 'library/python', tag: '3.12-slim' },
      current: '3.12-slim',
      credentials: { dockerConfig: true },
      insecure: false,
      timeoutMs: 300_000,
      requestTimeoutMs: 20_000
    })
    expect(options.policy.precision).toBe('auto')
  })

  it('prefers `current` to the tag in the image', () => {
    expect(imageOptions({ image: 'python:3.12', current: '3.11' }).current).toBe('3.11')
  })

  it.each([
    ['timeout', '30', 30_000],
    ['timeout', '0.5', 500],
    ['timeout', ' 120 ', 120_000]
  ])('reads %s %j', (name, value, ms) => {
    expect(imageOptions({ image: 'python', [name]: value }).timeoutMs).toBe(ms)
  })

  it('reads update-files and what goes with it, relative to GITHUB_WORKSPACE', () => {
    const inputs = {
      image: 'python:3.12',
      'update-files': 'Dockerfile\n**/*.yml',
      'pin-digest': 'true'
    }
    expect(imageOptions(inputs, { GITHUB_WORKSPACE: '/w' }).update).toEqual({
      patterns: 'Dockerfile\n**/*.yml',
      workspace: '/w',
      pinDigest: true,
      pullRequest: false,
      group: false,
      pulls: { releaseNotes: true, labels: [], reviewers: [] }
    })
    expect(imageOptions({ image: 'python' }).update).toBeUndefined()
    expect(imageOptions({ image: 'python', 'pin-digest': 'false' }).update).toBeUndefined()
  })

  it('reads image: auto as every image in the files, each with its own current tag', () => {
    const options = parseInputs(
      from({ image: 'auto', 'update-files': '*', 'pull-request': 'true', group: 'true' })
    )
    expect(options).toMatchObject({
      mode: 'auto',
      update: { patterns: '*', workspace: '.', pullRequest: true, group: true, pinDigest: false }
    })
  })

  it('reads image: auto without update-files as the default globs, which update-files replaces', () => {
    const options = parseInputs(from({ image: 'auto', 'pin-digest': 'true' }), {})
    expect(options).toMatchObject({
      mode: 'auto',
      update: { patterns: DEFAULT_UPDATE_FILES, pinDigest: true }
    })
    expect(DEFAULT_UPDATE_GLOBS).toEqual(
      expect.arrayContaining(['**/*.yaml', '**/Containerfile', '**/*.tf', '!**/vendor/**'])
    )
    const given = parseInputs(from({ image: 'auto', 'update-files': 'deploy/*.yaml' }), {})
    expect(given).toMatchObject({ update: { patterns: 'deploy/*.yaml' } })
  })

  it('takes the per-request timeout from the environment tests set', () => {
    const env = { REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '1500' }
    expect(imageOptions({ image: 'python' }, env).requestTimeoutMs).toBe(1500)
  })

  // prettier-ignore
  it.each([
    [{}, 'image', /is required/],
    [{ image: 'Python:3' }, 'image', /must be lowercase/],
    [{ image: 'python', current: 'a b' }, 'current', /not a valid tag/],
    [{ image: 'python', password: 'x' }, 'username', /'password' is set/],
    [{ image: 'python', username: 'me' }, 'password', /give its password/],
    [{ image: 'python', insecure: 'yes' }, 'insecure', /not 'true' or 'false'/],
    [{ image: 'python', 'docker-config': 'nah' }, 'docker-config', /not 'true' or 'false'/],
    [{ image: 'python', platform: 'arm64' }, 'platform', /os\/arch/],
    [{ image: 'python', timeout: '0' }, 'timeout', /seconds between 1 and/],
    [{ image: 'python', timeout: '5m' }, 'timeout', /seconds between 1 and/],
    [{ image: 'python', timeout: '99999' }, 'timeout', /seconds between 1 and/],
    [{ image: 'python', range: '^^3' }, 'range', /not a semver range/],
    [{ image: 'python', precision: 'exact' }, 'precision', /not one of/],
    [{ repositories: 'docker.io' }, 'repositories', /Docker Hub has no catalog.*docker.io\/library/],
    [{ repositories: 'ghcr.io' }, 'repositories', /ghcr.io\/<user or organisation>/],
    [{ repositories: 'r.example.com/team' }, 'repositories', /listed by its host alone/],
    [{ repositories: 'docker.io/a/b' }, 'repositories', /one namespace/],
    [{ repositories: 'r.example.com', image: 'python' }, 'repositories', /both set/],
    [{ repositories: 'r.example.com', range: '^1' }, 'range', /only 'filter' and 'exclude' apply/],
    [{ repositories: 'r.example.com', platform: 'linux/amd64' }, 'platform', /chooses among tags/],
    [{ repositories: 'r.example.com', 'update-files': 'Dockerfile' }, 'update-files', /no image to rewrite/],
    [{ image: 'auto', 'update-files': '*', current: '1.0' }, 'current', /each reference/],
    [{ image: 'auto', 'update-files': '*', platform: 'linux/arm64' }, 'platform', /does not apply/],
    [{ image: 'auto', 'update-files': '*', username: 'me', password: 'pw' }, 'username', /docker\/login-action/],
    [{ image: 'python', 'pin-digest': 'true' }, 'pin-digest', /give 'update-files'/],
    [{ image: 'python', 'pull-request': 'true' }, 'pull-request', /give 'update-files'/],
    [{ image: 'python', group: 'true' }, 'group', /give 'update-files'/],
    [{ image: 'python', 'update-files': '*', 'pin-digest': 'yes' }, 'pin-digest', /not 'true' or 'false'/]
  ])('refuses %j, naming %s', (inputs, input, message) => {
    let error: unknown
    try {
      parseInputs(from(inputs as Record<string, string>))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).input).toBe(input)
    expect((error as Error).message).toMatch(`Input '${input}'`)
    expect((error as Error).message).toMatch(message)
  })

  // prettier-ignore
  it.each([
    ['registry.example.com:5000', { kind: 'catalog', host: { registry: 'registry.example.com:5000', endpoint: 'registry.example.com:5000' } }],
    ['localhost:5000/', { kind: 'catalog', host: { registry: 'localhost:5000', endpoint: 'localhost:5000' } }],
    ['docker.io/bitnami', { kind: 'docker-hub', namespace: 'bitnami' }],
    ['index.docker.io/library', { kind: 'docker-hub', namespace: 'library' }],
    ['ghcr.io/Octo-Org', { kind: 'github', owner: 'octo-org' }]
  ])('reads repositories: %s', (text, target) => {
    expect(parseInputs(from({ repositories: text, filter: '^a' }))).toMatchObject({
      mode: 'repositories',
      target,
      filter: { source: '^a' }
    })
  })

  // The runner passes every input's default (variant: auto): that is no pattern,
  // so the regular-expression engine is not loaded for it.
  it.each([
    [{ variant: 'auto', precision: 'auto' }, false],
    [{ variant: '*' }, false],
    [{ variant: 'alpine' }, false],
    [{ variant: '/^alpine3\\.\\d+$/' }, true],
    [{ filter: '^v' }, true],
    [{ exclude: '-rc' }, true],
    [{}, false]
  ])('knows whether %j holds a pattern', (inputs, expected) => {
    expect(hasPattern(from(inputs as Record<string, string>))).toBe(expected)
  })
})
