/** The engine's bounds a repository's files cannot raise (issue 17 item 8). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Engine, MAX_CREDENTIAL_LOOKUPS } from '../src/engine.js'
import { silentLogger } from '../src/logger.js'
import { parseReference } from '../src/reference.js'
import { dockerHome } from './helpers/docker-home.js'

describe('Engine.credentialFor', () => {
  it('runs credential helpers a few at a time, and once per registry', async () => {
    // The helper notes when it starts and ends; the overlap is how many ran at once.
    const script = [
      'read url',
      'echo "start $url" >> "$HELPER_LOG"',
      'sleep 0.2',
      'echo "end $url" >> "$HELPER_LOG"',
      'echo "credentials not found in native keychain"; exit 1'
    ]
    const home = dockerHome({ credsStore: 'probe' }, { probe: script.join('\n') })
    const log = join(home.home, 'helper.log')
    const env = { DOCKER_CONFIG: join(home.home, '.docker'), PATH: home.path, HELPER_LOG: log }
    const engine = new Engine({
      log: silentLogger,
      onSecret: () => {},
      credentials: { dockerConfig: true, env },
      timeoutMs: 60_000
    })
    try {
      const images = Array.from({ length: 12 }, (_, i) => parseReference(`r${i % 10}.example/app`))
      const credentials = await Promise.all(images.map(image => engine.credentialFor(image)))
      expect(credentials.every(c => c.kind === 'anonymous')).toBe(true)
    } finally {
      engine.dispose()
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n')
    let running = 0
    let most = 0
    for (const line of lines) most = Math.max(most, (running += line.startsWith('start') ? 1 : -1))
    expect(lines.filter(l => l.startsWith('start'))).toHaveLength(10)
    expect(most).toBeLessThanOrEqual(MAX_CREDENTIAL_LOOKUPS)
    expect(most).toBeGreaterThan(1)
  }, 30_000)
})
