import { afterEach } from '@jest/globals'
import { parseReference } from '../../src/reference.js'
import { RegistryClient } from '../../src/registry/client.js'
import type { ClientOptions } from '../../src/registry/client.js'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { HttpTransport } from '../../src/transport/http.js'
import { RegistrySession } from '../../src/transport/session.js'
import { TokenService } from '../../src/transport/tokens.js'
import type { Logger } from '../../src/logger.js'

export interface Rig {
  http: HttpTransport
  tokens: TokenService
  session: RegistrySession
  secrets: string[]
  warnings: string[]
  client(image: string, options?: Partial<ClientOptions>): RegistryClient
}

const made: Rig[] = []
afterEach(() => {
  while (made.length) made.pop()!.http.dispose()
})

/** The real transport, token service and session, as the action wires them; disposed after each test. */
export function rig(credential: Credential = ANONYMOUS): Rig {
  const secrets: string[] = []
  const warnings: string[] = []
  const log: Logger = { debug() {}, info() {}, warning: m => void warnings.push(m) }
  const http = new HttpTransport({
    timeoutMs: 10_000,
    maxRetries: 2,
    maxRetryAfterMs: 5_000,
    sleep: async () => {},
    log
  })
  const tokens = new TokenService(http, s => void secrets.push(s))
  const session = new RegistrySession(http, tokens, credential, log)
  const r: Rig = {
    http,
    tokens,
    session,
    secrets,
    warnings,
    client: (image, options) =>
      new RegistryClient(
        parseReference(image),
        session,
        { pageSize: 1000, maxPages: 1000, ...options },
        log
      )
  }
  made.push(r)
  return r
}

export const basic = (username: string, password: string): Credential => ({
  kind: 'basic',
  username,
  password,
  source: 'the test'
})
