/**
 * Which pull requests a run may take for no longer needed: images checked
 * with nothing to move, `all` when every image is so, and files for the
 * "gone" rule only when the run looked for every image.
 */
import { describe, expect, it } from '@jest/globals'
import { staleQuestion } from '../../src/action/stale-pulls.js'
import { groupByImage } from '../../src/update/groups.js'
import type { ImageCheck, UpdateReport } from '../../src/update/types.js'
import { found } from '../helpers/references.js'

const DIGEST = `sha256:${'b'.repeat(64)}`

function report(moves: Record<string, string | undefined>, failed = ''): UpdateReport {
  const references = Object.keys(moves).map((written, i) => found('Dockerfile', i + 1, written))
  const groups = groupByImage(references)
  const checks: ImageCheck[] = groups.map(group => ({
    group,
    log: [],
    results: group.references.map(reference => {
      const to = moves[reference.written]
      return {
        reference,
        current: reference.image.tag!,
        tag: to ?? reference.image.tag!,
        digest: DIGEST,
        newer: to ? [to] : [],
        ...(to && { update: 'minor' as const }),
        ...(reference.written === failed && { error: 'registry unreachable' })
      }
    })
  }))
  const scan = { workspace: '/w', files: ['Dockerfile'], texts: new Map(), groups, problems: [] }
  return { scan, checks, rewritten: new Map(), problems: [] }
}

describe('staleQuestion', () => {
  it('settles the images with nothing to move, and reads the files for the gone rule', () => {
    const q = staleQuestion(
      report({ 'python:3.12': undefined, 'nginx:1.25': '1.27' }),
      false,
      true
    )!
    expect([...q.settled]).toEqual(['python'])
    expect([...q.seen].sort()).toEqual(['nginx', 'python'])
    expect([...q.files]).toEqual(['Dockerfile'])
  })

  it('settles all when no image moves', () => {
    const q = staleQuestion(report({ 'python:3.12': undefined }), false, true)!
    expect([...q.settled].sort()).toEqual(['all', 'python'])
  })

  it('takes no image for gone with one image, and no all', () => {
    const q = staleQuestion(report({ 'python:3.12': undefined }), false, false)!
    expect([...q.settled]).toEqual(['python'])
    expect(q.files.size).toBe(0)
  })

  it('asks nothing when an image failed', () => {
    expect(
      staleQuestion(
        report({ 'python:3.12': undefined, 'nginx:1.25': '1.27' }, 'nginx:1.25'),
        false,
        true
      )
    ).toBeUndefined()
  })
})
