// The lab: one storage directory seeded once, served by three real
// docker-registry processes (no auth, htpasswd Basic, token auth) and a
// token issuer. Used by the tests, `npm run demo` and `npm run bench`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeIssuerCertificate } from './pki.mjs'
import { htpasswdLine, startRegistry } from './registry.mjs'
import { seedSamples } from './samples.mjs'
import { startTokenServer } from './token-server.mjs'

/** `_json_key` is how GCR and Artifact Registry take a service-account key as a password. */
export const SERVICE_ACCOUNT_KEY = JSON.stringify({
  type: 'service_account',
  project_id: 'lab',
  private_key: '-----BEGIN PRIVATE KEY-----\\nMIIEv:lab:key\\n-----END PRIVATE KEY-----\\n',
  client_email: 'ci@lab.iam.gserviceaccount.com'
})
export const USERS = {
  alice: 'alice-secret-pw-1',
  bob: 'bob-secret-pw-2',
  _json_key: SERVICE_ACCOUNT_KEY
}
/** Identity (refresh) tokens, as `docker login` stores them in `identitytoken`. */
export const REFRESH_TOKENS = { 'alice-identity-token-7f3a9c': 'alice' }
export const TOKEN_SERVICE = 'registry-tags-lab'
export const TOKEN_ISSUER = 'registry-tags-lab-issuer'

/** Only alice may list the catalog through the token service (bob and anonymous are refused). */
export const canListCatalog = user => user === 'alice'

/** Anonymous pull everywhere but `private/*`, which only alice may pull. */
export function canPull(user, repository) {
  if (repository.startsWith('private/')) return user === 'alice' || user === '_json_key'
  return true
}

export async function startLab({
  bigCount,
  fleetCount,
  dir = mkdtempSync(join(process.env.REGISTRY_TAGS_TMP || tmpdir(), 'registry-tags-lab-'))
} = {}) {
  const storage = join(dir, 'storage')
  const stops = []
  try {
    const open = await startRegistry({ dir, storage, name: 'open' })
    stops.push(open.stop)
    const digests = await seedSamples(open.url, { storage, bigCount, fleetCount })

    const htpasswd = join(dir, 'htpasswd')
    writeFileSync(
      htpasswd,
      Object.entries(USERS)
        .map(([u, p]) => htpasswdLine(u, p))
        .join('\n') + '\n'
    )
    const basic = await startRegistry({ dir, storage, name: 'basic', auth: { htpasswd } })
    stops.push(basic.stop)

    const pki = makeIssuerCertificate(dir)
    const tokens = await startTokenServer({
      issuer: TOKEN_ISSUER,
      service: TOKEN_SERVICE,
      pki,
      users: USERS,
      canPull,
      canListCatalog,
      refreshTokens: REFRESH_TOKENS
    })
    stops.push(tokens.close)
    const tokenAuth = {
      token: {
        realm: tokens.url,
        service: TOKEN_SERVICE,
        issuer: TOKEN_ISSUER,
        rootcertbundle: pki.certPath
      }
    }
    const token = await startRegistry({ dir, storage, name: 'token', auth: tokenAuth })
    stops.push(token.stop)
    // The same three modes over an empty storage of their own, for tests that
    // push: what they push never shows in the seeded registries' catalogs.
    const scratchStorage = join(dir, 'scratch-storage')
    const scratch = {}
    for (const [mode, auth] of [
      ['open', undefined],
      ['basic', { htpasswd }],
      ['token', tokenAuth]
    ]) {
      const registry = await startRegistry({
        dir,
        storage: scratchStorage,
        name: `scratch-${mode}`,
        auth
      })
      stops.push(registry.stop)
      scratch[mode] = { url: registry.url, host: registry.host }
    }
    return {
      dir,
      digests,
      users: USERS,
      refreshTokens: REFRESH_TOKENS,
      open: { url: open.url, host: open.host },
      basic: { url: basic.url, host: basic.host },
      token: { url: token.url, host: token.host, realm: tokens.url, service: TOKEN_SERVICE },
      scratch,
      tokenLog: tokens.log,
      pids: [open.pid, basic.pid, token.pid],
      async stop() {
        for (const stop of stops.reverse()) await stop()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {})
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}
