import { describe, expect, it } from '@jest/globals'
import {
  htmlCode,
  htmlText,
  markdownCode,
  markdownText,
  plainLine
} from '../../src/text/markdown.js'

describe('htmlText (a job summary cell)', () => {
  // prettier-ignore
  it.each([
    ['a<b>&"\'', 'a&lt;b&gt;&amp;&quot;&#39;'],
    ['x|y`z`', 'x&#124;y&#96;z&#96;'],
    ['f\n\n# Heading\n![i](http://x/i.png)', 'f\\x0a\\x0a# Heading\\x0a![i](http://x/i.png)'],
    ['</td></tr></table>\n\n# pwned', '&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;\\x0a\\x0a# pwned'],
    ['\u202eexe', '\\u202eexe']
  ])('%j is %j', (text, html) => {
    expect(htmlText(text)).toBe(html)
  })

  it('never lets a cell end its line, so the HTML block cannot end', () => {
    const cell = htmlCode('compose.yml\r\n\r\n</table>\n\n## x')
    expect(cell).not.toMatch(/[\r\n]/)
    expect(cell.replace(/<\/?code>/g, '')).not.toMatch(/[<>]/)
  })
})

describe('markdownText (a pull request)', () => {
  // prettier-ignore
  it.each([
    ['www.evil.example', 'www\\.evil\\.example'],
    ['see https://evil.example/x', 'see https\\://evil\\.example/x'],
    ['mail a@b.example', 'mail a\\@b\\.example'],
    ['# h', '\\# h'],
    ['![i](u)', '\\!\\[i\\]\\(u\\)'],
    ['exe.\u202egpj', 'exe\\.\\u202egpj'],
    ['\u2066iso\u2069', '\\u2066iso\\u2069'],
    ['a\nb\u0000', 'a b ']
  ])('%j is %j', (text, markdown) => {
    expect(markdownText(text)).toBe(markdown)
  })

  it('code spans show reordering marks escaped and keep table cells whole', () => {
    expect(markdownCode('a|b`\u202e')).toBe("`a\\|b'\\u202e`")
    expect(plainLine('Update x\u202e\n1')).toBe('Update x\\u202e 1')
  })
})
