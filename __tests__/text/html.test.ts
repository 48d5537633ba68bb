/** The HTML pieces the job summary and pull request bodies share: text escaped, layout as GitHub keeps it. */
import { describe, expect, it } from '@jest/globals'
import { cell, details, detailsHtml, htmlLine, nowrapCell, whole } from '../../src/text/html.js'

describe('htmlLine', () => {
  // prettier-ignore
  it.each([
    ['python:3.12-slim', 'python:3.12-slim'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a "quoted" & <b>', 'a &quot;quoted&quot; &amp; &lt;b&gt;'],
    ['line one\nline two\r\u0007', 'line one line two '],
    ['\u001b[31mred\u001b[0m', ' [31mred [0m'],
    ['evil\u202etxt.yml', 'evil\\u202etxt.yml'],
    ['&amp;', '&amp;amp;']
  ])('htmlLine(%j) is %j', (text, out) => {
    expect(htmlLine(text)).toBe(out)
  })
})

describe('whole, cell, nowrapCell', () => {
  // prettier-ignore
  it.each([
    ['8.10-alpine', '<samp>8.10-alpine</samp>'],
    ['sha256:3147aaaaaaaaa…', '<samp>sha256:3147aaaaaaaaa…</samp>'],
    ['a|b`c\'d', '<samp>a&#124;b&#96;c&#39;d</samp>'],
    ['</samp><script>', '<samp>&lt;/samp&gt;&lt;script&gt;</samp>'],
    ['tag\u001b[2J', '<samp>tag\\x1b[2J</samp>']
  ])('whole(%j) is %j', (text, out) => {
    expect(whole(text)).toBe(out)
  })

  it('wraps cells, marking the ones that never wrap', () => {
    expect(cell('<code>a</code>')).toBe('<td><code>a</code></td>')
    expect(nowrapCell(whole('1.2'))).toBe('<td nowrap><samp>1.2</samp></td>')
  })
})

describe('details', () => {
  it('leaves blank lines around Markdown inside (a pull request body)', () => {
    expect(details('Release notes', '* one\n* two')).toBe(
      '<details><summary>Release notes</summary>\n\n* one\n* two\n\n</details>'
    )
  })

  it('keeps HTML inside on lines without blanks (a job summary)', () => {
    const out = detailsHtml('<b>x</b>: failed', '<p>why</p>\n<p>where</p>')
    expect(out).toBe(
      '<details><summary><b>x</b>: failed</summary>\n<p>why</p>\n<p>where</p>\n</details>\n'
    )
    expect(out).not.toMatch(/\n\n/)
  })
})
