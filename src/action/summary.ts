/** The job summary: what was chosen, how to pin it, and what the filters did. */
import type { Core } from './core.js'
import type { ImageReference } from '../reference.js'
import { displayName } from '../reference.js'
import type { LookupResult } from '../lookup.js'
import type { TagPolicy } from '../versions/policy.js'
import { filterRows } from '../versions/explain.js'
import { formatVersion } from '../versions/parse.js'
import { formatReading } from '../versions/reading.js'
import type { Selection } from '../versions/select.js'
import type {
  RepositoriesRequest,
  RepositoriesResult,
  RepositoriesTarget
} from '../repositories.js'
import { describeTarget } from '../repositories.js'
import { htmlCode, htmlText } from '../text/markdown.js'

type Summary = Core['summary']

const NEWEST_SHOWN = 10

/** core.summary writes cells as raw HTML; tags, regexes, ranges and file names need escaping. */
export const escape = (text: string): string => htmlText(text)

export const code = (text: string): string => htmlCode(text)

function filterTable(summary: Summary, selection: Selection, policy: TagPolicy): Summary {
  const rows = filterRows(selection, policy)
  return summary.addHeading('Filters', 3).addTable([
    [
      { data: 'filter', header: true },
      { data: 'tags removed', header: true }
    ],
    ...rows.map(r => [escape(r.rule), String(r.removed)]),
    ['<b>passing</b>', String(selection.passing.length)]
  ])
}

export async function writeSummary(
  summary: Summary,
  result: LookupResult,
  policy: TagPolicy
): Promise<void> {
  const { selection, chosen, image } = result
  const current = selection.current
  const facts: [string, string][] = [
    ['Image', code(displayName(image))],
    ['Latest matching tag', code(chosen.tag)],
    ['Digest', code(result.digest)],
    ...(result.platformDigest
      ? ([['Platform digest', code(result.platformDigest)]] as [string, string][])
      : []),
    ['Pinned reference', code(result.reference)],
    ['Tags', `${selection.passing.length} of ${selection.total} pass the filters`]
  ]
  if (result.dropped > 0) {
    facts.push(['Invalid tag names', `${result.dropped} dropped (not shown)`])
  }
  const quota = result.rateLimit
  if (quota) {
    const window = quota.windowSeconds ? ` per ${quota.windowSeconds / 3600} h` : ''
    facts.push(['Pull rate limit', `${quota.remaining} of ${quota.limit} left${window}`])
  }
  if (result.released?.date) {
    facts.push(['Released', `${escape(result.released.date)} (${escape(result.released.source)})`])
  }
  facts.push(['Chosen tag read as', escape(formatReading(chosen))])
  if (current) {
    if (current.version) facts.push(['Current tag read as', escape(formatReading(current.version))])
    const state = !current.version
      ? `${code(current.tag)} is not a version (${current.reason})`
      : current.update
        ? `${code(current.tag)} → ${code(chosen.tag)} (${current.update} update)`
        : `${code(current.tag)} is up to date`
    facts.splice(1, 0, ['Current tag', state])
  }
  summary
    .addHeading(`registry-tags: ${escape(displayName(image))}`, 2)
    .addTable(facts)
    .addHeading(`Newest tags`, 3)
    .addTable([
      [
        { data: 'tag', header: true },
        { data: 'version', header: true },
        { data: 'variant', header: true }
      ],
      ...selection.passing
        .slice(0, NEWEST_SHOWN)
        .map(v => [code(v.tag), escape(formatVersion(v)), escape(v.variant) || '—'])
    ])
  const more = selection.passing.length - NEWEST_SHOWN
  if (more > 0) summary.addRaw(`and ${more} more passing tag${more === 1 ? '' : 's'}\n\n`)
  heldTable(summary, result)
  filterTable(summary, selection, policy)
  await summary.write()
}

/** Newer tags the LTS lines or the cooldown passed over, each with why (issue 19). */
function heldTable(summary: Summary, result: LookupResult): void {
  const held = result.held ?? []
  if (!held.length) return
  summary.addHeading('Passed over', 3).addTable([
    [
      { data: 'tag', header: true },
      { data: 'why', header: true }
    ],
    ...held.map(h => [code(h.tag), escape(h.reason)])
  ])
}

export async function writeNoMatchSummary(
  summary: Summary,
  image: ImageReference,
  selection: Selection,
  policy: TagPolicy,
  message: string
): Promise<void> {
  summary
    .addHeading(`registry-tags: ${escape(displayName(image))}`, 2)
    .addRaw(`No tag passes the filters.\n\n`)
  filterTable(summary, selection, policy)
  // A paragraph, not a `pre`: the hint's long lines wrap in the panel instead of scrolling.
  summary.addRaw(`<p>${message.split('\n').map(escape).join('<br>\n')}</p>\n`)
  await summary.write()
}

/** Names listed in the summary; the `repositories` output has them all (up to 1 MB). */
const REPOSITORIES_SHOWN = 100

const SOURCES: Record<RepositoriesTarget['kind'], string> = {
  catalog: 'the registry catalog (<code>/v2/_catalog</code>)',
  'docker-hub': 'the Docker Hub API (<code>hub.docker.com</code>)',
  github: 'the GitHub packages API'
}

export async function writeRepositoriesSummary(
  summary: Summary,
  result: RepositoriesResult,
  request: RepositoriesRequest
): Promise<void> {
  const shown = result.repositories.slice(0, REPOSITORIES_SHOWN)
  const facts: [string, string][] = [
    ['Listed', code(describeTarget(result.target))],
    ['Source', SOURCES[result.target.kind]],
    ['Repositories', `${result.repositories.length} of ${result.total} pass the filters`]
  ]
  if (request.filter) facts.push(['filter', code(request.filter.source)])
  if (request.exclude) facts.push(['exclude', code(request.exclude.source)])
  if (result.dropped > 0) facts.push(['Invalid names', `${result.dropped} dropped (not shown)`])
  summary
    .addHeading(`registry-tags: repositories of ${escape(describeTarget(result.target))}`, 2)
    .addTable(facts)
    .addTable([[{ data: 'repository', header: true }], ...shown.map(name => [code(name)])])
  const more = result.repositories.length - shown.length
  if (more > 0)
    summary.addRaw(`and ${more} more (all of them are in the \`repositories\` output)\n\n`)
  await summary.write()
}
