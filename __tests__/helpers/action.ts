/**
 * Running the bundled action in end-to-end tests, and fronts closed after the
 * file: a file that calls front() or closeLater() has `afterAll(closeAll)`.
 */
import { expect } from '@jest/globals'
import { startFront } from '../../lab/front.mjs'
import { staleDist } from '../../scripts/dist-stamp.mjs'
import { runAction } from '../../lab/runner.mjs'
import { lab } from './lab.js'
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** REGISTRY_TAGS_NODE picks the Node binary: CI runs the end-to-end suite on Node 24 too. */
export const NODE = process.env['REGISTRY_TAGS_NODE'] || process.execPath

export interface Run {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

/**
 * The bundle under test: the committed dist/ unless REGISTRY_TAGS_DIST names
 * another build directory (for trying a change before dist/ is rebuilt).
 */
export const DIST_DIR = resolve(
  process.env['REGISTRY_TAGS_DIST'] || fileURLToPath(new URL('../../dist', import.meta.url))
)

// The end-to-end tests run the bundle, not src/: a dist/ not built from this
// src/ would test yesterday's code and pass. Refuse it, naming the command.
// Only for them: lab tests that borrow fronts from here never run the bundle.
const testPath = expect.getState().testPath ?? ''
if (!process.env['REGISTRY_TAGS_DIST'] && !/[\\/]__tests__[\\/](?!e2e[\\/])/.test(testPath)) {
  const stale = staleDist()
  if (stale) throw new Error(stale)
}

/** The command line's bin in that bundle. */
export const CLI = join(DIST_DIR, 'cli', 'index.js')

export function act(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<Run> {
  return runAction({ inputs, env, node: NODE, script: join(DIST_DIR, 'index.js') }) as Promise<Run>
}

/** The message of the ::error:: line the runner shows for a failed step. */
export const failure = (run: Run): string =>
  decodeURIComponent(/::error::(.*)/.exec(run.stdout)?.[1] ?? '')

/** Everything a user or a log could see, the mask commands themselves removed. */
export const visible = (run: Run): string =>
  run.stdout.replace(/::add-mask::.*/g, '') + run.stderr + run.summary + JSON.stringify(run.outputs)

const closers: { close(): Promise<void> }[] = []

/** Keeps `thing` to be closed by closeAll(). */
export function closeLater<T extends { close(): Promise<void> }>(thing: T): T {
  closers.push(thing)
  return thing
}

/** Closes, newest first, everything given to closeLater(); for the test file's afterAll. */
export async function closeAll(): Promise<void> {
  while (closers.length) await closers.pop()!.close()
}

/** A front before the token-auth registry (see lab/front.mjs for the options). */
export async function front(options: Record<string, unknown> = {}) {
  const L = lab()
  return closeLater(
    await startFront({ target: L.token.url, tokenRealm: L.token.realm, ...options })
  )
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** The bundle's command line as a user runs it: exactly this environment, and stdin closed after `stdin`. */
export function runCli(
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; stdin?: string; cwd?: string }
): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(NODE, [CLI, ...args], { env: options.env, cwd: options.cwd })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', failed)
    child.on('close', code => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(options.stdin ?? '')
  })
}
