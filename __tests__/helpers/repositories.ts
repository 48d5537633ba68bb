/**
 * Repositories mode end to end (a catalog, a Docker Hub namespace, a ghcr.io
 * owner): the action and the command line run against the same stand-ins,
 * and what they listed read back from the action's outputs or from the
 * command line's `--json`.
 */
import { expect } from '@jest/globals'
import type { CliRun, Run } from './action.js'
import { act } from './action.js'
import type { UserCliOptions } from './user-cli.js'
import { userCli } from './user-cli.js'

/**
 * The action and the command line, both given `env()` (a function: the
 * stand-ins' addresses are known only once `beforeAll` started them).
 */
export function runsWith(env: () => Record<string, string> = () => ({})) {
  return {
    act: (inputs: Record<string, string>): Promise<Run> => act(inputs, env()),
    cli: (args: string[], options: UserCliOptions = {}): Promise<CliRun> =>
      userCli(args, { ...options, env: { ...env(), ...options.env } })
  }
}

/** The outputs of a run: the action's, or what the command line printed with `--json`. */
const outputsOf = (run: Run | CliRun): Record<string, string> =>
  'outputs' in run ? run.outputs : (JSON.parse(run.stdout) as Record<string, string>)

/** The run succeeded and listed exactly `names`, in that order, out of `total` before the filters. */
export function expectListed(run: Run | CliRun, names: string[], total: number | string): void {
  expect(run.code).toBe(0)
  const outputs = outputsOf(run)
  expect(JSON.parse(outputs['repositories']!)).toEqual(names)
  expect(outputs).toMatchObject({ count: String(names.length), total: String(total) })
}
