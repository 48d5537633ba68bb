/**
 * The job summary's links to each update's source repository and revision
 * (`release-notes`), and how many release notes its pull request carries.
 * Every link was checked to be https where it entered; text is escaped.
 */
import type { UpdateNotes } from '../github/pulls/types.js'
import type { Core } from './core.js'
import { code, escape } from './summary.js'

type Summary = Core['summary']

export function addSourcesSection(summary: Summary, notes: ReadonlyMap<string, UpdateNotes>): void {
  // An update whose image names no source, and had nothing fail, has nothing to show.
  const known = [...notes].filter(([, n]) => n.source || n.problem)
  if (!known.length) return
  const rows = known.map(([key, n]) => {
    const [image = '', tag = ''] = key.split('\n')
    const source = n.source ? `<a href="${escape(n.source)}">${escape(n.source)}</a>` : '—'
    const releases = n.problem
      ? `not read: ${escape(n.problem)}`
      : n.github
        ? `${n.releases.length}${n.compare ? ` (<a href="${escape(n.compare)}">compare</a>)` : ''}`
        : '—'
    return [code(`${image}:${tag}`), source, n.revision ? code(n.revision) : '—', releases]
  })
  summary
    .addHeading('Sources', 3)
    .addTable([
      ['update', 'source', 'revision', 'release notes'].map(data => ({ data, header: true })),
      ...rows
    ])
}
