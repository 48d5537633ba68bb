/**
 * HTML pieces of a pull request body, laid out like the job summary so it
 * reads in GitHub's panel: tags and digests never wrap (`samp` in a
 * `nowrap` cell: GitHub's CSS lets `code` break at hyphens), paths wrap at
 * their slashes, long parts fold. Everything from files or registries goes
 * through `html()`; paths and image names sit in `code`, where GitHub
 * neither mentions `@someone` nor links `#1`.
 */
import { shortPath } from '../../report/shorten.js'
import { htmlLine } from '../../text/html.js'

/** Text as it is, in HTML: no element, no entity, no control character (src/text's htmlLine). */
export const html = (text: string): string => htmlLine(text)

/** A code span that may wrap after its slashes (and a host's dots). */
export function codeWrapping(text: string, title?: string): string {
  const parts = text.split('/').map(part => part.split('.').map(html).join('.<wbr>'))
  const open = title ? `<code title="${html(title)}">` : '<code>'
  return `${open}${parts.join('/<wbr>')}</code>`
}

/** `file:line`, its middle folders left out when long (the whole path is the title). */
export function placeCode(place: { readonly file: string; readonly line: number }): string {
  const line = Math.trunc(place.line)
  const full = `${place.file}:${line}`
  const short = `${shortPath(place.file)}:${line}`
  return codeWrapping(short, short === full ? undefined : full)
}

/** A table without blank lines (a blank line would end GitHub's HTML block). */
export function table(headers: readonly string[], rows: readonly string[]): string {
  const head = `<tr>${headers.map(h => `<th>${html(h)}</th>`).join('')}</tr>`
  return [
    '<table>',
    `<thead>${head}</thead>`,
    '<tbody>',
    ...rows.map(r => `<tr>${r}</tr>`),
    '</tbody>',
    '</table>'
  ].join('\n')
}
