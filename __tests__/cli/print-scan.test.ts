/**
 * What `registry-tags scan` prints: the table (image, file:line, current →
 * new, update type, digest; short digests on a terminal), notes on the
 * references that stay, what was or would be rewritten, and `--json` rows.
 */
import { describe, expect, it } from '@jest/globals'
import {
  formatScan,
  formatScanJson,
  nothingFound,
  abbreviatedDigest,
  terminalDigest
} from '../../src/cli/print-scan.js'
import { shortenParts } from '../../src/cli/scan-table.js'
import type { ScanPrint } from '../../src/cli/print-scan.js'
import type { ReferenceResult } from '../../src/update/types.js'
import { found as foundAt } from '../helpers/references.js'
import { manyImageChecks } from '../helpers/summary-runs.js'
import { displayName } from '../../src/reference.js'

const NEW = `sha256:${'1a2b3c4d5e6f'}${'0'.repeat(52)}`
const PY = `sha256:${'abcdef012345'}${'9'.repeat(52)}`

function result(
  written: string,
  where: [string, number],
  fields: Partial<ReferenceResult>
): ReferenceResult {
  const reference = found(written, ...where)
  const current = reference.image.tag ?? ''
  return { reference, current, tag: current, digest: '', newer: [], ...fields }
}

const RESULTS: ReferenceResult[] = [
  result('ghcr.io/o/app:1.0.0', ['Dockerfile', 1], {
    tag: '1.10.0',
    digest: NEW,
    update: 'minor',
    newer: ['1.10.0', '1.2.0']
  }),
  result('python:3.12-slim', ['compose.yaml', 4], { digest: PY }),
  result('python:latest', ['compose.yaml', 9], {
    digest: PY,
    note: "'latest' is not a version (not a version)"
  }),
  result('registry.example.com/team/private:2.0', ['deploy/k8s.yaml', 12], {
    error: 'registry.example.com/team/private: 401 UNAUTHORIZED'
  })
]

const PRINT: ScanPrint = {
  results: RESULTS,
  files: 3,
  images: 3,
  rewritten: ['Dockerfile'],
  written: false
}

describe('formatScan', () => {
  it('prints one aligned table, the notes and what would be rewritten', () => {
    expect(formatScan(PRINT, { terminal: false })).toBe(
      `IMAGE                              FILE:LINE           CURRENT → NEW   UPDATE  DIGEST
ghcr.io/o/app                      Dockerfile:1        1.0.0 → 1.10.0  minor   ${NEW}
python                             compose.yaml:4      3.12-slim       -       ${PY}
python                             compose.yaml:9      latest          -       ${PY}
registry.example.com/team/private  deploy/k8s.yaml:12  2.0             failed  -

compose.yaml:9: 'latest' is not a version (not a version)

4 references to 3 images in 3 files: 1 with an update, 1 failed.
1 file would be rewritten (run with --write): Dockerfile.
`
    )
  })

  it('shows short digests on a terminal', () => {
    const lines = formatScan(PRINT, { terminal: true }).split('\n')
    expect(lines[1]).toMatch(/ 1a2b3c4d5e6f$/)
    expect(lines[2]).toMatch(/ abcdef012345$/)
  })

  it.each<[Partial<ScanPrint>, string]>([
    [{ written: true }, 'Rewrote 1 file: Dockerfile.'],
    [
      { written: true, rewritten: ['a/Dockerfile', 'b.yml'] },
      'Rewrote 2 files: a/Dockerfile, b.yml.'
    ],
    [{ rewritten: [] }, 'No file to rewrite.'],
    [{ written: true, rewritten: [] }, 'No file to rewrite.']
  ])('says what happened to the files: %j', (change, line) => {
    const text = formatScan({ ...PRINT, ...change }, { terminal: false })
    expect(text.trimEnd().split('\n').at(-1)).toBe(line)
  })

  it('shows a digest-only update and a reference pinned by digest alone', () => {
    const pinned = `sha256:${'7'.repeat(64)}`
    const text = formatScan(
      {
        results: [
          result(`x/app:1.0@${pinned}`, ['Dockerfile', 2], { digest: NEW, update: 'digest' }),
          result(`x/app@${pinned}`, ['Dockerfile', 3], {
            note: 'pinned by digest alone: no tag to follow'
          })
        ],
        files: 1,
        images: 1,
        rewritten: ['Dockerfile'],
        written: true
      },
      { terminal: true }
    )
    expect(text).toContain('x/app  Dockerfile:2  1.0 → 1.0      digest  1a2b3c4d5e6f\n')
    expect(text).toContain('x/app  Dockerfile:3  -              -       -\n')
    expect(text).toContain('Dockerfile:3: pinned by digest alone: no tag to follow\n')
    expect(text).toContain('2 references to 1 image in 1 file: 1 with an update.\n')
  })

  it('never prints a file name raw: control characters and reordering marks are escaped', () => {
    const hostile = 'evil\u001b[31m\u202eelif\r.yaml'
    const text = formatScan(
      {
        ...PRINT,
        results: [result('x/app:1.0', [hostile, 1], { note: 'x' })],
        rewritten: [hostile]
      },
      { terminal: true }
    )
    for (const raw of ['\u001b', '\u202e', '\r']) expect(text).not.toContain(raw)
    expect(text).toContain('evil\\x1b[31m\\u202eelif\\x0d.yaml:1')
  })
})

