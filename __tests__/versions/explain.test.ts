/** The hint when no tag passes: it names what removed the tags and what to try. */
import { describe, expect, it } from '@jest/globals'
import { explainNoMatch } from '../../src/versions/explain.js'
import { filteredOut } from '../../src/versions/filtered-out.js'
import { buildPolicy } from '../../src/versions/policy.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'

/** A repository shaped like python's: releases in four variants, and a few words. */
const TAGS = [
  ...Array.from({ length: 40 }, (_, i) => `3.${8 + (i % 6)}.${i}`).flatMap(v => [
    v,
    `${v}-slim`,
    `${v}-alpine`,
    `${v}-bookworm`
  ]),
  'latest',
  'slim',
  'alpine'
]

function hint(tags: readonly string[], inputs: PolicyInputs, current?: string): string {
  const policy = buildPolicy(inputs)
  return explainNoMatch('python', selectTags(tags, policy, current), policy, tags)
}

describe('explainNoMatch when no tag got as far as reading versions', () => {
  it('names the filter that removed every tag, how many were versions, the newest, and what to try', () => {
    const text = hint(TAGS, { filter: '^8\\.10-alpine$' })
    expect(text).toContain('No tag of python passes the filters (163 tags listed):')
    expect(text).toContain('filter /^8\\.10-alpine$/: removed 163')
    expect(text).toContain(
      'The filter /^8\\.10-alpine$/ removed all 163 tags. 160 of them read as versions without it ' +
        '(newest: 3.13.35, 3.13.35-slim, 3.13.35-alpine).'
    )
    expect(text).toContain('Try a filter that matches one of those')
    expect(text).not.toContain('None of the tags reads as a version')
  })

  it('says the tags the filter kept are not versions, and suggests a version group', () => {
    const text = hint(TAGS, { filter: '^[a-z]+$' })
    expect(text).toContain(
      'The filter /^[a-z]+$/ removed 160 tags, and the 3 it kept do not read as versions (latest, slim, alpine).'
    )
    expect(text).toContain('160 of them read as versions without it')
    expect(text).toContain('Add a (?<version>…) group')
  })

  it('blames version reading only when there is no filter to blame', () => {
    expect(hint(['latest', 'edge', 'nightly'], {})).toContain('None of the tags reads as a version')
  })

  it('names the rule to loosen when tags were removed after reading', () => {
    const text = hint(TAGS, { range: '^4' }, '3.12.4-slim')
    expect(text).toContain('Loosen range ^4 first: it removed the newest candidates.')
  })
})

describe('filteredOut', () => {
  it('counts only the versions the filter removed and keeps the newest few, newest first', () => {
    const policy = buildPolicy({ filter: '-alpine$' })
    const out = filteredOut(['1.0', '2.0-slim', 'latest', '1.5-alpine', '3.1', '0.9'], policy)
    expect(out).toEqual({ versions: 4, newest: ['3.1', '2.0-slim', '1.0'] })
    expect(filteredOut(['1.0'], buildPolicy({}))).toEqual({ versions: 0, newest: [] })
  })
})
