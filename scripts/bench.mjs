// npm run bench: what a lookup costs.
//  1. the version engine: sorting and filtering 20,000 real tags;
//  2. requests per lookup of a 5,000-tag repository (pages of 1,000 and 100);
//  3. wall time against skopeo on the same local registry with added latency;
//  4. the bundle's cold start.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startFront } from '../lab/front.mjs'
import { startLab } from '../lab/index.mjs'
import { DIST, runAction } from '../lab/runner.mjs'

const root = new URL('..', import.meta.url).pathname
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS || 20)
const RUNS = Number(process.env.BENCH_RUNS || 5)
/** Async, so that the token server in this process keeps answering while skopeo runs. */
function exec(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', status => resolve({ status, stdout, stderr }))
  })
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rows = []
const report = (what, value, note = '') => {
  rows.push([what, value, note])
  console.log(`${what.padEnd(58)} ${String(value).padStart(12)}  ${note}`)
}

execFileSync('bash', [join(root, 'scripts/system-deps.sh')], {
  stdio: 'inherit',
  env: { ...process.env, WITH_SKOPEO: '1' }
})
execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit'
})

// 1. Version engine
const { selectTags } = await import(join(root, '.tmp/build/versions/select.js'))
const { buildPolicy } = await import(join(root, '.tmp/build/versions/policy.js'))
const fixtures = join(root, '__tests__/fixtures/tags')
const all = [
  ...new Set(
    readdirSync(fixtures)
      .filter(f => f.endsWith('.txt'))
      .flatMap(f => readFileSync(join(fixtures, f), 'utf8').split('\n').filter(Boolean))
  )
]
const tags = all.slice(0, 20_000)
for (const [label, inputs, current] of [
  ['every variant, prereleases too', { variant: '*', prerelease: true }, undefined],
  ['current 3.12-slim (variant and precision)', {}, '3.12-slim'],
  ['range ^9 and an exclude', { range: '^9', exclude: 'alpine' }, undefined]
]) {
  const policy = buildPolicy(inputs)
  for (let i = 0; i < 5; i++) selectTags(tags, policy, current)
  const times = []
  for (let i = 0; i < 21; i++) {
    const t = performance.now()
    selectTags(tags, policy, current)
    times.push(performance.now() - t)
  }
  report(
    `sort+filter ${tags.length} tags: ${label}`,
    `${median(times).toFixed(1)} ms`,
    'median of 21; goal < 50 ms'
  )
}

// 4. Cold start (before the lab, on a quiet machine)
const coldTimes = []
const baseTimes = []
for (let i = 0; i < 9; i++) {
  let t = performance.now()
  spawnSync(process.execPath, ['-e', ''])
  baseTimes.push(performance.now() - t)
  t = performance.now()
  spawnSync(process.execPath, [DIST], {
    env: { PATH: process.env.PATH, INPUT_IMAGE: '', GITHUB_OUTPUT: '/dev/null' }
  })
  coldTimes.push(performance.now() - t)
}
report(
  'cold start: node dist/index.js to its first answer',
  `${median(coldTimes).toFixed(0)} ms`,
  `node itself: ${median(baseTimes).toFixed(0)} ms`
)

const lab = await startLab()
const fronts = []
try {
  // 2. Requests per lookup
  for (const pageCap of [1000, 100]) {
    const front = await startFront({ target: lab.token.url, tokenRealm: lab.token.realm, pageCap })
    fronts.push(front)
    const run = await runAction({ inputs: { image: `${front.host}/big/many` } })
    if (run.code !== 0) throw new Error(run.stdout)
    report(
      `requests: 5,000 tags, token auth, pages of ${pageCap}`,
      front.requests.length,
      pageCap === 1000 ? 'goal <= 9' : 'goal <= 53'
    )
  }

  // 3. Wall time against skopeo, through a front that adds latency to every request
  const slow = await startFront({
    target: lab.token.url,
    tokenRealm: lab.token.realm,
    pageCap: 100,
    delayMs: LATENCY_MS
  })
  fronts.push(slow)
  const image = `${slow.host}/big/many`
  const ours = []
  const skopeoList = []
  const skopeoBoth = []
  let skopeoRequests = 0
  for (let i = 0; i < RUNS; i++) {
    slow.reset()
    let t = performance.now()
    const run = await runAction({ inputs: { image } })
    ours.push(performance.now() - t)
    if (run.code !== 0) throw new Error(run.stdout)
    const ourRequests = slow.requests.length
    slow.reset()
    t = performance.now()
    const list = await exec('skopeo', ['list-tags', '--tls-verify=false', `docker://${image}`])
    skopeoList.push(performance.now() - t)
    if (list.status !== 0) throw new Error(list.stderr)
    if (JSON.parse(list.stdout).Tags.length !== 5000)
      throw new Error('skopeo did not list 5000 tags')
    skopeoRequests = slow.requests.length
    const inspect = await exec('skopeo', [
      'inspect',
      '--tls-verify=false',
      '--raw',
      `docker://${image}:${run.outputs.tag}`
    ])
    skopeoBoth.push(performance.now() - t)
    if (inspect.status !== 0) throw new Error(String(inspect.stderr))
    if (i === 0)
      report(
        `requests: the same lookup, ${LATENCY_MS} ms latency front`,
        ourRequests,
        `skopeo list-tags: ${skopeoRequests}`
      )
  }
  report(
    `wall: registry-tags (list, sort, pick, digest), ${LATENCY_MS} ms/request`,
    `${median(ours).toFixed(0)} ms`,
    `median of ${RUNS}`
  )
  report(
    `wall: skopeo list-tags (list only)`,
    `${median(skopeoList).toFixed(0)} ms`,
    `median of ${RUNS}`
  )
  report(
    `wall: skopeo list-tags + skopeo inspect (digest)`,
    `${median(skopeoBoth).toFixed(0)} ms`,
    `median of ${RUNS}`
  )
} finally {
  for (const f of fronts) await f.close()
  await lab.stop()
}
console.log(
  `\n${rows.length} measurements; node ${process.version}, skopeo ${execFileSync('skopeo', ['--version'], { encoding: 'utf8' }).trim()}`
)
