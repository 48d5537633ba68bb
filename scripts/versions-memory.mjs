// node scripts/versions-memory.mjs [count...]: what the version engine costs in memory and time
// on a huge repository. Each count runs in a fresh process (node --expose-gc) so RSS is its own:
// the tag list is built, then selectTags runs with each policy; printed are the RSS and heap
// with the tag list alone, the peak RSS of the process, and the heap that the Selection retains.
// The last row lists tags in the wild (channel prefixes, build counters, a flavour with a number)
// so the per-repository reading of counters is measured too.
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

/** Tags in the wild: channel prefixes, -rN-lsN and -lsN counters, a JDK flavour, aliases. */
export function wildTags(count) {
  const tags = []
  for (let i = 0; tags.length < count; i++) {
    const n = Math.floor(i / 8)
    const version = `${n % 89}.${Math.floor(n / 89) % 47}.${Math.floor(n / 4183)}.${n % 7}`
    const build = 1 + (i % 3) + 3 * n
    switch (i % 8) {
      case 0:
        tags.push(`${version}-ls${build}`)
        break
      case 1:
        tags.push(`develop-${version}-ls${build}`)
        break
      case 2:
        tags.push(`arm64v8-${version}-ls${build}`)
        break
      case 3:
        tags.push(`${version}-r${i % 3}-ls${build}`)
        break
      case 4:
        tags.push(`version-${version}`)
        break
      case 5:
        tags.push(`${version}-${['jdk17', 'jdk21'][i % 2]}`)
        break
      case 6:
        tags.push(`pr-${i}`)
        break
      default:
        tags.push(`sha-${(i * 2654435761).toString(16).padStart(8, '0').slice(0, 7)}`)
    }
  }
  return tags
}

const POLICIES = [
  ['default, current 1.2.3', {}, '1.2.3'],
  ['every variant and prerelease', { variant: '*', prerelease: true }, undefined],
  ['filter, exclude, range', { filter: '^\\d', exclude: 'slim', range: '>=10' }, undefined],
  ['filter with a version group', { filter: '^v?(?<version>[\\d.]+)', variant: '*' }, undefined],
  ['in the wild, current develop-1.2.0.1-ls7', {}, 'develop-1.2.0.1-ls7', wildTags]
]

async function measure(count, build, which) {
  const { selectTags } = await import(join(build, 'versions/select.js'))
  const { buildPolicy } = await import(join(build, 'versions/policy.js'))
  const { loadPatternEngine } = await import(join(build, 'versions/pattern.js'))
  await loadPatternEngine()
  const [label, inputs, current, make = syntheticTags] = POLICIES[which]
  const policy = buildPolicy(inputs)
  selectTags(make(100), policy, current)
  const tags = make(count)
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
// Run, not imported for its tag lists.
const isMain = new URL(import.meta.url).pathname === process.argv[1]
if (!isMain) {
  // Nothing to measure.
} else if (mode === '--child') {
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
