/**
 * How a documented workflow (or a fragment of one) uses this action: every
 * `with:` key is an input, the inputs make sense together, every
 * `steps.<id>.outputs.<name>` read from this action's step is an output, and
 * no `run:` script has an expression pasted into it (outputs go through `env:`).
 */
import { isCompleteWorkflow, isRecord } from './sources.js'

export interface Contract {
  readonly inputs: ReadonlySet<string>
  readonly outputs: ReadonlySet<string>
}

type Step = Record<string, unknown>

/** A job of a complete workflow, or a whole fragment (README snippets hold steps only). */
export interface Scope {
  /** `jobs.check` or `snippet`: the start of each problem's message. */
  readonly where: string
  /** Everything whose strings may read a step's outputs (the job, with its `outputs:`). */
  readonly node: unknown
  readonly steps: readonly Step[]
}

/** `./` (this repository, as the self-test runs it) or the published `registry-tags/registry-tags@…`. */
export const isThisAction = (uses: unknown): boolean =>
  uses === './' || (typeof uses === 'string' && /^registry-tags\/registry-tags@[\w.-]+$/.test(uses))

const BOOLEAN_INPUTS = [
  'docker-config',
  'prerelease',
  'insecure',
  'pin-digest',
  'pull-request',
  'group'
]

export function scopesOf(value: unknown): Scope[] {
  if (!isCompleteWorkflow(value)) return [{ where: 'snippet', node: value, steps: stepsIn(value) }]
  return Object.entries(value['jobs'] as Record<string, unknown>).map(([id, job]) => ({
    where: `jobs.${id}`,
    node: job,
    steps: isRecord(job) && Array.isArray(job['steps']) ? job['steps'].filter(isRecord) : []
  }))
}

/** Every problem with how the scopes use this action; empty when none. */
export function usageProblems(value: unknown, contract: Contract): string[] {
  return scopesOf(value).flatMap(scope => [
    ...scope.steps.flatMap((step, index) => stepProblems(step, `${scope.where}.steps[${index}]`)),
    ...scope.steps
      .filter(step => isThisAction(step['uses']))
      .flatMap(step => withProblems(step, `${scope.where} step '${label(step)}'`, contract)),
    ...outputReadProblems(scope, contract)
  ])
}

/** `run:` scripts take values from `env:`: an expression pasted into a script is shell injection. */
function stepProblems(step: Step, where: string): string[] {
  const run = step['run']
  if (typeof run === 'string' && run.includes('${{')) {
    return [`${where}: 'run' pastes an expression into the script; pass it through 'env:'`]
  }
  return []
}

export function withProblems(step: Step, where: string, contract: Contract): string[] {
  const given = step['with']
  if (!isRecord(given)) return [`${where}: gives no 'with:' (image or repositories is required)`]
  const problems = Object.keys(given)
    .filter(key => !contract.inputs.has(key))
    .map(key => `${where}: 'with.${key}' is not an input of action.yml`)
  const set = (key: string) => given[key] !== undefined && given[key] !== ''
  const on = (key: string) => given[key] === true || given[key] === 'true'
  if (set('image') === set('repositories')) {
    problems.push(`${where}: give exactly one of 'image' and 'repositories'`)
  }
  for (const key of BOOLEAN_INPUTS) {
    const value = given[key]
    if (value !== undefined && !isBooleanLike(value)) {
      problems.push(`${where}: '${key}' is a switch: true, false or an expression`)
    }
  }
  const needsFiles = given['image'] === 'auto' || on('pull-request') || on('pin-digest')
  if (needsFiles && !set('update-files')) {
    problems.push(`${where}: 'image: auto', 'pull-request' and 'pin-digest' need 'update-files'`)
  }
  if (on('group') && given['image'] !== 'auto') {
    problems.push(`${where}: 'group' groups the images of 'image: auto'`)
  }
  return problems
}

const isBooleanLike = (value: unknown): boolean =>
  typeof value === 'boolean' ||
  value === 'true' ||
  value === 'false' ||
  (typeof value === 'string' && value.startsWith('${{'))

const STEP_OUTPUT =
  /\bsteps\.([A-Za-z_][\w-]*)\.outputs(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g

/** `steps.<id>.outputs.<name>`: the step exists, and this action's steps have that output. */
function outputReadProblems(scope: Scope, contract: Contract): string[] {
  const byId = new Map<string, Step>()
  for (const step of scope.steps) if (typeof step['id'] === 'string') byId.set(step['id'], step)
  const problems: string[] = []
  for (const text of stringsIn(scope.node)) {
    for (const match of text.matchAll(STEP_OUTPUT)) {
      const [read, id] = [match[0], match[1]!]
      const name = match[2] ?? match[3]!
      const step = byId.get(id)
      if (!step) problems.push(`${scope.where}: '${read}' reads a step with no id '${id}'`)
      else if (isThisAction(step['uses']) && !contract.outputs.has(name)) {
        problems.push(`${scope.where}: '${read}' is not an output of action.yml`)
      }
    }
  }
  return problems
}

/** Every step-like mapping (has `uses` or `run`) anywhere in a fragment. */
function stepsIn(value: unknown): Step[] {
  if (Array.isArray(value)) return value.flatMap(stepsIn)
  if (!isRecord(value)) return []
  const own = 'uses' in value || 'run' in value ? [value] : []
  return [...own, ...Object.values(value).flatMap(stepsIn)]
}

/** Every `uses:` value in a parsed YAML value (steps and reusable-workflow jobs). */
export function usesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(usesIn)
  if (!isRecord(value)) return []
  const own = typeof value['uses'] === 'string' ? [value['uses']] : []
  return [...own, ...Object.values(value).flatMap(usesIn)]
}

/** Every string value (not key) in a parsed YAML value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (isRecord(value)) return Object.values(value).flatMap(stringsIn)
  return []
}

const label = (step: Step): string => String(step['id'] ?? step['name'] ?? step['uses'])
