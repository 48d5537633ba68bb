// Prints a run of the action for a person: the log, the outputs, then the job
// summary. GitHub renders the summary's HTML; a terminal (or a file the demo
// is piped into) cannot, so headings and tables are laid out as plain text.
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const BLOCK = /<h(\d)[^>]*>([\s\S]*?)<\/h\1>|<table[^>]*>([\s\S]*?)<\/table>/gi

function decodeEntity(entity, name) {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
  const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1))
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : entity
}

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function htmlText(html) {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Table rows as text lines, columns aligned; a header row is underlined. */
export function tableLines(tableHtml) {
  const rows = [...tableHtml.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map(row =>
    [...row[1].matchAll(/<(t[hd])[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map(cell => ({
      text: htmlText(cell[2]),
      header: cell[1].toLowerCase() === 'th'
    }))
  )
  const widths = []
  for (const row of rows)
    row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.text.length)))
  const line = cells => `  ${cells.map((t, i) => t.padEnd(widths[i])).join('  ')}`.trimEnd()
  const lines = []
  for (const row of rows) {
    lines.push(line(row.map(c => c.text)))
    if (row.length && row.every(c => c.header))
      lines.push(line(row.map((_c, i) => '-'.repeat(widths[i]))))
  }
  return lines
}

/** The job summary's HTML as plain text: headings underlined, tables aligned. */
export function summaryText(html) {
  const lines = []
  const text = fragment => {
    const t = htmlText(fragment)
    if (t) lines.push('', t)
  }
  let at = 0
  for (const m of html.matchAll(BLOCK)) {
    text(html.slice(at, m.index))
    if (m[2] !== undefined) {
      const heading = htmlText(m[2])
      lines.push('', heading, (Number(m[1]) <= 2 ? '=' : '-').repeat(heading.length))
    } else {
      lines.push(...tableLines(m[3]))
    }
    at = m.index + m[0].length
  }
  text(html.slice(at))
  return lines.join('\n').trim()
}

export function show(run) {
  const log = run.stdout
    .split('\n')
    .filter(l => l && !l.startsWith('::debug::') && !l.startsWith('::add-mask::'))
    .map(l => l.replace(/^::(error|warning|notice)::/, (_m, k) => `${k.toUpperCase()}: `))
    .map(l => decodeURIComponent(l.replace(/%(?![0-9A-F]{2})/g, '%25')))
  console.log(log.join('\n'))
  console.log('\nOutputs:')
  for (const [name, value] of Object.entries(run.outputs)) {
    const shown = value.length > 160 ? `${value.slice(0, 157)}...` : value
    console.log(`  ${name.padEnd(17)} ${shown}`)
  }
  if (run.summary.trim()) console.log(`\nJob summary:\n\n${summaryText(run.summary)}`)
  console.log(`\nExit code ${run.code} (${run.durationMs} ms)`)
}
