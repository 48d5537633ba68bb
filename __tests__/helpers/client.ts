/**
 * The real transport, token service and session, wired as the engine wires
 * them, for tests of the registry calls. Test files that use `rig` call
 * `afterEach(disposeRigs)` themselves: nothing here registers hooks on import.
 */
import { parseReference } from '../../src/reference.js'
import { RegistryApi } from '../../src/registry/api.js'
import { platformDigest, tagDigest } from '../../src/registry/manifests.js'
import type { PagerOptions } from '../../src/registry/pager.js'
import type { Platform } from '../../src/registry/platform.js'
import type { RateLimit } from '../../src/registry/rate-limit.js'
import type { TagList } from '../../src/registry/tags.js'
import { listTags } from '../../src/registry/tags.js'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { HttpTransport } from '../../src/transport/http.js'
import { RegistrySession } from '../../src/transport/session.js'
import { TokenService } from '../../src/transport/tokens.js'
import type { Logger } from '../../src/logger.js'

/** One repository's registry calls, as a lookup makes them. */
export interface RepositoryCalls {
  listTags(): Promise<TagList>
  digest(tag: string): Promise<string>
  platformDigest(digest: string, platform: Platform): Promise<string>
  readonly rateLimit: RateLimit | undefined
}

export interface Rig {
  http: HttpTransport
  tokens: TokenService
  session: RegistrySession
  secrets: string[]
  warnings: string[]
  client(image: string, options?: Partial<PagerOptions>): RepositoryCalls
}

const made: Rig[] = []

/** Disposes every rig made since the last call. */
export function disposeRigs(): void {
  while (made.length) made.pop()!.http.dispose()
}

export function rig(credential: Credential = ANONYMOUS): Rig {
  const secrets: string[] = []
  const warnings: string[] = []
  const log: Logger = { debug() {}, info() {}, warning: m => void warnings.push(m) }
  const http = new HttpTransport({
    idleTimeoutMs: 10_000,
    maxRetries: 2,
    maxRetryAfterMs: 5_000,
    sleep: async () => {},
    log
  })
  const onSecret = (s: string): void => void secrets.push(s)
  const tokens = new TokenService(http, onSecret)
  const session = new RegistrySession(http, tokens, credential, log)
  const client = (image: string, options: Partial<PagerOptions> = {}): RepositoryCalls => {
    const ref = parseReference(image)
    const api = new RegistryApi(ref, session, log)
    const pager = { pageSize: 1000, maxPages: 1000, ...options }
    return {
      listTags: () => listTags(api, ref.repository, pager),
      digest: tag => tagDigest(api, ref.repository, tag),
      platformDigest: (digest, platform) => platformDigest(api, ref.repository, digest, platform),
      get rateLimit() {
        return api.rateLimit
      }
    }
  }
  const r: Rig = { http, tokens, session, secrets, warnings, client }
  made.push(r)
  return r
}

export const basic = (username: string, password: string): Credential => ({
  kind: 'basic',
  username,
  password,
  source: 'the test'
})
