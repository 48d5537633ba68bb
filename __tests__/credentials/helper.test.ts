import { describe, expect, it } from '@jest/globals'
import { runCredentialHelper } from '../../src/credentials/helper.js'
import { dockerHome, helperScript } from '../helpers/docker-home.js'

const home = dockerHome(
  {},
  {
    good: helperScript('ghcr.io', 'octocat', 'ghp_helper_secret'),
    failing: 'echo "keychain locked" >&2; exit 3',
    hanging: 'sleep 30',
    garbage: 'echo not-json',
    leaky: `printf '{"Username":"u","Secret":"leaked-secret-1"}'; exit 1`
  }
)
const env = { PATH: home.path }

describe('runCredentialHelper', () => {
  it('returns what the helper knows for the server', async () => {
    expect(await runCredentialHelper('good', 'ghcr.io', 5000, env)).toEqual({
      username: 'octocat',
      secret: 'ghp_helper_secret'
    })
  })

  it('reads "credentials not found" as none', async () => {
    expect(await runCredentialHelper('good', 'quay.io', 5000, env)).toBeUndefined()
  })

  it('says which helper is missing', async () => {
    await expect(runCredentialHelper('absent', 'ghcr.io', 5000, env)).rejects.toThrow(
      /names the credential helper 'absent', but docker-credential-absent is not on PATH/
    )
  })

  it('says how a helper failed', async () => {
    await expect(runCredentialHelper('failing', 'ghcr.io', 5000, env)).rejects.toThrow(
      /docker-credential-failing failed \(exit 3\): keychain locked/
    )
    await expect(runCredentialHelper('garbage', 'ghcr.io', 5000, env)).rejects.toThrow(
      /did not answer with JSON/
    )
  })

  it('never repeats a failing helper output that may hold its secret', async () => {
    const error = (await runCredentialHelper('leaky', 'ghcr.io', 5000, env).catch(
      (e: unknown) => e
    )) as Error
    expect(error.message).toMatch(/docker-credential-leaky failed \(exit 1\)/)
    expect(error.message).not.toContain('leaked-secret-1')
  })

  it('gives up on a helper that hangs, within the time bound', async () => {
    const started = Date.now()
    await expect(runCredentialHelper('hanging', 'ghcr.io', 500, env)).rejects.toThrow(
      /did not answer within 0.5 s/
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
