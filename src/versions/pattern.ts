/**
 * Regular expressions from inputs (`filter`, `exclude`, `variant: /…/`),
 * run by re2js: RE2 semantics, time linear in the tag's length, so a pattern
 * such as `^(a+)+$` cannot hang the step on a hostile tag the way a
 * backtracking `RegExp` does. Named groups (`(?<version>…)`) are kept.
 */
import type { RE2JS } from 're2js'
import { UsageError } from '../errors.js'

let engine: typeof RE2JS | undefined

/**
 * Loads re2js (a quarter of a megabyte, ~11 ms to load): only runs whose
 * inputs have a pattern pay for it, so the action's cold start does not.
 * Must be awaited before `compilePattern`.
 */
export async function loadPatternEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS
}

function re2(): typeof RE2JS {
  if (!engine) throw new Error('internal error: loadPatternEngine() was not awaited')
  return engine
}

export interface TagMatch {
  /** Named groups that took part in the match; absent names did not. */
  readonly groups: Readonly<Record<string, string>>
}

export interface TagPattern {
  /** The pattern as the user wrote it. */
  readonly source: string
  /** Named groups the pattern declares. */
  readonly groupNames: readonly string[]
  /** Whether the pattern matches anywhere in `text` (like `RegExp.prototype.test`). */
  test(text: string): boolean
  /** The first match anywhere in `text`, or null. */
  match(text: string): TagMatch | null
}

/** Constructs RE2 refuses that users bring from JavaScript or PCRE, with the reason. */
const UNSUPPORTED: readonly [RegExp, string][] = [
  [/\(\?<?[=!]/, 'lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported'],
  [/\\[1-9]|\\k</, 'backreferences (\\1, \\k<name>) are not supported']
]

function syntaxHint(source: string): string {
  const found = UNSUPPORTED.find(([construct]) => construct.test(source))
  return found ? found[1] : 'see https://github.com/google/re2/wiki/Syntax'
}

/** Compiles `source`; an error names the input and says RE2 syntax is used. */
export function compilePattern(input: string, source: string): TagPattern {
  let re: RE2JS
  try {
    re = re2().compile(source)
  } catch (error) {
    const detail = (error as Error).message.replace(/^error parsing regexp: /, '')
    throw new UsageError(
      input,
      `'${source}' is not a valid regular expression: ${detail}. Patterns use RE2 syntax ` +
        `(no lookaround or backreferences): ${syntaxHint(source)}.`
    )
  }
  const groupNames = Object.keys(re.namedGroups())
  return {
    source,
    groupNames,
    test: text => re.test(text),
    match: text => {
      const matcher = re.matcher(text)
      if (!matcher.find()) return null
      const groups: Record<string, string> = {}
      for (const name of groupNames) {
        const value = matcher.group(name)
        if (value !== null) groups[name] = value
      }
      return { groups }
    }
  }
}
