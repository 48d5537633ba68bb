/**
 * The command line's flags, turned into the same input names the action
 * has, so one pure parseInputs turns both into options. Light on purpose:
 * `--help` must not load the engine.
 */
import { UsageError } from '../errors.js'
import type { ParsedFlags } from './flags.js'
import { SWITCH_FLAGS, VALUE_FLAGS, parseFlags, refuseFlags, startsWithScan } from './flags.js'
import { DEFAULT_SCAN_GLOBS } from './usage.js'

export { USAGE } from './usage.js'

/** What every command that asks a registry shares. */
interface RunCommand {
  /** Input name → value, as the action's inputs; a lookup's password is added from stdin. */
  readonly inputs: Readonly<Record<string, string>>
  readonly json: boolean
  readonly explain: boolean
  readonly verbose: boolean
}

export interface LookupCommand extends RunCommand {
  readonly kind: 'lookup'
  readonly passwordStdin: boolean
}

/** `scan [globs…]`: inputs `image: auto` and `update-files`. */
export interface ScanCommand extends RunCommand {
  readonly kind: 'scan'
  /** Rewrite the files; without it nothing is written. */
  readonly write: boolean
}

export type Command =
  { readonly kind: 'help' } | { readonly kind: 'version' } | LookupCommand | ScanCommand

type Values = ParsedFlags['values']

export function parseCommandLine(argv: readonly string[]): Command {
  refuseFlags(argv)
  const parsed = parseFlags(argv)
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (startsWithScan(parsed)) return scanCommand(values, positionals.slice(1))
  return lookupCommand(values, positionals)
}

function lookupCommand(values: Values, positionals: readonly string[]): LookupCommand {
  for (const name of ['write', 'pin-digest'] as const) {
    if (values[name]) {
      throw new UsageError(
        `--${name}`,
        `applies to scan, which rewrites files: registry-tags scan --${name} [globs…].`
      )
    }
  }
  const inputs = commonInputs(values)
  if (inputs['repositories'] === undefined) inputs['image'] = onlyImage(positionals)
  else if (positionals.length > 0) {
    throw new UsageError(
      '--repositories',
      `lists repositories; give no image with it (got ${positionals.join(' ')}).`
    )
  } else if (values.explain) {
    throw new UsageError('--explain', 'shows how tags were read; --repositories lists names.')
  }
  const passwordStdin = Boolean(values['password-stdin'])
  checkUsername(inputs['username'], passwordStdin)
  return { kind: 'lookup', inputs, passwordStdin, ...outputFlags(values) }
}

/** Flags that name one image or one registry's credential: a scan has many of both. */
const NOT_FOR_SCAN: Record<string, string> = {
  repositories: 'lists repositories; scan reads images from files. Give one or the other.',
  current: 'is the current tag of one image; in a scan each reference has its own.',
  platform: "resolves one image's platform digest; scan resolves each tag's digest only.",
  username:
    "is one registry's login; a scan asks every registry its files name. Log in with docker login to each, and scan uses those credentials per registry.",
  'password-stdin':
    "is one registry's login; a scan asks every registry its files name. Log in with docker login to each, and scan uses those credentials per registry."
}

function scanCommand(values: Values, globs: readonly string[]): ScanCommand {
  for (const [name, reason] of Object.entries(NOT_FOR_SCAN)) {
    if (values[name as keyof Values] !== undefined) throw new UsageError(`--${name}`, reason)
  }
  const inputs = commonInputs(values)
  inputs['image'] = 'auto'
  inputs['update-files'] = scanGlobs(globs).join('\n')
  return { kind: 'scan', inputs, write: Boolean(values.write), ...outputFlags(values) }
}

/** The globs as given, one a line for `update-files`; the documented set when none are. */
export function scanGlobs(globs: readonly string[]): readonly string[] {
  if (globs.length === 0) return DEFAULT_SCAN_GLOBS
  for (const glob of globs) {
    if (!glob.trim() || /[\r\n]/.test(glob)) {
      throw new UsageError(
        'update-files',
        `${JSON.stringify(glob)} is not a glob: give one file name or pattern an argument.`
      )
    }
  }
  return globs
}

function commonInputs(values: Values): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const name of VALUE_FLAGS) {
    const given = values[name]
    if (!given) continue
    if (given.length > 1)
      throw new UsageError(`--${name}`, 'is given more than once; give it once.')
    inputs[name] = given[0]!
  }
  for (const name of SWITCH_FLAGS) if (values[name]) inputs[name] = 'true'
  if (values['no-docker-config']) {
    if (values['docker-config']) {
      throw new UsageError('--docker-config', 'and --no-docker-config contradict; give one.')
    }
    inputs['docker-config'] = 'false'
  }
  return inputs
}

function outputFlags(values: Values): Pick<RunCommand, 'json' | 'explain' | 'verbose'> {
  return {
    json: Boolean(values.json),
    explain: Boolean(values.explain),
    verbose: Boolean(values.verbose)
  }
}

function onlyImage(positionals: readonly string[]): string {
  if (positionals.length === 1 && positionals[0] === 'auto') {
    throw new UsageError(
      'image',
      "'auto' is how the action reads images from files; here, run registry-tags scan [globs…]."
    )
  }
  if (positionals.length === 0) {
    throw new UsageError(
      'image',
      'is required: give an image such as python, python:3.12-slim or ghcr.io/owner/app (see --help).'
    )
  }
  if (positionals.length > 1) {
    throw new UsageError(
      'image',
      `give one image at a time; got ${positionals.length}: ${positionals.join(' ')}.`
    )
  }
  return positionals[0]!
}

function checkUsername(username: string | undefined, passwordStdin: boolean): void {
  if (username && !passwordStdin) {
    throw new UsageError(
      '--username',
      'needs --password-stdin: pipe the password or token in, e.g. printf %s "$TOKEN" | registry-tags --username <user> --password-stdin <image>.'
    )
  }
  if (passwordStdin && !username) {
    throw new UsageError('--password-stdin', 'needs --username: the user the password belongs to.')
  }
}

/** The password piped in, without the line end `echo` adds (as docker login reads it). */
export function passwordFromStdin(text: string): string {
  const password = text.replace(/\r?\n$/, '')
  if (!password) {
    throw new UsageError('--password-stdin', 'read an empty password from standard input.')
  }
  return password
}

/** Inputs the command line takes as arguments rather than flags, by how --help names them. */
const POSITIONAL_LABELS: Record<string, string> = { image: '<image>', 'update-files': '<globs>' }

/** What a usage error says on the command line: the flag (or `<image>`) and the detail. */
export function describeUsageError(error: UsageError): string {
  const prefix = `Input '${error.input}': `
  const detail = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message
  const name = error.input
  const label = name.startsWith('-') ? name : (POSITIONAL_LABELS[name] ?? `--${name}`)
  return `${label} ${detail}`
}
