/**
 * Unit tests reach the code: at least 85% of src/ modules are imported by a
 * unit test (or a helper it uses, or a barrel it names), so a failure points
 * at the module that broke rather than at an end-to-end run. The figures:
 * `node scripts/import-graph.mjs reach`.
 */
import { describe, expect, it } from '@jest/globals'
import { unitReach } from '../../scripts/import-graph.mjs'

/** Modules that must each have a unit test of their own (issue 18). */
const REQUIRED = [
  'src/engine.ts',
  'src/transport/schemes.ts',
  'src/transport/clients.ts',
  'src/registry/dockerhub-login.ts',
  'src/versions/first-pass.ts',
  'src/versions/rules.ts',
  'src/versions/floating.ts',
  'src/versions/range.ts',
  'src/versions/nearest.ts',
  'src/update/run.ts'
]

describe('what the unit tests import', () => {
  const reach = unitReach()

  it('is at least 85% of src/ directly', () => {
    const percent = Math.floor((1000 * reach.direct.size) / reach.modules.length) / 10
    // On failure the list shows which modules no unit test imports.
    expect({ atLeast85: percent >= 85, notImported: reach.notDirect }).toEqual({
      atLeast85: true,
      notImported: reach.notDirect
    })
  })

  it.each(REQUIRED)('includes %s', module => {
    expect(reach.modules).toContain(module)
    expect(reach.direct.has(module)).toBe(true)
  })
})
