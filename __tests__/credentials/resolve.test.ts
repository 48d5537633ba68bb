import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { resolveCredential } from '../../src/credentials/resolve.js'
import { parseReference } from '../../src/reference.js'
import { b64, dockerHome, helperScript } from '../helpers/docker-home.js'

const secrets: string[] = []
const onSecret = (s: string): void => void secrets.push(s)

describe('resolveCredential', () => {
  const home = dockerHome(
    {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub-pat-1') },
        'quay.io': { identitytoken: 'quay-identity-1' },
        'reg.example.com': { registrytoken: 'reg-bearer-1' }
      },
      credHelpers: { 'ghcr.io': 'gh' }
    },
    { gh: helperScript('ghcr.io', '<token>', 'gh-identity-2') }
  )
  const env = { HOME: home.home, PATH: home.path, GITHUB_ACTOR: 'octocat' }
  afterAll(() => rmSync(home.home, { recursive: true, force: true }))

  it('uses explicit inputs first', async () => {
    const c = await resolveCredential(
      parseReference('python'),
      { username: 'u', password: 'p', dockerConfig: true, env },
      onSecret
    )
    expect(c).toMatchObject({
      kind: 'basic',
      username: 'u',
      source: "the 'username' and 'password' inputs"
    })
  })

  it('reads a base64 auth for Docker Hub, masking it', async () => {
    const c = await resolveCredential(
      parseReference('python'),
      { dockerConfig: true, env },
      onSecret
    )
    expect(c).toMatchObject({ kind: 'basic', username: 'hubuser', password: 'hub-pat-1' })
    expect(c.kind !== 'anonymous' && c.source).toMatch(/auths\["https:\/\/index.docker.io\/v1\/"\]/)
    expect(secrets).toContain('hub-pat-1')
  })

  it('reads identity and registry tokens', async () => {
    expect(
      await resolveCredential(parseReference('quay.io/a/b'), { dockerConfig: true, env }, onSecret)
    ).toMatchObject({ kind: 'identity-token', token: 'quay-identity-1' })
    expect(
      await resolveCredential(
        parseReference('reg.example.com/a'),
        { dockerConfig: true, env },
        onSecret
      )
    ).toMatchObject({ kind: 'bearer', token: 'reg-bearer-1' })
  })

  it('asks the credHelper, reading <token> as an identity token', async () => {
    const c = await resolveCredential(
      parseReference('ghcr.io/o/app'),
      { dockerConfig: true, githubToken: 'ghs_x', env },
      onSecret
    )
    expect(c).toMatchObject({ kind: 'identity-token', token: 'gh-identity-2' })
    expect(c.kind !== 'anonymous' && c.source).toMatch(/docker-credential-gh \(credHelpers in /)
  })

  it('uses the GitHub token for ghcr.io when nothing else is found', async () => {
    const c = await resolveCredential(
      parseReference('ghcr.io/o/app'),
      { dockerConfig: false, githubToken: 'ghs_x', env },
      onSecret
    )
    expect(c).toMatchObject({
      kind: 'basic',
      username: 'octocat',
      password: 'ghs_x',
      source: "the 'github-token' input"
    })
    expect(
      await resolveCredential(
        parseReference('quay.io/o/app'),
        { dockerConfig: false, githubToken: 'ghs_x', env },
        onSecret
      )
    ).toEqual({ kind: 'anonymous' })
  })

  it('is anonymous with docker-config off or no config', async () => {
    expect(
      await resolveCredential(parseReference('python'), { dockerConfig: false, env }, onSecret)
    ).toEqual({ kind: 'anonymous' })
    expect(
      await resolveCredential(
        parseReference('python'),
        { dockerConfig: true, env: { HOME: '/nonexistent' } },
        onSecret
      )
    ).toEqual({ kind: 'anonymous' })
  })

  // Every secret read, and the base64 header value derived from it, is masked before use.
  // prettier-ignore
  it.each([
    ['explicit inputs', 'python', { username: 'u1', password: 'input-pw-1', dockerConfig: false }, ['input-pw-1', b64('u1:input-pw-1')]],
    ['the GitHub token', 'ghcr.io/o/app', { dockerConfig: false, githubToken: 'ghs_mask' }, ['ghs_mask', b64('octocat:ghs_mask')]],
    ['a docker config auth', 'python', { dockerConfig: true }, [b64('hubuser:hub-pat-1'), 'hub-pat-1']],
    ['a helper secret', 'ghcr.io/o/app', { dockerConfig: true }, ['gh-identity-2', b64('<token>:gh-identity-2')]],
    ['an identity token', 'quay.io/a/b', { dockerConfig: true }, ['quay-identity-1']],
    ['a registry token', 'reg.example.com/a', { dockerConfig: true }, ['reg-bearer-1']]
  ])('masks %s', async (_name, image, inputs, expected) => {
    const seen: string[] = []
    await resolveCredential(parseReference(image), { ...inputs, env }, s => void seen.push(s))
    expect(seen).toEqual(expect.arrayContaining(expected))
  })

  it('names a broken config file', async () => {
    const broken = dockerHome({})
    const { writeFileSync } = await import('node:fs')
    writeFileSync(`${broken.home}/.docker/config.json`, '{ not json')
    await expect(
      resolveCredential(
        parseReference('python'),
        { dockerConfig: true, env: { HOME: broken.home } },
        onSecret
      )
    ).rejects.toThrow(/config.json is not valid JSON.*docker-config: false/)
    rmSync(broken.home, { recursive: true, force: true })
  })
})
