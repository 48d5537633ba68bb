/**
 * Images a Dockerfile names outside FROM and COPY --from: the BuildKit
 * frontend of a `# syntax=` directive, and `RUN --mount=…,from=image`.
 */
import type { Located } from '../located.js'
import { locatedAt } from '../located.js'
import { splitWords } from './words.js'

const DIRECTIVE = /^(#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*)(\S+)\s*$/

/** The `# syntax=` frontend, read from the directives at the top of the file. */
export function syntaxFrontend(text: string): Located | undefined {
  let start = text.startsWith('\uFEFF') ? 1 : 0
  while (start < text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const line = text.slice(start, end).replace(/\r$/, '')
    const lead = line.length - line.trimStart().length
    const match = DIRECTIVE.exec(line.trimStart())
    const name = match?.[2]?.toLowerCase() ?? ''
    if (!match || !['syntax', 'escape', 'check'].includes(name)) return undefined
    if (name === 'syntax') {
      return locatedAt(match[3] as string, start + lead + (match[1] as string).length)
    }
    start = end + 1
  }
  return undefined
}

/**
 * `RUN --mount=type=bind,from=debian:12 …`: the `from` of each mount when it
 * is a literal word (no variables, no quotes). Stage names are told apart
 * by the caller, as for COPY --from.
 */
export function mountSources(args: Located, escape: string): Located[] {
  const sources: Located[] = []
  for (const word of splitWords(args, escape)) {
    if (!word.text.startsWith('--')) break
    if (!word.text.startsWith('--mount=') || /[$"'\\`]/.test(word.text)) continue
    let offset = '--mount='.length
    for (const field of word.text.slice(offset).split(',')) {
      if (field.startsWith('from=') && field.length > 5) {
        const from = offset + 5
        const end = offset + field.length
        sources.push({
          text: word.text.slice(from, end),
          at: word.at.slice(from, end),
          via: word.via.slice(from, end)
        })
      }
      offset += field.length + 1
    }
  }
  return sources
}
