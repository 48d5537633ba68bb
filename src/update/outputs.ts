/**
 * The outputs of an update run, as the strings a workflow reads: `results`
 * (one row per reference), `matrix` (one entry per image and current tag
 * with an update, for `strategy.matrix` with `fromJSON`), `changed-files`,
 * and with `image: auto` the run's `update-available` and `update-type`.
 * Pure, so the action and the command line give the same answer.
 */
import type { Outputs } from '../outputs.js'
import { MAX_OUTPUT_BYTES } from '../outputs.js'
import { displayName, formatReference } from '../reference.js'
import { headThatFits } from '../versions/fit.js'
import type { ReferenceResult, ReferenceUpdate, UpdateReport } from './types.js'

export interface ResultRow {
  readonly image: string
  readonly current: string
  readonly tag: string
  readonly digest: string
  readonly 'update-available': boolean
  readonly 'update-type': string
  readonly file: string
  readonly line: number
  /** `docker.io/library/python:3.14.7@sha256:…`, when the digest is known. */
  readonly reference: string
  readonly 'newer-tags': readonly string[]
  /** The new tag's release date (ISO 8601), when a cooldown read it. */
  readonly released?: string
  readonly error?: string
}

export interface MatrixEntry {
  readonly image: string
  readonly current: string
  readonly tag: string
  readonly digest: string
  readonly 'update-type': string
  readonly reference: string
  readonly files: readonly string[]
}

/** Most significant first: the run's `update-type` is the biggest move among its references. */
const SIGNIFICANCE: readonly ReferenceUpdate[] = [
  'major',
  'minor',
  'patch',
  'prerelease',
  'revision',
  'digest'
]

export function resultRow(result: ReferenceResult): ResultRow {
  const { reference } = result
  return {
    image: displayName(reference.image),
    current: result.current,
    tag: result.tag,
    digest: result.digest,
    'update-available': Boolean(result.update) && !result.error,
    'update-type': result.error ? '' : (result.update ?? ''),
    file: reference.file,
    line: reference.line,
    reference: result.digest ? formatReference(reference.image, result.tag, result.digest) : '',
    'newer-tags': result.newer,
    ...(result.released && { released: result.released.date }),
    ...(result.error && { error: result.error })
  }
}

/** One entry per image and current tag that has an update, with every file it is in. */
export function matrixEntries(rows: readonly ResultRow[]): MatrixEntry[] {
  const entries = new Map<string, MatrixEntry & { files: string[] }>()
  for (const row of rows) {
    if (!row['update-available']) continue
    const key = `${row.image}\n${row.current}\n${row.digest}`
    const entry = entries.get(key)
    if (entry) {
      if (!entry.files.includes(row.file)) entry.files.push(row.file)
      continue
    }
    const { image, current, tag, digest, reference } = row
    entries.set(key, {
      image,
      current,
      tag,
      digest,
      'update-type': row['update-type'],
      reference,
      files: [row.file]
    })
  }
  return [...entries.values()]
}

export function biggestUpdate(results: readonly ReferenceResult[]): ReferenceUpdate | undefined {
  return SIGNIFICANCE.find(type => results.some(r => r.update === type && !r.error))
}

/** `auto`: the run as a whole also sets `update-available`, `update-type` and `newer-tags`. */
export function updateOutputs(report: UpdateReport, options: { readonly auto: boolean }): Outputs {
  const results = report.checks.flatMap(c => c.results)
  const rows = results.map(resultRow)
  const outputs: Outputs = {
    results: jsonHeadThatFits(rows),
    matrix: JSON.stringify({ include: headThatFits(matrixEntries(rows), MAX_OUTPUT_BYTES - 20) }),
    'changed-files': jsonHeadThatFits([...report.rewritten.keys()])
  }
  if (!options.auto) return outputs
  return {
    ...outputs,
    'update-available': String(results.some(r => r.update && !r.error)),
    'update-type': biggestUpdate(results) ?? '',
    'newer-tags': '[]'
  }
}

const jsonHeadThatFits = (items: readonly unknown[]): string =>
  JSON.stringify(headThatFits(items, MAX_OUTPUT_BYTES))
