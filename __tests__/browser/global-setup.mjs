// The browser project's setup: Debian's chromium installed when it is missing
// (scripts/system-deps.sh, as for docker-registry), nothing started.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export default function globalSetup() {
  const script = fileURLToPath(new URL('../../scripts/system-deps.sh', import.meta.url))
  execFileSync('bash', [script], { stdio: 'inherit' })
}
