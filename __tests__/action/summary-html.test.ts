/** The job summary's HTML pieces: every text escaped, paths and names wrapping only where a reader expects. */
import { describe, expect, it } from '@jest/globals'
import {
  fullPlaceCode,
  htmlTable,
  imageCode,
  paragraph,
  plural,
  shortPlaceCode,
  wrapAtSlashes
} from '../../src/action/summary-html.js'

describe('wrapAtSlashes and imageCode', () => {
  // prettier-ignore
  it.each([
    ['deploy/k8s/app.yaml', '<code>deploy/<wbr>k8s/<wbr>app.yaml</code>'],
    ['a|b/`c`', '<code>a&#124;b/<wbr>&#96;c&#96;</code>'],
    ['x\u001by', '<code>x\\x1by</code>']
  ])('wrapAtSlashes(%j) is %j', (text, out) => {
    expect(wrapAtSlashes(text)).toBe(out)
  })

  it('puts an escaped title on the code span', () => {
    expect(wrapAtSlashes('a/b', '"t"')).toBe('<code title="&quot;t&quot;">a/<wbr>b</code>')
  })

  // prettier-ignore
  it.each([
    ['python', '<code>python</code>'],
    ['registry.example.com:5000/team/api', '<code>registry.<wbr>example.<wbr>com:5000/<wbr>team/<wbr>api</code>'],
    ['<x>/y', '<code>&lt;x&gt;/<wbr>y</code>']
  ])('imageCode(%j) is %j', (name, out) => {
    expect(imageCode(name)).toBe(out)
  })
})

describe('place codes', () => {
  const file = 'services/payments-api/overlays/production/deployment.yaml'

  it('shows file:line whole', () => {
    expect(fullPlaceCode({ file, line: 4 })).toBe(
      '<code>services/<wbr>payments-api/<wbr>overlays/<wbr>production/<wbr>deployment.yaml:4</code>'
    )
  })

  it('shortens a long path, its whole form in the title', () => {
    expect(shortPlaceCode({ file, line: 4 })).toBe(
      `<code title="${file}:4">services/<wbr>…/<wbr>production/<wbr>deployment.yaml:4</code>`
    )
    expect(shortPlaceCode({ file: 'Dockerfile', line: 1 })).toBe('<code>Dockerfile:1</code>')
  })
})

describe('plural, paragraph, htmlTable', () => {
  // prettier-ignore
  it.each([
    [1, 'image', undefined, '1 image'],
    [2, 'image', undefined, '2 images'],
    [0, 'match', 'matches', '0 matches'],
    [1, 'match', 'matches', '1 match']
  ])('plural(%j, %j, %j) is %j', (count, word, words, out) => {
    expect(plural(count, word, words)).toBe(out)
  })

  it('keeps the lines of a message as breaks, escaped', () => {
    expect(paragraph('denied: <b>\nretry')).toBe('<p>denied: &lt;b&gt;<br>retry</p>')
  })

  it('writes a table without blank lines inside, and one after', () => {
    const out = htmlTable(['image', 'tag'], ['<td>a</td><td>1</td>'])
    expect(out).toBe(
      '<table>\n<thead><tr><th>image</th><th>tag</th></tr></thead>\n<tbody>\n<tr><td>a</td><td>1</td></tr>\n</tbody>\n</table>\n\n'
    )
  })
})
