/**
 * Markdown the bot did not write (a release's notes), made safe to show in
 * a pull request: no HTML (so no `</details>`, comment or marker of ours
 * can be forged), no mention that notifies (`@name` gets a zero-width space
 * after the `@`), no issue reference that links or cross-references in
 * this repository (`#12`, `GH-12`, `owner/repo#12` become links to the
 * source repository's issues through redirect.github.com, which GitHub
 * does not count as a reference), headings below ours, and a code fence
 * left open is closed. Code spans and fenced code are left as written:
 * GitHub neither mentions nor links inside them. Pure.
 */

/** The repository the notes belong to: `#12` means its issue 12. */
export interface NotesRepository {
  readonly host: string
  readonly owner: string
  readonly name: string
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/
const ZWSP = '&#8203;'

export function neutraliseMarkdown(text: string, repo: NotesRepository): string {
  const out: string[] = []
  let fence = ''
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const opener = FENCE_RE.exec(line)?.[1]
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = ''
      out.push(line)
      continue
    }
    if (opener) {
      fence = opener
      out.push(line)
      continue
    }
    out.push(neutraliseLine(line, repo))
  }
  if (fence) out.push(fence)
  return out.join('\n')
}

/** Outside code spans only: a span is an opening run of backticks to the same run. */
function neutraliseLine(line: string, repo: NotesRepository): string {
  const parts = line.split(/(`+[^`]*`+)/)
  const text = parts.map((part, i) => (i % 2 ? part : neutraliseText(part, repo))).join('')
  return text.replace(/^ {0,3}(#{1,3})(?=\s|$)/, '####')
}

function neutraliseText(text: string, repo: NotesRepository): string {
  const issues = issuesUrl(repo)
  // eslint-disable-next-line no-control-regex
  let safe = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  safe = safe.replace(/</g, '&lt;')
  safe = safe.replace(
    /\bhttps:\/\/github\.com\/(?=[^/\s]+\/[^/\s]+\/(?:issues|pull|discussions)\/)/gi,
    'https://redirect.github.com/'
  )
  safe = safe.replace(
    /(^|[^\w/.@-])([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})#(\d{1,9})\b/g,
    (_, lead: string, owner: string, name: string, n: string) =>
      `${lead}[${owner}/${name}&#35;${n}](${redirectBase(repo)}/${owner}/${name}/issues/${n})`
  )
  // Twice: a reference glued to one just made a link (`#2#3`) is one after it.
  for (let pass = 0; pass < 2; pass++) safe = issueLinks(safe, issues)
  return safe.replace(/(^|[^\w`])@([A-Za-z0-9])/g, `$1@${ZWSP}$2`)
}

function issueLinks(text: string, issues: string): string {
  return text.replace(
    /(^|[^\w/&#[-])(#|GH-)(\d{1,9})\b/gi,
    (_, lead: string, mark: string, n: string) =>
      `${lead}[${mark === '#' ? '&#35;' : mark}${n}](${issues}/${n})`
  )
}

/** github.com's own issues through its redirector (no cross-reference); elsewhere the host itself. */
function redirectBase(repo: NotesRepository): string {
  return repo.host === 'github.com' ? 'https://redirect.github.com' : `https://${repo.host}`
}

function issuesUrl(repo: NotesRepository): string {
  return `${redirectBase(repo)}/${repo.owner}/${repo.name}/issues`
}
