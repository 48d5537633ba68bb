/**
 * What the command line prints. stdout carries the answer only (the tag, a
 * short table on a terminal, or `--json`), so `$(registry-tags …)` and
 * `| jq` get nothing else; progress and warnings go to stderr.
 */
import type { Logger } from '../logger.js'
import type { LookupResult } from '../lookup.js'
import { lookupOutputs, repositoriesOutputs } from '../outputs.js'
import type { RepositoriesResult } from '../repositories.js'
import { describeTarget } from '../repositories.js'
import { displayName } from '../reference.js'
import type { Platform } from '../registry/platform.js'
import { formatPlatform } from '../registry/platform.js'
import { formatVersion } from '../versions/parse.js'
import { showControls } from '../text/escape.js'

/** Rows of newest passing tags the terminal table shows. */
export const NEWEST_SHOWN = 10

export interface PrintRequest {
  readonly current?: string
  readonly platform?: Platform
}

/**
 * `--json`: the action's outputs, the same names and string values, as one
 * object; `extra` adds what the outputs do not have (`--explain`'s reading).
 */
export function formatJson(
  result: LookupResult,
  current: string | undefined,
  extra: Readonly<Record<string, unknown>> = {}
): string {
  return `${JSON.stringify({ ...lookupOutputs(result, current), ...extra }, null, 2)}\n`
}

/** Repositories mode as JSON: the action's outputs. */
export function formatRepositoriesJson(result: RepositoriesResult): string {
  return `${JSON.stringify(repositoriesOutputs(result), null, 2)}\n`
}

/** One name a line (all of them), then, on a terminal, how many of how many. */
export function formatRepositories(result: RepositoriesResult, terminal: boolean): string {
  const lines = [...result.repositories]
  if (terminal) {
    lines.push(
      '',
      `${result.repositories.length} of ${result.total} repositories of ${describeTarget(result.target)} pass the filters` +
        (result.dropped > 0 ? ` (${result.dropped} invalid names dropped)` : '')
    )
  }
  return `${lines.join('\n')}\n`
}

/** The chosen tag alone: what a script reads when stdout is not a terminal. */
export function formatTag(result: LookupResult): string {
  return `${result.chosen.tag}\n`
}

/** The chosen tag, then what a person at a terminal wants to know about it. */
export function formatReport(result: LookupResult, request: PrintRequest = {}): string {
  return [
    result.chosen.tag,
    '',
    ...alignColumns(facts(result, request)),
    '',
    ...newestTable(result),
    ''
  ].join('\n')
}

function facts(result: LookupResult, request: PrintRequest): string[][] {
  const { selection, chosen } = result
  const rows: string[][] = [['image', displayName(result.image)]]
  const current = selection.current
  if (current) rows.push(['current', updateState(current, chosen.tag)])
  rows.push(['digest', result.digest])
  if (result.platformDigest && request.platform) {
    rows.push([formatPlatform(request.platform), result.platformDigest])
  }
  rows.push(['reference', result.reference])
  const dropped = result.dropped > 0 ? `; ${result.dropped} invalid tag names dropped` : ''
  rows.push([
    'tags',
    `${selection.passing.length} of ${selection.total} pass the filters${dropped}`
  ])
  const quota = result.rateLimit
  if (quota) {
    const window = quota.windowSeconds ? ` per ${quota.windowSeconds / 3600} h` : ''
    rows.push(['pull quota', `${quota.remaining} of ${quota.limit} left${window}`])
  }
  return [...rows, ...releaseFacts(result)]
}

/** The chosen tag's release date and the tags passed over (issue 19), as fact rows. */
function releaseFacts(result: LookupResult): string[][] {
  const rows: string[][] = []
  if (result.released?.date) {
    rows.push(['released', printable(`${result.released.date} (${result.released.source})`)])
  }
  for (const held of result.held ?? []) {
    rows.push(['passed over', printable(`${held.tag}: ${held.reason}`)])
  }
  return rows
}

type Current = NonNullable<LookupResult['selection']['current']>

function updateState(current: Current, chosen: string): string {
  if (!current.version) return notAVersion(current)
  if (!current.update) return `${current.tag} is up to date`
  const newer = current.newer.length
  return `${current.tag} → ${chosen} (${current.update} update; ${newer} newer tag${newer === 1 ? '' : 's'})`
}

/** `latest is not a version`, with the reason when it says more. */
export function notAVersion(current: { tag: string; reason: string }): string {
  const reason = current.reason === 'not a version' ? '' : ` (${current.reason})`
  return `${current.tag} is not a version${reason}`
}

function newestTable(result: LookupResult): string[] {
  const { passing } = result.selection
  const current = result.selection.current
  const newer = new Set(current?.version ? current.newer.map(v => v.tag) : [])
  const mark = (tag: string) => (tag === current?.tag ? 'current' : newer.has(tag) ? 'newer' : '')
  const rows = passing
    .slice(0, NEWEST_SHOWN)
    .map(v => [v.tag, formatVersion(v), v.variant || '-', mark(v.tag)])
  const lines = alignColumns([['TAG', 'VERSION', 'VARIANT', ''], ...rows])
  const more = passing.length - NEWEST_SHOWN
  if (more > 0) lines.push(`… and ${more} more passing tag${more === 1 ? '' : 's'}`)
  return lines
}

/** Left-aligned columns two spaces apart, without trailing blanks. */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)))
  }
  return rows.map(row =>
    row
      .map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length))
      .join('  ')
      .trimEnd()
  )
}

export interface StderrOptions {
  /** Progress (info) lines: on a terminal, or with --verbose. */
  readonly progress: boolean
  /** Debug lines too. */
  readonly verbose: boolean
}

/** The engine's log on stderr; `write` must already redact secrets. Warnings always show. */
export function stderrLogger(write: (line: string) => void, options: StderrOptions): Logger {
  return {
    debug: message => {
      if (options.verbose) write(`debug: ${message}`)
    },
    info: message => {
      if (options.progress) write(message)
    },
    warning: message => write(`warning: ${message}`)
  }
}

/** Replaces every secret in `text`, longest first so a secret inside another is not half shown. */
export function redact(text: string, secrets: Iterable<string>): string {
  const sorted = [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length)
  let out = text
  for (const secret of sorted) out = out.split(secret).join('***')
  return out
}

/**
 * Text from the user's disk (file names) or a server as one line that shows
 * what it holds: a control character or a reordering mark becomes its escape
 * (`\x1b`, `\u202e`), so a name cannot move the cursor or recolour the
 * terminal, nor disguise itself (src/text/escape.ts).
 */
export function printable(text: string): string {
  return showControls(text)
}
