// node scripts/versions-memory.mjs [count...]: what the version engine costs in memory and time
// on a huge repository. Each count runs in a fresh process (node --expose-gc) so RSS is its own:
// the tag list is built, then selectTags runs with three policies; printed are the RSS and heap
// with the tag list alone, the peak RSS of the process, and the heap that the Selection retains.
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const MiB = 1024 * 1024

/** Tags as busy repositories have them: versions with variants, prereleases, commits, dates. */
export function syntheticTags(count) {
  const variants = ['', 'alpine', 'alpine3.19', 'alpine3.20', 'slim', 'slim-bookworm', 'bookworm']
  const tags = []
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 1
  for (let i = 0; tags.length < count; i++) {
    const kind = i % 10
    if (kind === 7) tags.push(`sha-${(i * 2654435761).toString(16).padStart(8, '0').slice(0, 7)}`)
    else if (kind === 8) tags.push(`${20200101 + (i % 99999)}-${i}`)
    else if (kind === 9) tags.push(`pr-${i}`)
    else {
      const n = Math.floor(i / 10)
      const version = `${n % 97}.${Math.floor(n / 97) % 53}.${Math.floor(n / 5141)}`
      const pre = random() < 0.1 ? `-rc.${1 + (n % 4)}` : ''
      const variant = variants[kind % variants.length]
      tags.push(`${kind === 6 ? 'v' : ''}${version}${pre}${variant ? `-${variant}` : ''}`)
    }
  }
  return tags
}

const POLICIES = [
  ['default, current 1.2.3', {}, '1.2.3'],
  ['every variant and prerelease', { variant: '*', prerelease: true }, undefined],
  ['filter, exclude, range', { filter: '^\\d', exclude: 'slim', range: '>=10' }, undefined],
  ['filter with a version group', { filter: '^v?(?<version>[\\d.]+)', variant: '*' }, undefined]
]

async function measure(count, build, which) {
  const { selectTags } = await import(join(build, 'versions/select.js'))
  const { buildPolicy } = await import(join(build, 'versions/policy.js'))
  const { loadPatternEngine } = await import(join(build, 'versions/pattern.js'))
  await loadPatternEngine()
  const [label, inputs, current] = POLICIES[which]
  const policy = buildPolicy(inputs)
  selectTags(syntheticTags(100), policy, current)
  const tags = syntheticTags(count)
  globalThis.gc()
  const base = process.memoryUsage()
  const start = performance.now()
  const selection = selectTags(tags, policy, current)
  const ms = performance.now() - start
  const peak = process.resourceUsage().maxRSS * 1024
  globalThis.gc()
  const after = process.memoryUsage()
  const row = [
    count.toLocaleString('en'),
    label,
    `${(base.rss / MiB).toFixed(0)} MiB`,
    `${(peak / MiB).toFixed(0)} MiB`,
    `${((after.heapUsed - base.heapUsed) / MiB).toFixed(0)} MiB`,
    `${ms.toFixed(0)} ms`,
    selection.passing.length.toLocaleString('en')
  ]
  console.log(`| ${row.join(' | ')} |`)
}

const [, , mode, ...rest] = process.argv
if (mode === '--child') {
  await measure(Number(rest[0]), rest[1], Number(rest[2]))
} else {
  const counts = process.argv.slice(2).map(Number)
  const build = join(root, '.tmp/versions-memory')
  rmSync(build, { recursive: true, force: true })
  // Type errors elsewhere in the tree (work in progress) do not stop the emit this needs.
  spawnSync('npx', ['tsc', '-p', join(root, 'tsconfig.build.json'), '--outDir', build], {
    cwd: root,
    stdio: 'ignore'
  })
  console.log(
    '| tags | policy | RSS with the list | peak RSS | heap the Selection keeps | time | passing |'
  )
  console.log('|---|---|---|---|---|---|---|')
  const script = new URL(import.meta.url).pathname
  for (const count of counts.length ? counts : [200_000, 1_000_000]) {
    for (let which = 0; which < POLICIES.length; which++) {
      const args = ['--expose-gc', script, '--child', String(count), build, String(which)]
      process.stdout.write(execFileSync(process.execPath, args))
    }
  }
  rmSync(build, { recursive: true, force: true })
}
