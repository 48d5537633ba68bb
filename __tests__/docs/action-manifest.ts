/**
 * action.yml read and checked on its own terms. action-validator's action
 * schema predates `node24`, so the shape GitHub's runner needs is checked
 * here: the required keys, a description for every input and output, string
 * defaults, `runs.using: node24` and a `runs.main` that exists.
 */
import { parse } from 'yaml'
import { isRecord } from './sources.js'

export interface ActionManifest {
  /** Input name → its `default` (undefined when it has none). */
  readonly inputs: ReadonlyMap<string, string | undefined>
  readonly outputs: ReadonlySet<string>
  /** Input or output name → its description. */
  readonly descriptions: ReadonlyMap<string, string>
}

export function readActionManifest(text: string): ActionManifest {
  const action = parse(text) as unknown
  if (!isRecord(action)) throw new Error('action.yml is not a mapping')
  const inputs = new Map<string, string | undefined>()
  const descriptions = new Map<string, string>()
  for (const [name, spec] of Object.entries(recordAt(action, 'inputs'))) {
    const value = isRecord(spec) ? spec['default'] : undefined
    inputs.set(name, value === undefined ? undefined : String(value))
    if (isRecord(spec)) descriptions.set(`input ${name}`, String(spec['description'] ?? ''))
  }
  for (const [name, spec] of Object.entries(recordAt(action, 'outputs'))) {
    if (isRecord(spec)) descriptions.set(`output ${name}`, String(spec['description'] ?? ''))
  }
  return { inputs, outputs: new Set(Object.keys(recordAt(action, 'outputs'))), descriptions }
}

const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage'])
const TOP_KEYS = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'])

/** What is wrong with an action.yml for a node24 JavaScript action; empty when nothing. */
export function manifestProblems(text: string, fileExists: (path: string) => boolean): string[] {
  const action = parse(text) as unknown
  if (!isRecord(action)) return ['action.yml is not a mapping']
  const problems: string[] = []
  for (const key of Object.keys(action)) {
    if (!TOP_KEYS.has(key)) problems.push(`unknown top-level key '${key}'`)
  }
  for (const key of ['name', 'description']) {
    if (!nonEmpty(action[key])) problems.push(`'${key}' is missing or empty`)
  }
  problems.push(...runsProblems(action['runs'], fileExists))
  problems.push(...inputProblems(action['inputs']))
  problems.push(...outputProblems(action['outputs']))
  problems.push(...brandingProblems(action['branding']))
  return problems
}

function runsProblems(runs: unknown, fileExists: (path: string) => boolean): string[] {
  if (!isRecord(runs)) return ["'runs' is missing"]
  const problems: string[] = []
  if (runs['using'] !== 'node24') problems.push(`runs.using is '${runs['using']}', not 'node24'`)
  const main = runs['main']
  if (!nonEmpty(main)) problems.push('runs.main is missing')
  else if (!fileExists(main)) problems.push(`runs.main '${main}' does not exist`)
  for (const hook of ['pre', 'post']) {
    const file = runs[hook]
    if (file !== undefined && (!nonEmpty(file) || !fileExists(file))) {
      problems.push(`runs.${hook} '${String(file)}' does not exist`)
    }
  }
  return problems
}

function inputProblems(inputs: unknown): string[] {
  if (inputs === undefined) return []
  if (!isRecord(inputs)) return ["'inputs' is not a mapping"]
  const problems: string[] = []
  for (const [name, spec] of Object.entries(inputs)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(`input '${name}' is not kebab-case`)
    if (!isRecord(spec)) {
      problems.push(`input '${name}' is not a mapping`)
      continue
    }
    for (const key of Object.keys(spec)) {
      if (!INPUT_KEYS.has(key)) problems.push(`input '${name}' has an unknown key '${key}'`)
    }
    if (!nonEmpty(spec['description'])) problems.push(`input '${name}' has no description`)
    if ('default' in spec && typeof spec['default'] !== 'string') {
      problems.push(`input '${name}' has a default that is not a string (quote it)`)
    }
    if ('required' in spec && typeof spec['required'] !== 'boolean') {
      problems.push(`input '${name}' has a 'required' that is not a boolean`)
    }
  }
  return problems
}

function outputProblems(outputs: unknown): string[] {
  if (outputs === undefined) return []
  if (!isRecord(outputs)) return ["'outputs' is not a mapping"]
  return Object.entries(outputs).flatMap(([name, spec]) =>
    isRecord(spec) && nonEmpty(spec['description']) ? [] : [`output '${name}' has no description`]
  )
}

function brandingProblems(branding: unknown): string[] {
  if (branding === undefined) return []
  if (!isRecord(branding)) return ["'branding' is not a mapping"]
  return ['icon', 'color'].flatMap(key =>
    nonEmpty(branding[key]) ? [] : [`branding.${key} is missing`]
  )
}

function recordAt(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = record[key]
  return isRecord(value) ? value : {}
}

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== ''
