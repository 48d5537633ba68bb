/**
 * What a person sees on GitHub: the job summaries of a many-image run (23
 * images, one failing, long paths), of a run whose filter removes every
 * tag, and a pull request body, each rendered as GitHub renders them (GFM,
 * GitHub's sanitizer allowlist and Markdown CSS, an 880 px panel) in
 * headless Chromium, measured, and kept as a screenshot under .tmp/browser/.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { summary } from '@actions/core'
import { writeUpdateSummary, renderUpdateSummary } from '../../src/action/update-summary.js'
import { updateSummaryData } from '../../src/action/summary-rows.js'
import { writeNoMatchSummary } from '../../src/action/summary.js'
import { failureReason } from '../../src/action/failure-reason.js'
import { renderPullRequest } from '../../src/github/pulls/render.js'
import { imageUpdates } from '../../src/update/plans.js'
import { parseReference } from '../../src/reference.js'
import { RegistryError } from '../../src/registry/failures.js'
import { explainNoMatch } from '../../src/versions/explain.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { selectTags } from '../../src/versions/select.js'
import { FAILED_IMAGE, FAILED_MESSAGE, MANY, manyImageChecks } from '../helpers/summary-runs.js'
import type { GithubBrowser } from './github-page.js'
import { PANEL_PX, SHOTS, openBrowser, showMarkdown } from './github-page.js'
import { measureInPage } from './in-page.mjs'

const MAX_LINES = 4

let gh: GithubBrowser
let scratch: string

beforeAll(async () => {
  gh = await openBrowser()
  scratch = mkdtempSync(join(SHOTS, 'summary-'))
}, 60_000)

afterAll(async () => {
  delete process.env['GITHUB_STEP_SUMMARY']
  await gh?.close()
  rmSync(scratch, { recursive: true, force: true })
})

/**
 * What @actions/core writes to the step's summary file. It learns the
 * file's path once per process, so every test writes the same file, emptied first.
 */
async function summaryFile(write: (s: typeof summary) => Promise<void>): Promise<string> {
  const file = join(scratch, 'step-summary.md')
  writeFileSync(file, '')
  process.env['GITHUB_STEP_SUMMARY'] = file
  summary.emptyBuffer()
  await write(summary)
  return readFileSync(file, 'utf8')
}

interface Geometry {
  wide: { element: string; width: number; text: string }[]
  split: string[]
  tall: { lines: number; text: string }[]
  rows: number
  seen: { words: string[]; shown: boolean }[]
  tables: number[]
  height: number
}

async function look(markdown: string, shot: string, wanted: string[][] = []): Promise<Geometry> {
  const page = await showMarkdown(gh, markdown)
  try {
    const geometry = (await page.evaluate(measureInPage, PANEL_PX, MAX_LINES, wanted)) as Geometry
    const panel = await page.$('article')
    await panel?.screenshot({ path: join(SHOTS, `${shot}.png`) })
    writeFileSync(join(SHOTS, `${shot}.json`), `${JSON.stringify(geometry, null, 2)}\n`)
    return geometry
  } finally {
    await page.close()
  }
}

function expectReadable(g: Geometry): void {
  expect(g.wide).toEqual([])
  expect(g.split).toEqual([])
  expect(g.tall).toEqual([])
  expect(g.seen.filter(s => !s.shown)).toEqual([])
  expect(gh.refused).toEqual([])
}

const notFound = new RegistryError(FAILED_MESSAGE, { kind: 'not-found', status: 404 })

describe('the job summary of a many-image run', () => {
  it('fits the panel: no table wider, no tag or digest split, no row over four lines, the failure in view', async () => {
    const checks = manyImageChecks(notFound)
    const markdown = await summaryFile(s =>
      writeUpdateSummary(s, checks, [], ['Dockerfile', 'compose.yaml'])
    )
    const g = await look(markdown, 'many-images', [
      [FAILED_IMAGE.split('/').pop() as string, failureReason(notFound)],
      [`${MANY.filter(line => line[3]).length} updates`, '1 image could not be checked']
    ])
    expectReadable(g)
    expect(g.rows).toBe(MANY.length)
    expect(Math.max(...g.tables)).toBeLessThanOrEqual(PANEL_PX)
  })

  it('lists held-back and passed-over tags with their reasons, and still fits', async () => {
    const data = updateSummaryData(manyImageChecks(notFound), [], [])
    const rows = data.rows.map((row, i) =>
      i % 4
        ? row
        : {
            ...row,
            held: [
              {
                tag: `${row.tag}-rc.1`,
                reason: 'held back: released 2 days ago, minimum-release-age is 3 days'
              },
              { tag: '26.0.0', reason: 'passed over: not a long-term support release (lts: true)' }
            ]
          }
    )
    const g = await look(renderUpdateSummary({ ...data, rows }), 'many-images-held', [
      ['Held back and passed over'],
      ['python', 'released 2 days ago']
    ])
    expectReadable(g)
    const held = rows.reduce((n, row) => n + (row.held?.length ?? 0), 0)
    expect(g.rows).toBe(MANY.length + held)
  })
})

describe('the job summary when no tag passes', () => {
  it('names the filter that removed the tags, in a block that wraps', async () => {
    const tags = []
    for (let minor = 0; minor < 14; minor++)
      for (let patch = 0; patch < 20; patch++)
        for (const variant of ['', '-slim', '-alpine', '-bookworm', '-slim-bookworm'])
          tags.push(`3.${minor}.${patch}${variant}`)
    const policy = buildPolicy({
      filter: '^8\\.10-alpine-with-a-very-long-suffix-nobody-publishes$'
    })
    const image = parseReference('python')
    const selection = selectTags(tags, policy)
    const message = explainNoMatch('python', selection, policy, tags)
    const markdown = await summaryFile(s =>
      writeNoMatchSummary(s, image, selection, policy, message)
    )
    const g = await look(markdown, 'no-match', [['filter', 'removed all 1400']])
    expectReadable(g)
    expect(markdown).not.toContain('<pre>')
    expect(g.rows).toBeGreaterThan(0)
  })
})

describe('the measure itself', () => {
  it('sees what the issue saw in a plain Markdown table: too wide, tags broken, a tall row', async () => {
    const rows = manyImageChecks(notFound)
      .flatMap(c => c.results)
      .map(
        r =>
          `| ${r.reference.image.repository} | \`${r.reference.file}:${r.reference.line}\` | ` +
          `\`${r.current}\` → \`${r.tag}\` | ${r.update ?? ''} | \`${r.digest || '-'}\` | ${r.error ?? ''} |`
      )
    const table = [
      '| image | file:line | current → new | update | digest | error |',
      '|---|---|---|---|---|---|',
      ...rows
    ]
    const g = await look(table.join('\n'), 'measure-check')
    expect(g.wide.length).toBeGreaterThan(0)
    expect(g.split.length).toBeGreaterThan(0)
    expect(g.tall.length).toBeGreaterThan(0)
  })
})

describe('a pull request body', () => {
  it('fits the panel with many images, long paths and long tags', async () => {
    const checks = manyImageChecks(notFound)
    const updates = imageUpdates(checks, true)
    expect(updates.length).toBeGreaterThanOrEqual(20)
    const { body } = renderPullRequest({ key: 'all', updates, files: [] })
    const g = await look(body, 'pull-request')
    expectReadable(g)
  })
})
