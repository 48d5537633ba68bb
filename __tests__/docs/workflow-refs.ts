/**
 * What a complete workflow must get right between its jobs, where this
 * action is concerned: `needs.<job>.outputs.<name>` names a job it needs and
 * an output that job maps; a job output mapped from this action's step names
 * a real output; `matrix.<field>` of a fan-out over this action's `matrix`
 * names a field of its entries; and the job has the permissions that its
 * pull requests or ghcr.io listing need.
 */
import { isThisAction, stringsIn } from './action-usage.js'
import { isCompleteWorkflow, isRecord } from './sources.js'

type Job = Record<string, unknown>

const NEEDS_OUTPUT = /\bneeds\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g
const MATRIX_FROM = /fromJSON\(\s*needs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)\s*\)/
const STEP_OUTPUT = /^\$\{\{\s*steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)\s*\}\}$/

/** Problems between the jobs of a complete workflow (none for a fragment). */
export function workflowProblems(value: unknown, entryFields: ReadonlySet<string>): string[] {
  if (!isCompleteWorkflow(value)) return []
  const jobs = value['jobs'] as Record<string, unknown>
  const problems: string[] = []
  for (const [id, job] of Object.entries(jobs)) {
    if (!isRecord(job)) continue
    problems.push(...needsProblems(id, job, jobs))
    problems.push(...matrixProblems(id, job, jobs, entryFields))
    problems.push(...permissionProblems(id, job, value['permissions']))
  }
  return problems
}

/** The step of `job` that produces its output `name`, when that is this action's step. */
export function actionOutputBehind(job: unknown, name: string): string | undefined {
  if (!isRecord(job) || !isRecord(job['outputs']) || !Array.isArray(job['steps'])) return undefined
  const mapped = STEP_OUTPUT.exec(String(job['outputs'][name] ?? '').trim())
  if (!mapped) return undefined
  const step = job['steps'].find(s => isRecord(s) && s['id'] === mapped[1])
  return isRecord(step) && isThisAction(step['uses']) ? mapped[2] : undefined
}

function needsProblems(id: string, job: Job, jobs: Record<string, unknown>): string[] {
  const needed = new Set([job['needs'] ?? []].flat().map(String))
  const problems: string[] = []
  for (const text of stringsIn(job)) {
    for (const [read, other, name] of text.matchAll(NEEDS_OUTPUT)) {
      const source = jobs[other!]
      if (!needed.has(other!)) problems.push(`jobs.${id}: '${read}' without 'needs: ${other}'`)
      else if (!isRecord(source) || !isRecord(source['outputs']) || !(name! in source['outputs'])) {
        problems.push(`jobs.${id}: '${read}': job '${other}' has no output '${name}'`)
      }
    }
  }
  return problems
}

function matrixProblems(
  id: string,
  job: Job,
  jobs: Record<string, unknown>,
  entryFields: ReadonlySet<string>
): string[] {
  const strategy = job['strategy']
  const matrix = isRecord(strategy) ? strategy['matrix'] : undefined
  const from = typeof matrix === 'string' ? MATRIX_FROM.exec(matrix) : null
  if (!from || actionOutputBehind(jobs[from[1]!], from[2]!) !== 'matrix') return []
  const problems: string[] = []
  for (const text of stringsIn(job)) {
    for (const [read, field] of text.matchAll(/\bmatrix\.([A-Za-z_][\w-]*)/g)) {
      if (!entryFields.has(field!)) {
        problems.push(`jobs.${id}: '${read}' is not a field of the action's matrix entries`)
      }
    }
  }
  return problems
}

/** Pull requests need contents and pull-requests write; a ghcr.io owner's packages need packages read. */
function permissionProblems(id: string, job: Job, workflowPermissions: unknown): string[] {
  const steps = Array.isArray(job['steps']) ? job['steps'].filter(isRecord) : []
  const uses = steps.filter(step => isThisAction(step['uses'])).map(step => step['with'])
  const wanted = new Map<string, string[]>()
  for (const given of uses.filter(isRecord)) {
    if (given['pull-request'] === true || given['pull-request'] === 'true') {
      wanted.set('contents', ['write'])
      wanted.set('pull-requests', ['write'])
    }
    if (String(given['repositories'] ?? '').startsWith('ghcr.io/')) {
      wanted.set('packages', ['read', 'write'])
    }
  }
  if (wanted.size === 0) return []
  const granted = job['permissions'] ?? workflowPermissions
  if (!isRecord(granted)) return [`jobs.${id}: declare 'permissions:' (${[...wanted.keys()]})`]
  return [...wanted].flatMap(([scope, levels]) =>
    levels.includes(String(granted[scope]))
      ? []
      : [`jobs.${id}: needs 'permissions: ${scope}: ${levels[0]}'`]
  )
}
