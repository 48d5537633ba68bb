/** How many registries a repository's files can make one run contact (issue 17 item 8). */
import { describe, expect, it } from '@jest/globals'
import type { LookupEngine } from '../../src/lookup.js'
import { silentLogger } from '../../src/logger.js'
import { NO_DEADLINE } from '../../src/transport/deadline.js'
import { groupByImage } from '../../src/update/groups.js'
import { MAX_REGISTRIES, checkReferences } from '../../src/update/run.js'
import type { WorkspaceScan } from '../../src/update/types.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { found } from '../helpers/references.js'

describe('checkReferences', () => {
  it('contacts at most 32 registries, and says why the images of the others were not checked', async () => {
    const references = Array.from({ length: 2_000 }, (_, i) =>
      found('Dockerfile', i + 1, `r${i}.example/app:1.0`)
    )
    const scan: WorkspaceScan = {
      workspace: '.',
      files: ['Dockerfile'],
      texts: new Map(),
      groups: groupByImage(references),
      problems: []
    }
    const asked = new Set<string>()
    const engine: LookupEngine & { deadline: typeof NO_DEADLINE } = {
      log: silentLogger,
      pager: { pageSize: 100, maxPages: 10 },
      deadline: NO_DEADLINE,
      credentialFor: async image => {
        asked.add(image.endpoint)
        throw new Error('unreachable')
      },
      api: () => {
        throw new Error('not used')
      }
    }
    const checks = await checkReferences(engine, scan, { policy: buildPolicy({}) })
    expect(asked.size).toBe(MAX_REGISTRIES)
    expect(checks).toHaveLength(2_000)
    const notChecked = checks.filter(c => /contacts at most 32/.test(c.error?.message ?? ''))
    expect(notChecked).toHaveLength(2_000 - MAX_REGISTRIES)
    expect(notChecked[0]!.error!.message).toMatch(/the files name 2000 registries/)
  })
})
