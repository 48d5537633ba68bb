// npm run demo: no registry account, no internet. Starts Debian's
// docker-registry on loopback with sample repositories (token auth, like
// Docker Hub), runs the bundled action against it as the runner would, and
// prints the outputs and the job summary.
import { execFileSync } from 'node:child_process'
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
} finally {
  await lab.stop()
}
