/**
 * GitHub's workflow schema (SchemaStore's, through action-validator's wasm
 * build), with its nested one-of errors flattened into lines a reader can act on.
 */
import validator from '@action-validator/core'

type ValidationError = ReturnType<typeof validator.validateWorkflow>['errors'][number]

/** One line per schema violation of a workflow's text; empty when it validates. */
export function workflowSchemaProblems(text: string): string[] {
  return validator.validateWorkflow(text).errors.flatMap(error => describe(error))
}

function describe(error: ValidationError): string[] {
  const where = 'path' in error ? error.path : `line ${error.location?.line ?? '?'}`
  const line = `${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`
  const states = 'states' in error ? (error.states ?? []) : []
  // A one-of failure lists why each alternative failed; the first is the one meant (a
  // job with steps, not a reusable-workflow call), and enough to say what to fix.
  const nested = states[0]?.errors.flatMap(describe) ?? []
  return nested.length > 0 ? nested.map(inner => `${line}: ${inner}`) : [line]
}
