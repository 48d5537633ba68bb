/**
 * What selecting from a huge repository costs: the heap a Selection keeps
 * per passing version, and how far the heap grows while selecting (the
 * process's peak, less the tag list). scripts/versions-memory.mjs measures
 * the same in RSS.
 */
import { describe, expect, it } from '@jest/globals'
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const MiB = 1024 * 1024

/** Tags as busy repositories have them: versions with variants and prereleases, commits, dates. */
function busyRepository(count: number): string[] {
  const variants = ['', 'alpine', 'alpine3.19', 'alpine3.20', 'slim', 'slim-bookworm', 'bookworm']
  const tags: string[] = []
  for (let i = 0; tags.length < count; i++) {
    const n = Math.floor(i / 10)
    const kind = i % 10
    const version = `${n % 97}.${Math.floor(n / 97) % 53}.${Math.floor(n / 5141)}`
    const pre = n % 10 === 3 ? `-rc.${1 + (n % 4)}` : ''
    const variant = variants[kind % variants.length] as string
    if (kind === 7) tags.push(`sha-${(i * 2654435761).toString(16).slice(0, 7)}`)
    else if (kind === 8) tags.push(`${20200101 + (i % 99999)}-${i}`)
    else if (kind === 9) tags.push(`pr-${i}`)
    else tags.push(`${kind === 6 ? 'v' : ''}${version}${pre}${variant ? `-${variant}` : ''}`)
  }
  return tags
}

function measure(tags: string[], inputs: Parameters<typeof buildPolicy>[0], current?: string) {
  const policy = buildPolicy(inputs)
  gc()
  const before = getHeapStatistics()
  const selection = selectTags(tags, policy, current)
  const during = getHeapStatistics()
  gc()
  const after = getHeapStatistics()
  return {
    selection,
    grewMiB: (during.total_heap_size - before.total_heap_size) / MiB,
    keptPerPassing: (after.used_heap_size - before.used_heap_size) / selection.passing.length
  }
}

describe('selecting from 200,000 tags', () => {
  const tags = busyRepository(200_000)

  it('keeps little per passing version', () => {
    const { selection, keptPerPassing } = measure(tags, { variant: '*', prerelease: true })
    expect(selection.passing.length).toBe(140_000)
    expect(keptPerPassing).toBeLessThan(160)
  })

  it('grows the heap little when few tags pass', () => {
    const { selection, grewMiB } = measure(tags, {}, '1.2.3')
    expect(selection.passing.length).toBeLessThan(20_000)
    expect(grewMiB).toBeLessThan(30)
  })
})
