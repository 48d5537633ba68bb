/** Repositories mode's outputs as a workflow reads them: the sorted names as JSON, within GitHub's 1 MB per output. */
import { describe, expect, it } from '@jest/globals'
import { MAX_OUTPUT_BYTES, repositoriesOutputs } from '../src/outputs.js'
import type { RepositoriesResult } from '../src/repositories.js'

const result = (repositories: string[], total = repositories.length): RepositoriesResult => ({
  target: { kind: 'docker-hub', namespace: 'bitnami' },
  repositories,
  total,
  dropped: 0,
  pages: 1
})

describe('repositoriesOutputs', () => {
  // prettier-ignore
  const CASES: [string[], number, Record<string, string>][] = [
    [['bitnami/nginx', 'bitnami/postgresql', 'bitnami/redis'], 180, { repositories: '["bitnami/nginx","bitnami/postgresql","bitnami/redis"]', count: '3', total: '180' }],
    [[], 0, { repositories: '[]', count: '0', total: '0' }],
    [['library/python'], 1, { repositories: '["library/python"]', count: '1', total: '1' }]
  ]
  it.each(CASES)('%j of %d', (names, total, outputs) => {
    expect(repositoriesOutputs(result(names, total))).toEqual(outputs)
  })

  it('keeps the list within one output and says how many passed', () => {
    const names = Array.from(
      { length: 40_000 },
      (_, i) => `octo-org/service-${String(i).padStart(5, '0')}`
    )
    const outputs = repositoriesOutputs(result(names))
    expect(Buffer.byteLength(outputs['repositories']!)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
    const kept = JSON.parse(outputs['repositories']!) as string[]
    expect(kept.length).toBeGreaterThan(20_000)
    expect(kept.length).toBeLessThan(names.length)
    expect(names.slice(0, kept.length)).toEqual(kept)
    expect(outputs['count']).toBe('40000')
  })
})
