/**
 * The inputs and outputs tables of a Markdown file (interface.md, README.md):
 * the names in the first column (a row may name two, as in
 * `pull-request-number`, `pull-request-url`) and, for inputs, the default.
 */

export interface TableRow {
  readonly name: string
  /** The second column without its backticks; '' when empty. */
  readonly second: string
}

/** The rows of the first table under the `## <heading>` of a Markdown text. */
export function tableUnder(markdown: string, heading: string): TableRow[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.trim() === `## ${heading}`)
  if (start < 0) throw new Error(`no '## ${heading}' heading`)
  const rows: TableRow[] = []
  let inTable = false
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2} /.test(line)) break
    if (!line.trimStart().startsWith('|')) {
      if (inTable) break
      continue
    }
    inTable = true
    const cells = splitRow(line)
    if (cells.length < 2 || /^[-:\s]+$/.test(cells[0]!) || !cells[0]!.includes('`')) continue
    const second = cells[1]!.replace(/`/g, '').trim()
    for (const [, name] of cells[0]!.matchAll(/`([^`]+)`/g)) rows.push({ name: name!, second })
  }
  if (rows.length === 0) throw new Error(`no table rows under '## ${heading}'`)
  return rows
}

/** A table row's cells; pipes inside backticks (`a|b`) or escaped (`\|`) stay in their cell. */
function splitRow(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let code = false
  const body = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!
    if (char === '\\' && body[i + 1] === '|') {
      cell += '|'
      i++
    } else if (char === '`') {
      code = !code
      cell += char
    } else if (char === '|' && !code) {
      cells.push(cell.trim())
      cell = ''
    } else cell += char
  }
  cells.push(cell.trim())
  return cells
}
