/**
 * Untrusted text (file names, image names, server messages) inside the job
 * summary's HTML tables and a pull request's Markdown, shown as written and
 * never as structure: no ended table, heading, image, link, mention, or
 * reordered text (issue 17).
 */
import { showControls } from './escape.js'

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;'
}

/**
 * Text for an HTML table cell of the job summary (core.summary writes cells
 * as raw HTML): entities for HTML and Markdown table punctuation, and every
 * control character shown escaped, so a newline cannot end the HTML block
 * and let the rest render as Markdown.
 */
export function htmlText(text: string): string {
  return showControls(text).replace(/[&<>"'|`]/g, char => HTML_ENTITIES[char] as string)
}

/** Text as code in a summary cell. */
export const htmlCode = (text: string): string => `<code>${htmlText(text)}</code>`

// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g
/**
 * Markdown and HTML punctuation; `@` and `#`, which would mention someone
 * or link an issue; `.` and `:`, without which `www.x.y`, `http://…` and
 * `a@b.c` are not made links (GFM's autolinks read the raw text).
 */
const MARKDOWN = /[\\`*_{}[\]()<>#+!|~&@$.:]/g

/**
 * Text in a pull request's Markdown, shown as it is: every character
 * Markdown, HTML or GFM's autolinks would read is backslash-escaped; control
 * characters become spaces; reordering marks (U+202A–U+202E, U+2066–U+2069)
 * are shown as their escapes (`\u202e`).
 */
export function markdownText(text: string): string {
  return showControls(text.replace(CONTROL, ' ').replace(MARKDOWN, '\\$&'))
}

/**
 * A code span in a pull request's Markdown (no autolinks, no emphasis in
 * it): `|` escaped for tables, a backtick (never in a valid tag) replaced,
 * control characters made spaces, reordering marks shown escaped.
 */
export function markdownCode(text: string): string {
  return `\`${showControls(text.replace(CONTROL, ' ').replace(/`/g, "'").replace(/\|/g, '\\|'))}\``
}

/** A one-line plain text (a pull request's title): controls become spaces, reordering marks shown escaped. */
export function plainLine(text: string): string {
  return showControls(text.replace(CONTROL, ' '))
}
