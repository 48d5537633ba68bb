/**
 * Text that a registry, an API or a scanned repository wrote, made safe for
 * where it is shown: the terminal, the Actions log and annotations. One set
 * of rules for every front end, so no path forgets one (issue 17).
 */

/** C0 and C1 control characters, and the marks that reorder text on screen (bidi overrides and isolates). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/** The same set, newline left out. */
const UNPRINTABLE_BUT_NEWLINE =
  // eslint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `\x1b`, `\u202e`: what the character is, written with printable ones. */
function visibleEscape(char: string): string {
  const code = char.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Every control character (ESC, BEL, CR, an OSC 52 clipboard write…) and
 * every reordering mark shown as its escape (`\x1b`, `\u202e`), so text
 * cannot move the cursor, recolour the terminal, write the clipboard, or
 * disguise itself. With `keepNewlines`, `\n` stays for messages of several lines.
 */
export function showControls(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? UNPRINTABLE_BUT_NEWLINE : UNPRINTABLE, visibleEscape)
}

/** True when `text` holds a character showControls would escape. */
export function hasControls(text: string): boolean {
  UNPRINTABLE.lastIndex = 0
  return UNPRINTABLE.test(text)
}

/** The longest message a server's text gives, in characters. */
export const MAX_SERVER_TEXT = 200

/**
 * What a server wrote (an error body's message, a title) as one short
 * line: controls shown escaped, runs of white space made one space, cut
 * at `max` characters.
 */
export function serverText(text: string, max = MAX_SERVER_TEXT): string {
  const line = showControls(text.replace(/[\t\n\r ]+/g, ' ').trim())
  return line.length > max ? `${line.slice(0, max)}…` : line
}

/** The runner reads a line as a command when it starts (after blanks) with `::`. */
const COMMAND_START = /^(\s*)::/
/** The runner's older command form, `##[name]`, is read anywhere in a line. */
const OLD_COMMAND = /##\[/g

/**
 * A message for the Actions log, which the runner reads line by line for
 * workflow commands: controls shown escaped (CR among them), and no line may
 * start with `::` nor hold `##[` (`\::add-mask::x`, `##\[group]` show what
 * was written instead). Newlines stay: a message may take several lines.
 */
export function logText(text: string): string {
  return showControls(text, true)
    .split('\n')
    .map(line => line.replace(COMMAND_START, '$1\\::').replace(OLD_COMMAND, '##\\['))
    .join('\n')
}
