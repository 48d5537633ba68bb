/** Titles and bodies, asserted by their parts (no snapshots): marker, tables, escaping, caps. */
import { describe, expect, it } from '@jest/globals'
import type { ImageUpdate, PullRequestPlan } from '../../../src/github/pulls/index.js'
import { renderPullRequest } from '../../../src/github/pulls/index.js'
import { readMarker } from '../../../src/github/pulls/marker.js'
import {
  MAX_BODY_BYTES,
  MAX_TITLE_CHARS,
  NEWER_TAGS_SHOWN,
  md
} from '../../../src/github/pulls/render.js'
import { groupPlan, pythonPlan, update } from './helpers.js'

const withUpdate = (plan: PullRequestPlan, change: Partial<ImageUpdate>): PullRequestPlan => ({
  ...plan,
  updates: [{ ...plan.updates[0]!, ...change }]
})

describe('renderPullRequest', () => {
  it('says the old and new tag, the type, the digest, the file and line, first the marker', () => {
    const { title, body } = renderPullRequest(pythonPlan())
    const digest = pythonPlan().updates[0]!.digest
    expect(title).toBe('Update python from 3.12.1 to 3.14.7')
    const lines = body.split('\n')
    expect(lines[0]).toMatch(/^<!-- registry-tags: \{.*\} -->$/)
    expect(readMarker(body)).toEqual({
      key: 'python',
      updates: ['python:3.14.7'],
      files: expect.stringMatching(/^[0-9a-f]{16}$/)
    })
    expect(lines).toContain('Updates **python** from `3.12.1` to `3.14.7` (minor).')
    expect(lines).toContain(
      '<tr><td><code>python</code></td>' +
        '<td nowrap><samp>3.12.1</samp><br>→ <b><samp>3.14.7</samp></b></td>' +
        `<td nowrap>minor<br><samp>${digest.slice(0, 20)}…</samp></td>` +
        '<td><code>Dockerfile:1</code></td></tr>'
    )
    expect(body).toContain(`<p>Digest: <code>${digest}</code></p>`)
    expect(body).toContain('<b><samp>3.14.7</samp></b> (chosen)')
  })

  it.each([
    [groupPlan(), 'Update 2 images: python 3.14.7, ghcr.io/octo/app 1.2.0'],
    [
      {
        ...pythonPlan(),
        updates: [
          ...pythonPlan().updates,
          update('python', '3.11-slim', '3.14-slim', 'Dockerfile', 9)
        ]
      },
      'Update python to 3.14.7, 3.14-slim'
    ],
    [
      withUpdate(pythonPlan(), {
        from: '3.14',
        to: '3.14',
        updateType: 'digest',
        digest: `sha256:${'ab'.repeat(32)}`
      }),
      'Update python:3.14 to sha256:abababababab'
    ]
  ])('titles %#: %s', (plan, title) => {
    expect(renderPullRequest(plan).title).toBe(title)
  })

  it('caps the title at 256 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      update(`registry.example.com/team/image-${i}`, '1.0', '2.0', 'f', i + 1)
    )
    const { title } = renderPullRequest({
      key: 'all',
      updates: many,
      files: [{ path: 'f', content: '' }]
    })
    expect(title).toHaveLength(MAX_TITLE_CHARS)
    expect(title.endsWith('…')).toBe(true)
  })

  it(`lists at most ${NEWER_TAGS_SHOWN} newer tags and counts the rest`, () => {
    const newerTags = Array.from({ length: 45 }, (_, i) => `3.${60 - i}.0`)
    const { body } = renderPullRequest(withUpdate(pythonPlan(), { to: '3.60.0', newerTags }))
    const listed = body.match(/<samp>3\.\d+\.0<\/samp>/g) ?? []
    // The chosen tag is also in the table and the folded part's summary line.
    expect(listed.filter(t => t !== '<samp>3.60.0</samp>')).toHaveLength(NEWER_TAGS_SHOWN - 1)
    expect(body).toContain(
      'Newer tags than <samp>3.12.1</samp> (45): <b><samp>3.60.0</samp></b> (chosen), <samp>3.59.0</samp>'
    )
    expect(body).toContain('<samp>3.41.0</samp>, and 25 more.')
  })

  it('escapes file paths and image names so Markdown and HTML show them as they are', () => {
    const path = 'a_b/*x*|<img src=x>/[l](u)/@team/#1/`c`.yml'
    const plan = withUpdate(pythonPlan(), { image: 'my_app', locations: [{ file: path, line: 3 }] })
    const { body } = renderPullRequest(plan)
    // In HTML, inside code spans: GitHub reads no Markdown, mention or issue link there.
    expect(body).toContain(
      '<code title="a_b/*x*|&lt;img src=x&gt;/[l](u)/@team/#1/`c`.yml:3">a_b/<wbr>…/<wbr>#1/<wbr>`c`.<wbr>yml:3</code>'
    )
    expect(body).toContain('<code>my_app</code>')
    expect(md(path)).toBe(
      'a\\_b/\\*x\\*\\|\\<img src=x\\>/\\[l\\]\\(u\\)/\\@team/\\#1/\\`c\\`\\.yml'
    )
    expect(body).not.toMatch(/(?<!\\)<img/)
    expect(md('line\nbreak\u0000')).toBe('line break ')
  })

  it('puts the source and release notes of an update before the footer, when it has them', () => {
    const notes = { source: 'https://github.com/python/cpython', releases: [] }
    const { body } = renderPullRequest(withUpdate(pythonPlan(), { notes }))
    expect(body).toContain('### Source of')
    expect(body).toContain('(https://github.com/python/cpython)')
    expect(body.indexOf('### Source of')).toBeLessThan(body.indexOf('Opened by registry-tags'))
    expect(renderPullRequest(pythonPlan()).body).not.toContain('### Source of')
  })

  it('makes no autolink of a file path, and shows reordering marks escaped', () => {
    const path = 'www.evil.example/https://x.example/a@b.example/\u202egpj.yml'
    const plan = withUpdate(pythonPlan(), { locations: [{ file: path, line: 1 }] })
    const { body } = renderPullRequest(plan)
    // Paths stand in HTML blocks (tables, details), where GFM makes no autolink;
    // outside them, Markdown text is escaped (md above).
    expect(body).toContain('\\u202egpj')
    expect(body).not.toMatch(/\u202e/)
    expect(md(path)).toBe(
      'www\\.evil\\.example/https\\://x\\.example/a\\@b\\.example/\\u202egpj\\.yml'
    )
  })

  it('keeps the marker safe inside its HTML comment', () => {
    const plan = withUpdate(pythonPlan(), { image: 'x-->y<z' })
    const { body } = renderPullRequest(plan)
    expect(body.split('\n')[0]).toBe(
      '<!-- registry-tags: {"key":"python","updates":["x--\\u003ey\\u003cz:3.14.7"],"files":"' +
        readMarker(body)!.files +
        '"} -->'
    )
    expect(readMarker(body)!.updates).toEqual(['x-->y<z:3.14.7'])
  })

  it(`keeps the body within GitHub's ${MAX_BODY_BYTES} characters, marker first`, () => {
    const locations = Array.from({ length: 3000 }, (_, i) => ({
      file: `deploy/${'ü'.repeat(20)}/${i}.yaml`,
      line: i + 1
    }))
    const { body } = renderPullRequest(withUpdate(pythonPlan(), { locations }))
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_BODY_BYTES)
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY_BYTES - 400)
    expect(readMarker(body)).toMatchObject({ key: 'python' })
    expect(body).toMatch(
      /\n\n…\(cut here: GitHub takes at most 65536 characters; the commit has every change\.\)$/
    )
    expect(body).not.toContain('\uFFFD')
  })
})
