/**
 * The demo prints the job summary on a terminal: the HTML that @actions/core
 * writes must read as aligned plain text, escaped tags and cells decoded.
 */
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { htmlText, summaryText } from '../../scripts/show.mjs'

/** The summary as core.summary builds it for a run (see src/action/summary.ts). */
function summaryHtml(): string {
  const html = core.summary
    .addHeading('registry-tags: 127.0.0.1:5000/sample/app', 2)
    .addTable([
      ['Image', '<code>127.0.0.1:5000/sample/app</code>'],
      ['Current tag', '<code>1.9.3-alpine</code> → <code>1.10.0-alpine</code> (minor update)']
    ])
    .addHeading('Filters', 3)
    .addTable([
      [
        { data: 'filter', header: true },
        { data: 'tags removed', header: true }
      ],
      ['filter: <code>^1\\.(?&lt;minor&gt;\\d+)</code> &amp; more', '6'],
      ['<b>passing</b>', '2']
    ])
    .stringify()
  core.summary.emptyBuffer()
  return html
}

describe('summaryText', () => {
  it('lays headings and tables out as plain text with aligned columns', () => {
    expect(summaryText(summaryHtml()).split('\n')).toEqual([
      'registry-tags: 127.0.0.1:5000/sample/app',
      '========================================',
      '  Image        127.0.0.1:5000/sample/app',
      '  Current tag  1.9.3-alpine → 1.10.0-alpine (minor update)',
      '',
      'Filters',
      '-------',
      '  filter                            tags removed',
      '  --------------------------------  ------------',
      '  filter: ^1\\.(?<minor>\\d+) & more  6',
      '  passing                           2'
    ])
  })

  it('keeps text outside tables and headings as paragraphs', () => {
    expect(summaryText('<p>3 of <b>40</b> tags</p>\n<h3>Next</h3>')).toBe(
      '3 of 40 tags\n\nNext\n----'
    )
  })
})

describe('htmlText', () => {
  it.each([
    ['<code>a&lt;b&gt;</code>', 'a<b>'],
    ['&quot;x&quot; &amp;&amp; &#39;y&#39; &#x2192; z', '"x" && \'y\' → z'],
    ['&amp;lt;', '&lt;'],
    ['a<br>b\n  c', 'a b c'],
    ['&unknown; &#xFFFFFFF;', '&unknown; &#xFFFFFFF;']
  ])('%s reads %s', (html, text) => {
    expect(htmlText(html)).toBe(text)
  })
})