describe('formatScanJson', () => {
  it('is the rows of the action`s results, every one with its full digest', () => {
    const rows = JSON.parse(formatScanJson(RESULTS))
    expect(rows).toHaveLength(4)
    expect(rows[0]).toEqual({
      image: 'ghcr.io/o/app',
      current: '1.0.0',
      tag: '1.10.0',
      digest: NEW,
      'update-available': true,
      'update-type': 'minor',
      file: 'Dockerfile',
      line: 1,
      reference: `ghcr.io/o/app:1.10.0@${NEW}`,
      'newer-tags': ['1.10.0', '1.2.0']
    })
    expect(rows[3]).toMatchObject({
      'update-available': false,
      'update-type': '',
      error: 'registry.example.com/team/private: 401 UNAUTHORIZED'
    })
  })

  it('adds what explain gives to each row', () => {
    const rows = JSON.parse(formatScanJson(RESULTS, r => ({ tag: r.current })))
    expect(rows.map((r: { explain: unknown }) => r.explain)).toEqual([
      { tag: '1.0.0' },
      { tag: '3.12-slim' },
      { tag: 'latest' },
      { tag: '2.0' }
    ])
  })
})

describe('abbreviatedDigest and nothingFound', () => {
  it.each([
    [NEW, 'sha256:1a2b3c4d5e6f'],
    ['', ''],
    ['md5:abc', 'md5:abc']
  ])('abbreviatedDigest(%j)', (digest, short) => {
    expect(abbreviatedDigest(digest)).toBe(short)
  })

  it.each<[number, string[], string]>([
    [0, ['Dockerfile'], 'No file matches Dockerfile.'],
    [
      2,
      ['**/Dockerfile', 'x\u001b.yml'],
      'No image references found in the 2 files that **/Dockerfile, x\\x1b.yml matched.'
    ]
  ])('nothingFound(%d, %j)', (files, patterns, text) => {
    expect(nothingFound(files, patterns)).toBe(text)
  })
})

function found(written: string, file: string, line: number) {
  return foundAt(file, line, written, 6)
}

describe('formatScan on a 100-column terminal', () => {
  const checks = manyImageChecks(new Error('registry.internal.example.com: 404 NAME_UNKNOWN'))
  const results = checks.flatMap(c => c.results)
  const print: ScanPrint = {
    results,
    files: 27,
    images: checks.length,
    rewritten: [],
    written: false
  }
  const text = formatScan(print, { terminal: true })
  const table = text.split('\n\n')[0]!.split('\n')

  it('fits every line in 100 columns, however long the names, paths and tags', () => {
    const long = table.filter(line => [...line].length > 100)
    expect(long).toEqual([])
    for (const columns of [100, 120, 160]) {
      const lines = formatScan(print, { terminal: true, columns }).split('\n\n')[0]!.split('\n')
      expect(lines.filter(line => [...line].length > columns)).toEqual([])
    }
  })

  it('keeps every tag and short digest whole; a move too long for one line takes two', () => {
    for (const r of results) {
      expect(text).toContain(r.current)
      if (r.update && !r.error) expect(text).toContain(r.tag)
      if (r.digest) expect(text).toContain(terminalDigest(r.digest))
    }
    const at = table.findIndex(line => line.includes('3.12.12-management-alpine'))
    expect(table[at]).not.toContain('→')
    expect(table[at + 1]).toMatch(
      /^\s+→ 4\.0\.5-management-alpine\s+$|^\s+→ 4\.0\.5-management-alpine$/
    )
    expect(table).toContain(
      table.find(line => /^python\s+Dockerfile:1\s+3\.12-slim → 3\.13-slim\s+minor /.test(line))
    )
  })

  it('shortens long image names and paths by whole parts, keeping their ends', () => {
    const firstLines = table.slice(1).filter(line => !line.startsWith(' '))
    expect(firstLines).toHaveLength(results.length)
    firstLines.forEach((line, i) => {
      const [image, place] = line.split(/\s{2,}/) as [string, string]
      const r = results[i]!
      const full = {
        image: displayName(r.reference.image),
        place: `${r.reference.file}:${r.reference.line}`
      }
      for (const [shown, whole] of [
        [image, full.image],
        [place, full.place]
      ] as const) {
        if (shown === whole) continue
        expect(shown).toContain('…')
        expect(whole.endsWith(shown.slice(shown.lastIndexOf('…') + 1))).toBe(true)
      }
    })
  })

  it('--json keeps every row whole: full names, paths and digests', () => {
    const rows = JSON.parse(formatScanJson(results)) as Record<string, unknown>[]
    expect(rows).toHaveLength(results.length)
    expect(rows.map(r => r['file'])).toEqual(results.map(r => r.reference.file))
    expect(rows.map(r => r['digest'])).toEqual(results.map(r => r.digest))
    expect(rows.map(r => r['image'])).toContain(
      'ghcr.io/acme-platform/observability/opentelemetry-collector-contrib'
    )
  })
})

describe('shortenParts', () => {
  // prettier-ignore
  it.each([
    ['python', 10, 'python'],
    ['ghcr.io/acme/observability/otel-collector', 30, 'ghcr.io/…/otel-collector'],
    ['ghcr.io/acme/observability/otel-collector', 22, '…/otel-collector'],
    ['services/payments/deploy/overlays/prod/app.yaml:12', 30, 'services/…/prod/app.yaml:12'],
    ['services/payments/deploy/overlays/prod/app.yaml:12', 20, '…/prod/app.yaml:12'],
    ['services/payments/deploy/overlays/prod/app.yaml:12', 14, '…/app.yaml:12'],
    ['a/very-long-file-name-without-room.yaml:3', 12, '…n-room.yaml:3'.slice(-12).replace(/^./, '…')]
  ])('%s in %i columns: %s', (text, max, short) => {
    expect(shortenParts(text, max)).toBe(short)
    expect([...shortenParts(text, max)].length).toBeLessThanOrEqual(max)
  })
})
