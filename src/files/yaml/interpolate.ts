/**
 * Compose-style interpolation in a value: `${VAR:-default}` and
 * `${VAR-default}` read as their default (what the file means when the
 * variable is unset), each character of it at its offset in the file, so
 * that a rewrite edits the default and the template stays. Anything else
 * with a `$` (`$VAR`, `${VAR}`, `${VAR:?err}`, `${VAR:+alt}`, `${{ }}`,
 * Tekton's `$(params.x)`, `$$`) depends on a value the file does not give:
 * not a reference.
 */
import type { Located } from '../located.js'
import { LocatedBuilder, locatedAt } from '../located.js'

/** `${NAME:-default}` or `${NAME-default}`; the default holds no `$`, braces or whitespace. */
const WITH_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-)([^${}\s]*)\}/

/**
 * `text` (found at `start` in the file) with its defaults filled in, or
 * undefined when some part of it has no value in the file. Text without a
 * `$` is itself.
 */
export function interpolated(text: string, start: number): Located | undefined {
  if (!text.includes('$')) return locatedAt(text, start)
  const builder = new LocatedBuilder()
  for (let i = 0; i < text.length;) {
    if (text[i] !== '$') {
      builder.push(text[i] as string, start + i)
      i++
      continue
    }
    const match = WITH_DEFAULT.exec(text.slice(i))
    if (!match) return undefined
    const [whole, name, operator, value] = match as unknown as [string, string, string, string]
    const valueStart = i + 2 + name.length + operator.length
    const via = { name, end: start + i + whole.length }
    for (let k = 0; k < value.length; k++) {
      builder.push(value[k] as string, start + valueStart + k, via)
    }
    i += whole.length
  }
  return builder.build()
}
