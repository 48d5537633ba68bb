// npm run try -- <image> [--<input> <value> ...]
// Runs the bundled action against any registry, as the runner would.
// Example: npm run try -- python:3.12-slim --platform linux/arm64
import { runAction } from '../lab/runner.mjs'
import { show } from './show.mjs'

const args = process.argv.slice(2)
if (!args.length || args[0].startsWith('--')) {
  console.error(
    'usage: npm run try -- <image> [--<input> <value> ...]   e.g. npm run try -- python --variant slim'
  )
  process.exit(2)
}
const inputs = { image: args[0] }
for (let i = 1; i < args.length; i++) {
  const name = args[i].replace(/^--/, '')
  const value = args[i + 1] !== undefined && !args[i + 1].startsWith('--') ? args[++i] : 'true'
  inputs[name] = value
}
const env = {}
for (const name of [
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'NO_PROXY',
  'https_proxy',
  'http_proxy',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS'
]) {
  if (process.env[name]) env[name] = process.env[name]
}
const run = await runAction({ inputs, env })
show(run)
process.exit(run.code)
