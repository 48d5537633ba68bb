/**
 * The many-image job summary as text: one row per image and current tag,
 * counts first, failures with a short reason and their message folded,
 * held-back tags, every text escaped. How it looks is the browser test's
 * (__tests__/browser/summaries.browser.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import { failureReason, reasonFromMessage } from '../../src/action/failure-reason.js'
import { summaryRows, updateSummaryData } from '../../src/action/summary-rows.js'
import { MAX_SUMMARY_BYTES, renderUpdateSummary } from '../../src/action/update-summary.js'
import { RegistryError } from '../../src/registry/failures.js'
import type { FailureKind } from '../../src/registry/failures.js'
import { DeadlineError } from '../../src/transport/deadline.js'
import { NetworkError } from '../../src/transport/errors.js'
import { TokenError } from '../../src/transport/tokens.js'
import type { ImageCheck } from '../../src/update/types.js'
import { found } from '../helpers/references.js'
import {
  FAILED_IMAGE,
  FAILED_MESSAGE,
  MANY,
  digestOf,
  manyImageChecks
} from '../helpers/summary-runs.js'

const notFound = new RegistryError(FAILED_MESSAGE, { kind: 'not-found', status: 404 })
const checks = manyImageChecks(notFound)
const text = renderUpdateSummary(updateSummaryData(checks, [], ['Dockerfile']))

describe('renderUpdateSummary', () => {
  it('counts first: updates, images that could not be checked, references, files', () => {
    const updates = MANY.filter(line => line[3]).length
    expect(text).toContain(
      `<b>${updates} updates</b>, <b>1 image could not be checked</b>. 29 references in 27 files; 1 file rewritten.`
    )
  })

  it('has one row per image and current tag, the first places shown and the rest counted', () => {
    const rows = text.split('\n').filter(line => line.startsWith('<tr><td>'))
    expect(rows).toHaveLength(MANY.length)
    const python = rows.find(row => row.startsWith('<tr><td><code>python</code>'))
    expect(python).toContain(
      '<td nowrap><samp>3.12-slim</samp><br>→ <b><samp>3.13-slim</samp></b></td>'
    )
    expect(python).toContain(
      '<code>Dockerfile:1</code><br><code>tools/<wbr>lint/<wbr>Dockerfile:8</code><br>and 3 more'
    )
  })

  it('shows a short digest (the full one is in the results output) and shortens long paths, titled whole', () => {
    const digest = digestOf('python:3.13-slim')
    expect(text).toContain(`<samp>${digest.slice(0, 20)}…</samp>`)
    expect(text).not.toContain(digest)
    expect(text).toContain(
      '<code title="services/payments/ledger-reconciliation/deploy/kubernetes/overlays/production/ledger-deployment.yaml:13">services/<wbr>…/<wbr>ledger-deployment.yaml:13</code>'
    )
  })

  it('lists biggest moves first, rows that stay last', () => {
    const types = [
      ...text.matchAll(/<td nowrap>(major|minor|patch|new digest|up to date)<br>/g)
    ].map(m => m[1])
    const order = ['major', 'minor', 'patch', 'new digest', 'up to date']
    expect(types).toEqual([...types].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)))
  })

  it('puts a failure below the table: image and reason on one line, the whole message folded', () => {
    const section = text.slice(text.indexOf('### Could not be checked'))
    expect(text.indexOf('</table>')).toBeLessThan(text.indexOf('### Could not be checked'))
    expect(section).toContain(
      `<details><summary><b><code>${FAILED_IMAGE.replace(/\//g, '/<wbr>').replace(/\.(?!<)/g, '.<wbr>')}</code></b>: not found</summary>`
    )
    expect(section).toContain('404 NAME_UNKNOWN')
    expect(section).toContain('<br>Check the image name')
  })

  it('folds how each tag was read, per image', () => {
    expect(text).toContain(
      '<details><summary>How each tag was read, and every place it is used</summary>'
    )
    expect(text).toMatch(
      /<details><summary><code>python<\/code> <code>3\.12-slim<\/code><\/summary>\n<p>3\.12-slim read as [^<]+<br>3\.13-slim read as /
    )
  })

  it('escapes every text from files and registries', () => {
    const hostile = 'a/<img src=x onerror=alert(1)>/"q"&.yml'
    const check: ImageCheck = {
      ...checks[0]!,
      results: checks[0]!.results.map(r => ({
        ...r,
        reference: found(hostile, 2, 'python:3.12-slim')
      }))
    }
    const failing = new Error('<script>alert(1)</script> & "quoted"')
    const bad: ImageCheck = { ...checks[1]!, error: failing }
    const out = renderUpdateSummary(
      updateSummaryData([check, bad], [{ file: hostile, line: 1, message: '<b>x</b>' }], [])
    )
    expect(out).not.toMatch(/<img|<script|<b>x/)
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;/<wbr>&quot;q&quot;&amp;.yml:2')
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;')
  })

  it('lists held-back and passed-over tags with their reasons, only when there are some', () => {
    expect(text).not.toContain('Held back')
    const data = updateSummaryData(checks, [], [])
    const rows = data.rows.map((row, i) =>
      i === 0
        ? {
            ...row,
            held: [{ tag: '3.14-slim', reason: 'held back: released 2 days ago (<3 days)' }]
          }
        : row
    )
    const out = renderUpdateSummary({ ...data, rows })
    const section = out.slice(out.indexOf('### Held back and passed over'))
    expect(section).toContain(
      '<tr><td><code>python</code></td><td nowrap><samp>3.12-slim</samp><br>not <samp>3.14-slim</samp></td><td>held back: released 2 days ago (&lt;3 days)</td></tr>'
    )
  })

  it('groups an image’s references by what they read and move to', () => {
    const ref = (file: string, tag: string) => found(file, 1, `redis:${tag}`)
    const check: ImageCheck = {
      group: { key: 'redis', image: checks[3]!.group.image, references: [] },
      log: [],
      results: [
        {
          reference: ref('a', '7.2'),
          current: '7.2',
          tag: '7.4',
          digest: 'sha256:1',
          newer: [],
          update: 'minor'
        },
        {
          reference: ref('b', '7.2'),
          current: '7.2',
          tag: '7.4',
          digest: 'sha256:1',
          newer: [],
          update: 'minor'
        },
        { reference: ref('c', '6.2'), current: '6.2', tag: '6.2', digest: 'sha256:2', newer: [] },
        {
          reference: ref('d', '7.2-alpine'),
          current: '7.2-alpine',
          tag: '7.4-alpine',
          digest: '',
          newer: [],
          update: 'minor',
          error: '429 Too Many Requests'
        }
      ]
    }
    const { rows, failures } = summaryRows([check])
    expect(rows.map(r => [r.current, r.places.map(p => p.file)])).toEqual([
      ['7.2', ['a', 'b']],
      ['6.2', ['c']]
    ])
    expect(failures).toEqual([
      expect.objectContaining({ reason: 'rate limited', places: [{ file: 'd', line: 1 }] })
    ])
  })
})

describe('renderUpdateSummary within GitHub’s 1 MiB', () => {
  it('keeps a huge run under MAX_SUMMARY_BYTES, counting what it does not list', () => {
    const data = updateSummaryData(checks, [], [])
    const row = data.rows[0]!
    const places = Array.from({ length: 400 }, (_, i) => ({
      file: `deploy/${'x'.repeat(60)}/${i}.yaml`,
      line: i
    }))
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      ...row,
      image: `team/image-${i}`,
      places
    }))
    const failures = Array.from({ length: 3000 }, (_, i) => ({
      image: `team/broken-${i}`,
      reason: 'not found',
      message: 'm'.repeat(2000),
      places
    }))
    const problems = Array.from({ length: 5000 }, (_, i) => ({
      file: `f${i}.yaml`,
      line: 1,
      message: 'p'.repeat(300)
    }))
    const out = renderUpdateSummary({ ...data, rows, failures, problems })
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(out).toMatch(/and \d+ more \(all are in the `results` output\)/)
    expect(out).toMatch(/and \d+ more \(each has its `error` in the `results` output\)/)
    expect(out).toContain('<b>3000 updates</b>, <b>3000 images could not be checked</b>')
  })
})

describe('failureReason', () => {
  const url = 'https://r.example/v2/'
  // prettier-ignore
  it.each<[Error, string]>([
    ...(['unauthorized', 'denied', 'not-found', 'rate-limited', 'server', 'unreachable'] as FailureKind[]).map(
      kind => [new RegistryError('x', { kind }), {
        unauthorized: 'private or needs a login', denied: 'access denied', 'not-found': 'not found',
        'rate-limited': 'rate limited', server: 'registry error', unreachable: 'registry unreachable'
      }[kind as string]!] as [Error, string]
    ),
    [new DeadlineError(30_000, 'listing tags'), 'timed out'],
    [new RegistryError('x', { kind: 'unreachable', cause: new NetworkError('t', { url, code: 'ETIMEDOUT', temporary: true }) }), 'timed out'],
    [new NetworkError('x', { url, code: 'ENOTFOUND', temporary: false }), 'registry host not found'],
    [new TokenError('x', 429), 'rate limited'],
    [new TokenError('x', 401), 'login refused'],
    [new Error('GET /v2/x/manifests/1: 404 MANIFEST_UNKNOWN'), 'not found']
  ])('%s → %s', (error, reason) => {
    expect(failureReason(error)).toBe(reason)
  })

  it.each([
    ['request timed out after 20 s', 'timed out'],
    ['401 UNAUTHORIZED', 'private or needs a login'],
    ['something else', 'failed']
  ])('reads %j as %s', (message, reason) => {
    expect(reasonFromMessage(message)).toBe(reason)
  })
})
