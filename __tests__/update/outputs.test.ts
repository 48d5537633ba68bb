/** The update run's outputs and the changes it makes, from checked references. Pure. */
import { describe, expect, it } from '@jest/globals'
import { movesReference, referenceChanges } from '../../src/update/changes.js'
import { matrixEntries, resultRow, updateOutputs } from '../../src/update/outputs.js'
import { headThatFits } from '../../src/versions/fit.js'
import type { ImageCheck, ReferenceResult } from '../../src/update/types.js'
import { groupByImage } from '../../src/update/groups.js'
import { found } from '../helpers/references.js'

const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`

function result(
  written: string,
  file: string,
  line: number,
  moved: Partial<ReferenceResult>
): ReferenceResult {
  const reference = found(file, line, written)
  const current = reference.image.tag ?? ''
  return { reference, current, tag: current, digest: D1, newer: [], ...moved }
}

const rows: ReferenceResult[] = [
  result('python:3.12-slim', 'Dockerfile', 2, {
    tag: '3.14-slim',
    update: 'minor',
    newer: ['3.14-slim', '3.13-slim']
  }),
  result('python:3.12-slim', 'compose.yml', 7, { tag: '3.14-slim', update: 'minor' }),
  result(`ghcr.io/o/app:1.0@${D2}`, 'k8s.yaml', 4, { update: 'digest' }),
  result('redis:7.2', 'compose.yml', 9, {}),
  result('ghcr.io/o/private:1', 'compose.yml', 11, { error: 'denied' })
]
const checks: ImageCheck[] = groupByImage(rows.map(r => r.reference)).map(group => ({
  group,
  results: rows.filter(r => group.references.includes(r.reference)),
  log: []
}))

describe('resultRow', () => {
  it('names the image as users write it and the pinned reference in full', () => {
    expect(resultRow(rows[0]!)).toEqual({
      image: 'python',
      current: '3.12-slim',
      tag: '3.14-slim',
      digest: D1,
      'update-available': true,
      'update-type': 'minor',
      file: 'Dockerfile',
      line: 2,
      reference: `docker.io/library/python:3.14-slim@${D1}`,
      'newer-tags': ['3.14-slim', '3.13-slim']
    })
    expect(resultRow(rows[4]!)).toMatchObject({
      'update-available': false,
      'update-type': '',
      error: 'denied'
    })
  })
})

describe('matrixEntries', () => {
  it('has one entry per image and current tag with an update, listing every file', () => {
    expect(matrixEntries(rows.map(resultRow))).toEqual([
      expect.objectContaining({
        image: 'python',
        current: '3.12-slim',
        tag: '3.14-slim',
        files: ['Dockerfile', 'compose.yml']
      }),
      expect.objectContaining({
        image: 'ghcr.io/o/app',
        'update-type': 'digest',
        files: ['k8s.yaml']
      })
    ])
  })
})

describe('updateOutputs', () => {
  it('sets results, matrix and changed-files, and with image: auto the biggest update of the run', () => {
    const report = {
      scan: {} as never,
      checks,
      rewritten: new Map([['Dockerfile', 'x']]),
      problems: []
    }
    const outputs = updateOutputs(report, { auto: true })
    expect(JSON.parse(outputs['results']!)).toHaveLength(5)
    expect(JSON.parse(outputs['matrix']!).include).toHaveLength(2)
    expect(outputs).toMatchObject({
      'changed-files': '["Dockerfile"]',
      'update-available': 'true',
      'update-type': 'minor'
    })
    expect(updateOutputs(report, { auto: false })['update-type']).toBeUndefined()
  })
})

describe('referenceChanges', () => {
  it('moves references with an update, keeping a digest where there was one and pinning with pin-digest', () => {
    const changes = referenceChanges(checks, false)
    expect([...changes.keys()]).toEqual(['Dockerfile', 'compose.yml', 'k8s.yaml'])
    expect(changes.get('Dockerfile')![0]).toMatchObject({ tag: '3.14-slim' })
    expect(changes.get('Dockerfile')![0]!.digest).toBeUndefined()
    expect(changes.get('k8s.yaml')![0]).toMatchObject({ tag: '1.0', digest: D1 })
    expect(referenceChanges(checks, true).get('Dockerfile')![0]!.digest).toBe(D1)
  })

  it('groups 100,000 changes of one file in linear time', () => {
    const one = result('python:3.12', 'Dockerfile', 1, { tag: '3.13', update: 'minor' })
    const results = Array.from({ length: 100_000 }, () => one)
    const many = [{ ...checks[0]!, results }]
    const started = Date.now()
    expect(referenceChanges(many, false).get('Dockerfile')).toHaveLength(100_000)
    // Copying the list per change (quadratic) took over a minute.
    expect(Date.now() - started).toBeLessThan(10_000)
  }, 30_000)

  it('does not move a reference whose digest is wanted but unknown, nor a failed one', () => {
    const unknown = { ...rows[0]!, digest: '' }
    expect(movesReference(unknown, false)).toBe(true)
    expect(movesReference(unknown, true)).toBe(false)
    expect(movesReference(rows[4]!, false)).toBe(false)
  })
})

describe('headThatFits', () => {
  it('keeps the longest head whose JSON fits', () => {
    expect(headThatFits(['aa', 'bb', 'cc'], 12)).toEqual(['aa', 'bb'])
    expect(headThatFits([{ a: 1 }], 8)).toEqual([])
  })
})
