/**
 * HTML pieces both the job summary and a pull request's body are built of,
 * kept to what GitHub's sanitizer allows (`samp`, `details`, `br`, the
 * `nowrap` attribute). Text goes through htmlText, the one HTML escape.
 */
import { htmlText, plainLine } from './markdown.js'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Text as it is in a pull request body's HTML, where control characters
 * become spaces as in the rest of the body (plainLine: reordering marks
 * shown escaped) and `& < > "` are entities: no element, no entity.
 */
export function htmlLine(text: string): string {
  return plainLine(text).replace(/[&<>"]/g, char => ENTITIES[char] as string)
}

/**
 * A tag or digest that never wraps. `samp`, not `code`: GitHub's CSS gives
 * `code` its own `white-space: break-spaces`, so a code span in a `nowrap`
 * cell still breaks at a hyphen (`8.10-` / `alpine`); `samp` is monospace
 * too and keeps the cell's `nowrap`.
 */
export const whole = (text: string): string => `<samp>${htmlText(text)}</samp>`

export const cell = (inner: string): string => `<td>${inner}</td>`
/** A table cell that never wraps: tags and digests stay whole. */
export const nowrapCell = (inner: string): string => `<td nowrap>${inner}</td>`

/** Folded Markdown: `summary` shows, the rest opens (blank lines let Markdown inside render). */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Folded HTML: a one-line summary that opens onto the rest, without blank lines (which would end GitHub's HTML block). */
export function detailsHtml(summaryHtml: string, bodyHtml: string): string {
  return `<details><summary>${summaryHtml}</summary>\n${bodyHtml}\n</details>\n`
}
