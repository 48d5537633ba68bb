/**
 * One definition per exported name across src/: two modules exporting
 * `MAX_BODY_BYTES` (a pull request's body, a GitHub answer) or `unreachable`
 * made a reader open both to know which one an import meant.
 */
import { describe, expect, it } from '@jest/globals'
import { definedExports, repeatedExports } from '../../scripts/import-graph.mjs'

describe('exported names', () => {
  it('are each defined by one module of src/', () => {
    expect(Object.fromEntries(repeatedExports())).toEqual({})
  })

  // prettier-ignore
  const CASES: [string, string[]][] = [
    ['export const MAX_BODY_BYTES = 65_536', ['MAX_BODY_BYTES']],
    ['export async function publishPulls(', ['publishPulls']],
    ['export function* pages(', ['pages']],
    ['export interface HubOptions {\nexport type Get = (url: string) => Promise<Answer>', ['HubOptions', 'Get']],
    ['export abstract class Base {}\nexport class RegistryError extends ActionError {', ['Base', 'RegistryError']],
    ["export { UsageError as InputError }\nexport type { HttpRequest } from './types.js'", []],
    ['/** export const Gone = 1 */\nconst local = 2', []]
  ]
  it.each(CASES)('definedExports(%j)', (text, names) => {
    expect(definedExports(text)).toEqual(names)
  })
})
