/**
 * docker-credential-helpers: `docker-credential-<name> get`, the server URL
 * on stdin, `{"ServerURL","Username","Secret"}` on stdout.
 */
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { CredentialError } from './docker-config.js'

export interface HelperSecret {
  readonly username: string
  readonly secret: string
}

const NOT_FOUND = /credentials not found/i

/** What a failing helper said, for the error; never a line that may carry its answer's secret. */
function firstLine(output: string): string | undefined {
  const line = output.trim().split('\n')[0]?.slice(0, 200)
  return line && /secret/i.test(line) ? '(output withheld: it may hold a secret)' : line
}

/** Undefined when the helper has nothing for this server; throws when it is missing, fails or hangs. */
export function runCredentialHelper(
  name: string,
  serverUrl: string,
  timeoutMs = 10_000,
  env: NodeJS.ProcessEnv = process.env
): Promise<HelperSecret | undefined> {
  const program = `docker-credential-${name}`
  return new Promise((resolve, reject) => {
    // Its own process group, so that a hung helper and anything it started can be killed together.
    const child = spawn(program, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => {
      killGroup(child)
      reject(
        new CredentialError(
          `The credential helper ${program} did not answer within ${timeoutMs / 1000} s.`
        )
      )
    }, timeoutMs)
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', error => {
      clearTimeout(timer)
      reject(spawnFailure(name, program, error))
    })
    child.on('close', code => {
      clearTimeout(timer)
      try {
        resolve(readAnswer(program, code, stdout, stderr))
      } catch (error) {
        reject(error)
      }
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(serverUrl)
  })
}

/** Kills a hung helper with everything it started, and lets this process exit without it. */
function killGroup(child: ChildProcessWithoutNullStreams): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
  child.stdout.destroy()
  child.stderr.destroy()
  child.unref()
}

function spawnFailure(name: string, program: string, error: Error): CredentialError {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
  return new CredentialError(
    missing
      ? `The docker config names the credential helper '${name}', but ${program} is not on PATH. Install it, or set 'docker-config: false'.`
      : `The credential helper ${program} could not run: ${error.message}.`
  )
}

/** What the helper's exit and output mean: a secret, nothing for this server, or an error (thrown). */
function readAnswer(
  program: string,
  code: number | null,
  stdout: string,
  stderr: string
): HelperSecret | undefined {
  if (code !== 0) {
    if (NOT_FOUND.test(stdout) || NOT_FOUND.test(stderr)) return undefined
    const said = firstLine(stderr || stdout)
    throw new CredentialError(
      `The credential helper ${program} failed (exit ${code})${said ? `: ${said}` : ''}.`
    )
  }
  let json: { Username?: string; Secret?: string }
  try {
    json = JSON.parse(stdout) as { Username?: string; Secret?: string }
  } catch {
    throw new CredentialError(`The credential helper ${program} did not answer with JSON.`)
  }
  if (!json.Secret) return undefined
  return { username: json.Username ?? '', secret: json.Secret }
}
