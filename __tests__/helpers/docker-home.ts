/** A HOME with a docker config and credential helper scripts, as a runner has after docker/login-action. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../lab/temp-dirs.mjs'

export interface DockerHome {
  home: string
  bin: string
  /** PATH with the helper scripts first. */
  path: string
}

/** Removed when the test file ends (see __tests__/lab/temp-dirs.mjs). */
export function dockerHome(config: unknown, helpers: Record<string, string> = {}): DockerHome {
  const home = tempDir('home')
  mkdirSync(join(home, '.docker'))
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify(config, null, '\t'))
  const bin = join(home, 'bin')
  mkdirSync(bin)
  for (const [name, script] of Object.entries(helpers)) {
    const file = join(bin, `docker-credential-${name}`)
    writeFileSync(file, `#!/bin/sh\n${script}\n`)
    chmodSync(file, 0o755)
  }
  return { home, bin, path: `${bin}:${process.env['PATH']}` }
}

export const b64 = (s: string): string => Buffer.from(s).toString('base64')

/** A helper that answers `get` for one server URL, as docker-credential-helpers do. */
export function helperScript(serverUrl: string, username: string, secret: string): string {
  return [
    'read url',
    `if [ "$1" = get ] && [ "$url" = "${serverUrl}" ]; then`,
    `  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}' "$url" '${username}' '${secret}'`,
    'else',
    '  echo "credentials not found in native keychain"; exit 1',
    'fi'
  ].join('\n')
}
