/**
 * Small pieces of the HTML that GitHub keeps in a job summary (its
 * sanitizer keeps `code`, `wbr`, `details`, `br` and the `nowrap`
 * attribute, and drops `style` and `class`). Every text is escaped here.
 */
import { shortPath } from '../report/shorten.js'
import { code, escape } from './summary.js'

/** Text in a code span that may wrap after a `/` (paths), as well as where the browser would. */
export function wrapAtSlashes(text: string, title?: string): string {
  const open = title ? `<code title="${escape(title)}">` : '<code>'
  return `${open}${text.split('/').map(escape).join('/<wbr>')}</code>`
}

/** An image name, which may also wrap after the dots of its registry host. */
export function imageCode(name: string): string {
  const parts = name.split('/').map(part => part.split('.').map(escape).join('.<wbr>'))
  return `<code>${parts.join('/<wbr>')}</code>`
}

/** `file:line` whole, wrapping only at slashes. */
export const fullPlaceCode = (place: { file: string; line: number }): string =>
  wrapAtSlashes(`${place.file}:${place.line}`)

/** `file:line`, shortened when long, wrapping only at slashes. */
export const shortPlaceCode = (place: { file: string; line: number }): string => {
  const full = `${place.file}:${place.line}`
  const short = `${shortPath(place.file)}:${place.line}`
  return wrapAtSlashes(short, short === full ? undefined : full)
}

export const plural = (count: number, word: string, words = `${word}s`): string =>
  `${count} ${count === 1 ? word : words}`

/** A table as HTML without blank lines (a blank line would end GitHub's HTML block). */
export function htmlTable(headers: readonly string[], rows: readonly string[]): string {
  const head = `<tr>${headers.map(h => `<th>${escape(h)}</th>`).join('')}</tr>`
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.map(r => `<tr>${r}</tr>`).join('\n')}\n</tbody>\n</table>\n\n`
}

/** A message of many lines, escaped, as a paragraph that wraps (a `pre` would scroll). */
export const paragraph = (text: string): string =>
  `<p>${text.split('\n').map(escape).join('<br>')}</p>`

export { code, escape }
export { shortDigest } from '../report/shorten.js'
