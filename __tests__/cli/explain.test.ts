/**
 * `--explain`: how the current and chosen tags were read (the version
 * engine's reading, laid out as a table), and the rules once `auto` was
 * resolved; for a scan, per reference. Built from real selections.
 */
import { describe, expect, it } from '@jest/globals'
import {
  describeRules,
  explainLookup,
  explainScan,
  lookupExplanation,
  scanExplanation
} from '../../src/cli/explain.js'
import type { ReferenceResult } from '../../src/update/types.js'
import { found as foundAt } from '../helpers/references.js'
import type { Version } from '../../src/versions/parse.js'
import { parseTag } from '../../src/versions/parse.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { DIGEST, resultOf } from '../helpers/lookups.js'

function lookup(image: string, tags: string[], inputs: PolicyInputs = {}) {
  return { result: resultOf(image, tags, inputs), policy: buildPolicy(inputs) }
}

/** One build of each version: which build of a version wins is the version engine's to test. */
const LS = ['1.2.3.4-ls10', '1.2.4.1-ls5', 'latest']
const PYTHON = ['3.12-slim', '3.13-slim', '3.14-slim', '3.14.0-slim', '3.14.0', 'latest']

describe('explainLookup', () => {
  it('reads the current and chosen tags into their parts, and says the rules', () => {
    const { result, policy } = lookup('linuxserver/app:1.2.3.4-ls10', LS)
    expect(explainLookup(result, policy)).toBe(
      [
        'How the tags were read:',
        '         TAG           PREFIX  VERSION  PRERELEASE  VARIANT  REVISION',
        'current  1.2.3.4-ls10  -       1.2.3.4  -           -        ls10',
        'chosen   1.2.4.1-ls5   -       1.2.4.1  -           -        ls5',
        "Rules: no variant (auto: the current tag's); precision 4 components (auto: the current tag's).",
        ''
      ].join('\n')
    )
  })

  it('has one row when the current tag is the newest, none for a current tag that is no version', () => {
    const upToDate = lookup('python:3.14-slim', PYTHON)
    const lines = explainLookup(upToDate.result, upToDate.policy).split('\n')
    expect(lines.filter(l => /^(current|chosen) /.test(l))).toEqual([
      'current  3.14-slim  -       3.14     -           slim     -'
    ])
    const latest = lookup('python:latest', PYTHON)
    const text = explainLookup(latest.result, latest.policy)
    expect(text).toContain('\nchosen  3.14.0  -       3.14.0   -           -        -\n')
    expect(text).toContain('\nThe current tag latest is not a version.\n')
    expect(text).toContain(
      'Rules: no variant (auto: the current tag is not a version); any precision (auto: the current tag is not a version).'
    )
  })

  it('gives the reading as data for --json', () => {
    const { result, policy } = lookup('python:3.12-slim', PYTHON)
    expect(lookupExplanation(result, policy)).toEqual({
      current: {
        tag: '3.12-slim',
        prefix: '',
        version: '3.12',
        prerelease: '',
        variant: 'slim',
        revision: ''
      },
      chosen: {
        tag: '3.14-slim',
        prefix: '',
        version: '3.14',
        prerelease: '',
        variant: 'slim',
        revision: ''
      },
      rules:
        "variant 'slim' (auto: the current tag's); precision 2 components (auto: the current tag's)"
    })
    const none = lookup('python', PYTHON)
    expect(lookupExplanation(none.result, none.policy)['current']).toBeNull()
    const latest = lookup('python:latest', PYTHON)
    expect(lookupExplanation(latest.result, latest.policy)['current']).toEqual({
      tag: 'latest',
      reason: 'not a version'
    })
  })
})

describe('describeRules', () => {
  it.each<[string, string[], PolicyInputs, string]>([
    [
      'python',
      PYTHON,
      {},
      'no variant (auto: no current tag); any precision (auto: no current tag)'
    ],
    ['python', PYTHON, { variant: 'slim', precision: 'any' }, "variant 'slim'; any precision"],
    ['python', PYTHON, { variant: '*' }, 'any variant; any precision (auto: no current tag)'],
    [
      'python:3.12-slim',
      PYTHON,
      { variant: '/^sl/', precision: 'same' },
      'variant matching /^sl/; precision 2 components'
    ]
  ])('%s %j', (image, tags, inputs, text) => {
    const { result, policy } = lookup(image, tags, inputs)
    expect(describeRules(result.selection, policy)).toBe(text)
  })
})

function version(tag: string): Version {
  const parsed = parseTag(tag)
  if (!('components' in parsed)) throw new Error(`${tag} is not a version`)
  return parsed
}

const SCANNED: ReferenceResult[] = [
  {
    reference: reference('x/app:v1.2.0-alpine', 'Dockerfile', 1),
    current: 'v1.2.0-alpine',
    tag: 'v1.3.0-alpine',
    digest: DIGEST,
    newer: ['v1.3.0-alpine'],
    update: 'minor',
    currentVersion: version('v1.2.0-alpine'),
    chosenVersion: version('v1.3.0-alpine')
  },
  {
    reference: reference('x/db:2.0.0-rc.1', 'compose.yaml', 3),
    current: '2.0.0-rc.1',
    tag: '2.0.0-rc.1',
    digest: DIGEST,
    newer: [],
    currentVersion: version('2.0.0-rc.1')
  },
  {
    reference: reference('x/app:latest', 'compose.yaml', 7),
    current: 'latest',
    tag: 'latest',
    digest: DIGEST,
    newer: [],
    note: "'latest' is not a version (not a version)"
  },
  {
    reference: reference('x/gone:1.0', 'dir\u001b/compose.yaml', 9),
    current: '1.0',
    tag: '1.0',
    digest: '',
    newer: [],
    error: '404 NAME_UNKNOWN'
  }
]

describe('explainScan', () => {
  it('has a current row per reference read, a chosen row when it moves, then the unread', () => {
    expect(explainScan(SCANNED)).toBe(
      [
        'How the tags were read:',
        'FILE:LINE                TAG            PREFIX  VERSION  PRERELEASE  VARIANT  REVISION',
        'Dockerfile:1    current  v1.2.0-alpine  v       1.2.0    -           alpine   -',
        '                chosen   v1.3.0-alpine  v       1.3.0    -           alpine   -',
        'compose.yaml:3  current  2.0.0-rc.1     -       2.0.0    rc.1        -        -',
        "compose.yaml:7: 'latest' is not a version (not a version)",
        'dir\\x1b/compose.yaml:9: 1.0: not read (the image could not be checked)',
        ''
      ].join('\n')
    )
  })

  it('gives each row its readings as data for --json', () => {
    expect(SCANNED.map(scanExplanation)).toEqual([
      {
        current: expect.objectContaining({ tag: 'v1.2.0-alpine', prefix: 'v', variant: 'alpine' }),
        chosen: expect.objectContaining({ tag: 'v1.3.0-alpine', version: '1.3.0' })
      },
      { current: expect.objectContaining({ prerelease: 'rc.1' }), chosen: null },
      { current: null, chosen: null },
      { current: null, chosen: null }
    ])
  })
})

function reference(written: string, file: string, line: number) {
  return foundAt(file, line, written)
}
