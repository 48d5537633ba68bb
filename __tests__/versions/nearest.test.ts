/** The removed tags closest to passing, shown when no tag passes: furthest through the filters, then newest. */
import { describe, expect, it } from '@jest/globals'
import { NearestRemoved } from '../../src/versions/nearest.js'
import { newestFirst } from '../../src/versions/order.js'
import type { Stage } from '../../src/versions/first-pass.js'
import { version } from './helpers.js'

// prettier-ignore
const CASES: [string, [Stage, string][], string[]][] = [
  ['the furthest stage first', [['exclude', '3.14.7'], ['range', '3.12.7'], ['variant', '3.13.0-slim']], ['3.12.7', '3.13.0-slim', '3.14.7']],
  ['newest first within a stage', [['range', '3.9.20'], ['range', '3.14.7'], ['range', '3.12.7'], ['range', '3.13.0']], ['3.14.7', '3.13.0', '3.12.7']],
  ['three at most, an older one does not enter', [['precision', '3.14'], ['precision', '3.13'], ['precision', '3.12'], ['precision', '3.9']], ['3.14', '3.13', '3.12']],
  ['a later stage pushes out an earlier one', [['prerelease', '3.15.0rc1'], ['exclude', '3.14.7'], ['exclude', '3.13.0'], ['range', '2.7.18']], ['2.7.18', '3.15.0rc1', '3.14.7']],
  ['fewer than three', [['variant', '1.27.3-alpine']], ['1.27.3-alpine']],
  ['none', [], []]
]

describe('NearestRemoved', () => {
  it.each(CASES)('%s', (_name, removed, expected) => {
    const nearest = new NearestRemoved(newestFirst())
    for (const [stage, tag] of removed) nearest.offer(stage, version(tag))
    expect(nearest.top.map(r => r.tag)).toEqual(expected)
  })

  it('keeps each tag with the stage that removed it', () => {
    const nearest = new NearestRemoved(newestFirst())
    nearest.offer('range', version('4.0.1'))
    nearest.offer('variant', version('3.14.7-slim'))
    expect(nearest.top.map(r => [r.tag, r.stage])).toEqual([
      ['4.0.1', 'range'],
      ['3.14.7-slim', 'variant']
    ])
  })
})
