/** The job summary from real selections: escaped, capped, with the dropped-tag count. */
import { describe, expect, it } from '@jest/globals'
import { writeNoMatchSummary, writeSummary } from '../../src/action/summary.js'
import type { LookupResult } from '../../src/lookup.js'
import { parseReference } from '../../src/reference.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { fakeCore } from '../fakes/core.js'

const DIGEST = `sha256:${'e'.repeat(64)}`

function result(tags: string[], current?: string, extra: Partial<LookupResult> = {}): LookupResult {
  const image = parseReference('ghcr.io/o/app')
  const selection = selectTags(tags, buildPolicy({}), current)
  return {
    image,
    selection,
    chosen: selection.passing[0]!,
    digest: DIGEST,
    reference: `ghcr.io/o/app:${selection.passing[0]!.tag}@${DIGEST}`,
    pages: 1,
    dropped: 0,
    ...extra
  }
}

describe('writeSummary', () => {
  it('shows the update, the digest, the pinned reference and the filter counts', async () => {
    const fake = fakeCore({})
    await writeSummary(
      fake.core.summary,
      result(['1.0.0', '1.2.0', 'latest'], '1.0.0'),
      buildPolicy({})
    )
    const text = fake.summary.join('\n')
    expect(text).toContain('registry-tags: ghcr.io/o/app')
    expect(text).toContain('<code>1.0.0</code> → <code>1.2.0</code> (minor update)')
    expect(text).toContain(`<code>ghcr.io/o/app:1.2.0@${DIGEST}</code>`)
    expect(text).toMatch(/not a version \(latest…\) \| 1/)
    expect(text).not.toContain('more passing')
  })

  it('lists the newest ten and says how many more there are', async () => {
    const fake = fakeCore({})
    const tags = Array.from({ length: 25 }, (_, i) => `1.${i}.0`)
    await writeSummary(fake.core.summary, result(tags), buildPolicy({}))
    const text = fake.summary.join('\n')
    expect(text).toContain('<code>1.24.0</code>')
    expect(text).toContain('<code>1.15.0</code>')
    expect(text).not.toContain('<code>1.14.0</code>')
    expect(text).toContain('and 15 more passing tags')
  })

  it('counts tags dropped for their names and shows the pull quota', async () => {
    const fake = fakeCore({})
    const r = result(['1.0.0'], undefined, {
      dropped: 3,
      rateLimit: { limit: 100, remaining: 42, windowSeconds: 21600 }
    })
    await writeSummary(fake.core.summary, r, buildPolicy({}))
    const text = fake.summary.join('\n')
    expect(text).toContain('Invalid tag names | 3 dropped (not shown)')
    expect(text).toContain('42 of 100 left per 6 h')
  })

  it('escapes what the user wrote before it reaches the HTML summary', async () => {
    const fake = fakeCore({})
    const policy = buildPolicy({ exclude: '<script>' })
    const selection = selectTags(['1.0.0'], policy)
    await writeNoMatchSummary(
      fake.core.summary,
      parseReference('o/app'),
      selection,
      policy,
      'a <b> & c'
    )
    const text = fake.summary.join('\n')
    expect(text).toContain('&lt;script&gt;')
    expect(text).toContain('<p>a &lt;b&gt; &amp; c</p>')
    expect(text).not.toContain('<script>')
  })
})
