/** Words for what the filters did, for the failure message and the job summary. */
import { describeLines } from './lines.js'
import type { TagPolicy } from './policy.js'
import type { Selection, Stage } from './select.js'
import { STAGES } from './first-pass.js'
import { filteredOut } from './filtered-out.js'

export interface FilterRow {
  readonly stage: Stage
  readonly rule: string
  readonly removed: number
}

/** One row per filter that is in force or removed something. */
export function filterRows(selection: Selection, policy: TagPolicy): FilterRow[] {
  const rule: Record<Stage, string | undefined> = {
    filter: policy.filter && `filter /${policy.filter.source}/`,
    version: selection.notVersions.length
      ? `not a version (${selection.notVersions.slice(0, 3).join(', ')}…)`
      : 'not a version',
    exclude: policy.exclude && `exclude /${policy.exclude.source}/`,
    prerelease: policy.prerelease ? undefined : 'prerelease: false',
    variant: selection.pinned
      ? `the current tag is kept: ${selection.pinned}`
      : selection.variant === '*'
        ? undefined
        : selection.variant.startsWith('/')
          ? `variant ${selection.variant}`
          : selection.variant
            ? `variant '${selection.variant}'${stoppedLine(selection)}`
            : `variant: none (no suffix)${stoppedLine(selection)}`,
    precision:
      selection.components !== undefined
        ? `precision: ${selection.components} component${selection.components === 1 ? '' : 's'}`
        : undefined,
    range: policy.range && `range ${policy.range}`
  }
  return STAGES.filter(s => rule[s] !== undefined || selection.removedBy[s] > 0).map(stage => ({
    stage,
    rule: rule[stage] ?? stage,
    removed: selection.removedBy[stage]
  }))
}

/** `; the line stopped: 0.9.0-pg17 is newer, on another line`, when the current tag's line did. */
function stoppedLine(selection: Selection): string {
  const other = selection.lineStopped
  return other ? `; the line stopped: ${other.tag} is newer, on another line, and not taken` : ''
}

/** `no newer tag on this line (0.8.1-pg13 is newer, on another line)`, when the line stopped. */
export function lineStoppedNote(selection: Selection): string | undefined {
  const other = selection.lineStopped
  return other && `no newer tag on this line (${other.tag} is newer, on another line)`
}

/**
 * The lines the current tag stays on and what became of them, in sentences
 * for the summary and `--explain`: "`-pg16` is a line: PostgreSQL 16", the
 * line stopped, or the current tag is kept as it is.
 */
export function lineNotes(selection: Selection): string[] {
  const current = selection.current
  if (selection.pinned && current) return [`The current tag ${current.tag} is ${selection.pinned}.`]
  if (!current?.version) return []
  const notes = describeLines(current.version).map(line => `${line}.`)
  const other = selection.lineStopped
  if (other) {
    notes.push(
      `The line has no tag newer than ${selection.passing[0]?.tag ?? current.tag}: ` +
        `${other.tag} is newer but on another line, so the tag stays.`
    )
  }
  return notes
}

/** Why nothing passed: every filter's count, the nearest misses, and what to loosen. */
export function explainNoMatch(
  image: string,
  selection: Selection,
  policy: TagPolicy,
  tags?: readonly string[]
): string {
  if (selection.total === 0) {
    return `${image} has no tags. Push a tag, or check the image name.`
  }
  if (selection.pinned && selection.current) {
    return (
      `${image} has no tag ${selection.current.tag} (${selection.total} tags listed); ` +
      `it is ${selection.pinned}. Pin a tag the registry lists.`
    )
  }
  const rules = filterRows(selection, policy)
  const rows = rules.filter(r => r.removed > 0).map(r => `  - ${r.rule}: removed ${r.removed}`)
  const first = selection.nearest[0]
  const nearest = selection.nearest.map(r => `${r.tag} (removed by ${r.stage})`).join(', ')
  const rule = first && rules.find(r => r.stage === first.stage)?.rule
  const loosen = first
    ? ` Loosen ${rule ?? `'${first.stage}'`} first: it removed the newest candidates.`
    : ''
  return [
    `No tag of ${image} passes the filters (${selection.total} tags listed):`,
    ...rows,
    nearest ? `Nearest removed: ${nearest}.${loosen}` : beforeVersions(selection, policy, tags)
  ].join('\n')
}

/**
 * The hint when no tag got past reading versions: the `filter` removed
 * them all, or kept only tags that are not versions, or none is a version.
 */
function beforeVersions(
  selection: Selection,
  policy: TagPolicy,
  tags: readonly string[] | undefined
): string {
  const removed = selection.removedBy.filter
  const notVersions = selection.removedBy.version
  if (!policy.filter || removed === 0) {
    return 'None of the tags reads as a version; use a filter with a (?<version>…) group to extract one.'
  }
  const filter = `The filter /${policy.filter.source}/`
  const out = tags ? filteredOut(tags, policy) : undefined
  const seen = out?.versions
    ? ` ${out.versions} of them read as versions without it (newest: ${out.newest.join(', ')}).`
    : ''
  if (notVersions === 0) {
    return (
      `${filter} removed all ${removed} tags.${seen} Try a filter that matches ${out?.versions ? 'one of those' : 'the tags you want'} ` +
      `(it is matched against the whole tag name: check anchors, dots and the suffix), or remove it.`
    )
  }
  return (
    `${filter} removed ${removed} tags, and the ${notVersions} it kept do not read as versions ` +
    `(${selection.notVersions.slice(0, 3).join(', ')}).${seen} Add a (?<version>…) group to the ` +
    `filter to read the version out of the tags it keeps, or loosen it.`
  )
}
