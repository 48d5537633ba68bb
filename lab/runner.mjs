// Runs the bundled action the way the GitHub runner does: inputs as INPUT_*
// variables, outputs and the job summary through the GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, a clean HOME, and the exit code as the verdict.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'index.js')

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (actions/core file commands). */
export function parseOutputFile(text) {
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
      outputs[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return outputs
}

export function inputEnv(inputs) {
  const env = {}
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value)
  }
  return env
}

/** Runs dist/index.js; resolves with { code, stdout, stderr, outputs, summary, durationMs }. */
export async function runAction({
  inputs = {},
  env = {},
  node = process.execPath,
  script = DIST,
  timeoutMs = 120_000
} = {}) {
  // Under the test run's directory when there is one (__tests__/lab/temp-dirs.mjs).
  const dir = mkdtempSync(join(process.env.REGISTRY_TAGS_TMP || tmpdir(), 'registry-tags-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const childEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    ...inputEnv(inputs),
    ...env
  }
  const started = Date.now()
  try {
    const result = await new Promise((resolve, reject) => {
      const child = spawn(node, [script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', d => (stdout += d))
      child.stderr.on('data', d => (stderr += d))
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`action did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`))
      }, timeoutMs)
      child.on('error', reject)
      child.on('close', code => {
        clearTimeout(timer)
        resolve({ code, stdout, stderr })
      })
    })
    return {
      ...result,
      durationMs: Date.now() - started,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
