/**
 * The bundle's command line as a user runs it in an end-to-end test: only
 * PATH from this process, a HOME of its own (so no docker config of the
 * machine's), and the variables the test names.
 */
import { tempDir } from '../lab/temp-dirs.mjs'
import type { CliRun } from './action.js'
import { runCli } from './action.js'

export interface UserCliOptions {
  env?: Record<string, string>
  /** Written to stdin, which is then closed (e.g. `--password-stdin`). */
  stdin?: string
}

export function userCli(args: readonly string[], options: UserCliOptions = {}): Promise<CliRun> {
  const env = { PATH: process.env['PATH'], HOME: tempDir('home'), ...options.env }
  return runCli(args, { env, ...(options.stdin !== undefined && { stdin: options.stdin }) })
}
