// npm run demo: no registry account, no internet. Starts Debian's
// docker-registry on loopback with sample repositories (token auth, like
// Docker Hub), runs the bundled action against it as the runner would, and
// prints the outputs and the job summary; then the same engine as a command.
import { execFileSync, spawn } from 'node:child_process'
import { startLab } from '../lab/index.mjs'
import { runAction } from '../lab/runner.mjs'
import { show } from './show.mjs'

execFileSync('bash', [new URL('./system-deps.sh', import.meta.url).pathname], { stdio: 'inherit' })
const lab = await startLab({ bigCount: 0 })
try {
  const image = `${lab.token.host}/sample/app:1.9.3-alpine`
  console.log(`A local registry with token auth is at ${lab.token.url}; sample/app has tags:`)
  console.log(`  ${Object.keys(lab.digests['sample/app']).join(' ')}\n`)
  console.log(`Running the action with image: ${image}\n`)
  show(await runAction({ inputs: { image } }))

  const multi = `${lab.token.host}/sample/multi`
  console.log(`\n\nAnd a multi-platform image, with platform: linux/arm64 (image: ${multi})\n`)
  show(await runAction({ inputs: { image: multi, platform: 'linux/arm64' } }))

  const cli = new URL('../dist/cli/index.js', import.meta.url).pathname
  for (const args of [[image], ['--json', '--platform', 'linux/arm64', multi]]) {
    console.log(`\n\nThe command line: npx registry-tags ${args.join(' ')}\n`)
    // Asynchronously: the token issuer answers from this very process.
    await new Promise((resolve, reject) =>
      spawn(process.execPath, [cli, ...args], {
        stdio: 'inherit',
        env: { ...process.env, HOME: lab.dir }
      })
        .on('error', reject)
        .on('close', resolve)
    )
  }
} finally {
  await lab.stop()
}
