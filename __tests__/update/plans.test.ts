/**
 * Pull-request plans from real files: one per image with only its own
 * moves in each file, or one for all with `group`.
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../src/files/find.js'
import { groupByImage } from '../../src/update/groups.js'
import { pullRequestPlans } from '../../src/update/plans.js'
import type { ImageCheck, ReferenceResult, WorkspaceScan } from '../../src/update/types.js'

const D = (n: number): string => `sha256:${String(n % 10).repeat(64)}`
const compose =
  'services:\r\n  db:\r\n    image: postgres:16.2 # pinned\r\n  web:\r\n    image: "nginx:1.25-alpine"\r\n'
const dockerfile = 'ARG BASE=nginx:1.25-alpine\nFROM ${BASE}\n'
const texts = new Map([
  ['compose.yml', compose],
  ['Dockerfile', dockerfile]
])
const references = [...texts].flatMap(([file, text]) => findReferences(file, text).references)
const scan: WorkspaceScan = {
  workspace: '/w',
  files: [...texts.keys()],
  texts,
  groups: groupByImage(references),
  problems: []
}
const MOVES: Record<string, [string, string]> = {
  'postgres:16.2': ['16.4', 'minor'],
  'nginx:1.25-alpine': ['1.27-alpine', 'minor']
}
const checks: ImageCheck[] = scan.groups.map(group => ({
  group,
  log: [],
  results: group.references.map((reference): ReferenceResult => {
    const [tag, update] = MOVES[reference.written]!
    return {
      reference,
      current: reference.image.tag!,
      tag,
      digest: D(tag.length),
      newer: [tag],
      update: update as 'minor'
    }
  })
}))

describe('pullRequestPlans', () => {
  it('gives each image its own plan, holding only its own moves', () => {
    const plans = pullRequestPlans(scan, checks, { pinDigest: false, group: false })
    expect(plans.map(p => p.key)).toEqual(['postgres', 'nginx'])
    expect(plans[0]!.files).toEqual([
      { path: 'compose.yml', content: compose.replace('postgres:16.2', 'postgres:16.4') }
    ])
    expect(plans[1]!.files).toEqual([
      { path: 'compose.yml', content: compose.replace('nginx:1.25-alpine', 'nginx:1.27-alpine') },
      { path: 'Dockerfile', content: dockerfile.replace('1.25-alpine', '1.27-alpine') }
    ])
    expect(plans[1]!.updates).toEqual([
      {
        image: 'nginx',
        from: '1.25-alpine',
        to: '1.27-alpine',
        updateType: 'minor',
        digest: D(11),
        newerTags: ['1.27-alpine'],
        locations: [
          { file: 'compose.yml', line: 5 },
          { file: 'Dockerfile', line: 1 }
        ]
      }
    ])
  })

  it('gives one plan for every image with group, pinning digests when asked', () => {
    const [plan, ...rest] = pullRequestPlans(scan, checks, { pinDigest: true, group: true })
    expect(rest).toEqual([])
    expect(plan!.key).toBe('all')
    expect(plan!.updates.map(u => u.image)).toEqual(['postgres', 'nginx'])
    expect(plan!.files.find(f => f.path === 'compose.yml')!.content).toBe(
      compose
        .replace('postgres:16.2', `postgres:16.4@${D(4)}`)
        .replace('nginx:1.25-alpine', `nginx:1.27-alpine@${D(11)}`)
    )
  })

  it('has no plan when nothing moves', () => {
    const still = checks.map(c => ({
      ...c,
      results: c.results.map(r => ({ ...r, update: undefined }))
    }))
    expect(pullRequestPlans(scan, still, { pinDigest: false, group: false })).toEqual([])
  })
})
