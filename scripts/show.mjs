// Prints a run of the action for a person: outputs, then the job summary as text.
export function summaryText(html) {
  return html
    .replace(/<h\d>(.*?)<\/h\d>/g, '\n## $1\n')
    .replace(/<\/tr>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
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
  if (run.summary.trim()) console.log(`\nJob summary:\n${summaryText(run.summary)}`)
  console.log(`\nExit code ${run.code} (${run.durationMs} ms)`)
}
