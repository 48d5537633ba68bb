/** Words for what the filters did, for the failure message and the job summary. */
import type { TagPolicy } from './policy.js'
import type { Selection, Stage } from './select.js'
import { STAGES } from './scan.js'

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
    variant:
      selection.variant === '*'
        ? undefined
        : selection.variant.startsWith('/')
          ? `variant ${selection.variant}`
          : selection.variant
            ? `variant '${selection.variant}'`
            : 'variant: none (no suffix)',
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

/** Why nothing passed: every filter's count, the nearest misses, and what to loosen. */
export function explainNoMatch(image: string, selection: Selection, policy: TagPolicy): string {
  if (selection.total === 0) {
    return `${image} has no tags. Push a tag, or check the image name.`
  }
  const rows = filterRows(selection, policy)
    .filter(r => r.removed > 0)
    .map(r => `  - ${r.rule}: removed ${r.removed}`)
  const nearest = selection.nearest.map(r => `${r.tag} (removed by ${r.stage})`).join(', ')
  const loosen = selection.nearest[0]
    ? ` Loosen '${selection.nearest[0].stage}' first: it removed the newest candidates.`
    : ''
  return [
    `No tag of ${image} passes the filters (${selection.total} tags listed):`,
    ...rows,
    nearest
      ? `Nearest removed: ${nearest}.${loosen}`
      : 'None of the tags reads as a version; use a filter with a (?<version>…) group to extract one.'
  ].join('\n')
}
