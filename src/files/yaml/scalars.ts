/** Where a YAML scalar's text lies in the file, when it can be edited in place. */
import type { Node } from 'yaml'
import { isScalar, Scalar } from 'yaml'

export interface ScalarSource {
  /** The text as written between the quotes, equal to what the scalar reads as. */
  readonly text: string
  readonly start: number
  /** Plain (unquoted): a new value may need quotes to stay text. */
  readonly plain: boolean
  /** What the scalar reads as: 'string', 'number', 'boolean', 'object' (null). */
  readonly type: string
}

/**
 * The scalar's source when it is one line that reads as written: plain, or
 * quoted without escapes. Block scalars, multi-line and escaped ones are not
 * edited (their text differs from what they read as).
 */
export function scalarSource(node: Node | null, text: string): ScalarSource | undefined {
  if (!isScalar(node) || !node.range) return undefined
  const [start, end] = node.range
  const type = node.value === null ? 'object' : typeof node.value
  if (node.type === Scalar.PLAIN) {
    const source = text.slice(start, end)
    return /[\r\n]/.test(source) ? undefined : { text: source, start, plain: true, type }
  }
  if (node.type !== Scalar.QUOTE_DOUBLE && node.type !== Scalar.QUOTE_SINGLE) return undefined
  const inner = text.slice(start + 1, end - 1)
  return inner === node.value ? { text: inner, start: start + 1, plain: false, type } : undefined
}

/** Template syntax (compose `${TAG}`, Helm `{{ }}`, workflow `${{ }}`): not a literal reference. */
export function isTemplate(text: string): boolean {
  return text.includes('$') || text.includes('{{')
}

/** Plain scalars that read as null, a boolean or a number (YAML 1.2 core, and 1.1's yes/no/on/off). */
const NOT_TEXT = [
  /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.inf|\.nan)$/i,
  /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:e[-+]?[0-9]+)?$/i,
  /^[-+]?0(?:x[0-9a-f_]+|o[0-7_]+|b[01_]+)$/i
]
/**
 * Numbers that Helm (Go, float64, `%v`) prints back as written: up to six
 * integer digits, no trailing zero after the point. `3.13` may stay plain;
 * `3.10` (printed 3.1) and `20240101` (printed 2.0240101e+07) may not.
 */
const PRINTS_AS_WRITTEN = /^(?:0|[1-9][0-9]{0,5})(?:\.[0-9]{0,13}[1-9])?$/

/** `value` as a plain scalar's text: double-quoted when plain it would not read back as written. */
export function plainScalarText(value: string): string {
  if (value === '') return '""'
  const quote = NOT_TEXT.some(re => re.test(value)) && !PRINTS_AS_WRITTEN.test(value)
  return quote ? `"${value}"` : value
}
