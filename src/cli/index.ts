#!/usr/bin/env node
/**
 * registry-tags on the command line: flags → the action's inputs → the same
 * options and engine → the answer on stdout. Exit 0 found (or, for scan,
 * every image checked), 1 error, 2 bad usage, always with a message and
 * never a stack trace. The engine, and for scan the file readers, are
 * imported only once a lookup or scan is asked for, so `--help` starts fast.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { UsageError } from '../errors.js'
import { showControls } from '../text/escape.js'
import type { LookupCommand, ScanCommand } from './args.js'
import { describeUsageError, parseCommandLine, passwordFromStdin, USAGE } from './args.js'

const EXIT_FOUND = 0
const EXIT_ERROR = 1
const EXIT_USAGE = 2

/** A password longer than this on stdin is a mistake (a file piped in), not a password. */
const MAX_STDIN_BYTES = 64 * 1024

/** Every secret read or obtained in this run, redacted from whatever goes to stderr. */
const secrets: string[] = []
/** print.ts's redact, loaded with the engine: before that the only secret is the password read, which no message quotes. */
let redact: ((text: string, secrets: Iterable<string>) => string) | undefined

/** Every line for stderr: secrets redacted, and no terminal control sequence a server or a file name wrote. */
function printError(line: string): void {
  process.stderr.write(`${showControls(redact ? redact(line, secrets) : line, true)}\n`)
}

const context = { secrets, printError, useRedact: (r: typeof redact) => (redact = r) }

async function main(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommandLine(argv)
    if (command.kind === 'help') return print(USAGE)
    if (command.kind === 'version') return print(`${packageJson.version}\n`)
    if (command.kind === 'scan') return await scan(command)
    const password = command.passwordStdin ? passwordFromStdin(await readStdin()) : ''
    if (password) secrets.push(password)
    return await lookup(command, password)
  } catch (error) {
    return fail(error)
  }
}

/** The engine and printing load here, as one chunk: `--help` never pays for them. */
async function lookup(command: LookupCommand, password: string): Promise<number> {
  const { runLookup } = await import('./lookup.js')
  return print(await runLookup(command, password, context))
}

/** The engine, the file readers and the update run load here, as one chunk. */
async function scan(command: ScanCommand): Promise<number> {
  const { runScan } = await import('./scan.js')
  const outcome = await runScan(command, context)
  print(outcome.text)
  if (outcome.failure === undefined) return EXIT_FOUND
  printError(`registry-tags: ${outcome.failure}`)
  return EXIT_ERROR
}

function print(text: string): number {
  process.stdout.write(text)
  return EXIT_FOUND
}

function fail(error: unknown): number {
  if (error instanceof UsageError) {
    printError(`registry-tags: ${describeUsageError(error)}`)
    return EXIT_USAGE
  }
  // Only the message: a stack trace helps nobody running a command, and could carry data.
  const message = error instanceof Error ? error.message : String(error)
  printError(`registry-tags: ${message}`)
  return EXIT_ERROR
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    bytes += chunk.length
    if (bytes > MAX_STDIN_BYTES) {
      throw new UsageError(
        '--password-stdin',
        `read more than ${MAX_STDIN_BYTES} bytes; pipe in the password alone.`
      )
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

// Whatever escapes (an error event no promise carried) still ends in one line, not a stack trace.
const crash = (error: unknown): void => process.exit(fail(error))
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)
// A reader that stops early (`| head -1`) is not an error of ours.
process.stdout.on('error', error => {
  if ((error as NodeJS.ErrnoException).code !== 'EPIPE') crash(error)
})

process.exitCode = await main(process.argv.slice(2))
