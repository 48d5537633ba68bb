/** HTML pieces of a pull request body: untrusted paths and names shown as written, wrapping where a reader expects. */
import { describe, expect, it } from '@jest/globals'
import { codeWrapping, html, placeCode, table } from '../../../src/github/pulls/body-html.js'

describe('html', () => {
  // prettier-ignore
  it.each([
    ['deploy/values.yaml', 'deploy/values.yaml'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"q" & \'s\'', '&quot;q&quot; &amp; \'s\''],
    ['a\nb\u0000c', 'a b c'],
    ['\u2066hidden\u2069', '\\u2066hidden\\u2069']
  ])('html(%j) is %j', (text, out) => {
    expect(html(text)).toBe(out)
  })
})

describe('codeWrapping', () => {
  // prettier-ignore
  it.each([
    ['python', undefined, '<code>python</code>'],
    ['ghcr.io/acme/api', undefined, '<code>ghcr.<wbr>io/<wbr>acme/<wbr>api</code>'],
    ['a/<b>', 'full "title"', '<code title="full &quot;title&quot;">a/<wbr>&lt;b&gt;</code>']
  ])('codeWrapping(%j, %j) is %j', (text, title, out) => {
    expect(codeWrapping(text, title)).toBe(out)
  })
})

describe('placeCode', () => {
  it('shows a short path whole', () => {
    expect(placeCode({ file: 'Dockerfile', line: 3 })).toBe('<code>Dockerfile:3</code>')
  })

  it('leaves out the middle folders of a long path and keeps it whole in the title', () => {
    const file = 'services/payments-api/overlays/production/deployment.yaml'
    expect(placeCode({ file, line: 12 })).toBe(
      `<code title="${file}:12">services/<wbr>…/<wbr>production/<wbr>deployment.<wbr>yaml:12</code>`
    )
  })

  it('writes the line as a whole number', () => {
    expect(placeCode({ file: 'a.yml', line: 7.9 })).toBe('<code>a.<wbr>yml:7</code>')
  })
})

describe('table', () => {
  it('has no blank line, and escapes its headers', () => {
    const out = table(['image', 'a<b'], ['<td>x</td>', '<td>y</td>'])
    expect(out).toBe(
      '<table>\n<thead><tr><th>image</th><th>a&lt;b</th></tr></thead>\n<tbody>\n<tr><td>x</td></tr>\n<tr><td>y</td></tr>\n</tbody>\n</table>'
    )
    expect(out).not.toMatch(/\n\n/)
  })
})
