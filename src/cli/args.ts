/**
 * The command line's flags, read with node:util parseArgs into the same
 * input names the action has, so one pure parseInputs turns both into
 * options. Light on purpose: `--help` must not load the engine.
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'

/** Flags that take a value and are passed on as the input of the same name. */
const VALUE_FLAGS = [
  'filter',
  'exclude',
  'range',
  'variant',
  'precision',
  'current',
  'platform',
  'timeout',
  'username',
  'repositories'
] as const

/** Flags that are switches, passed on as the input `'true'`. */
const SWITCH_FLAGS = ['prerelease', 'insecure'] as const

const value = { type: 'string', multiple: true } as const
const flag = { type: 'boolean' } as const

const OPTIONS = {
  filter: value,
  exclude: value,
  range: value,
  variant: value,
  precision: value,
  current: value,
  platform: value,
  timeout: value,
  username: value,
  repositories: value,
  prerelease: flag,
  insecure: flag,
  'docker-config': flag,
  'no-docker-config': flag,
  'password-stdin': flag,
  json: flag,
  verbose: flag,
  help: { type: 'boolean', short: 'h' },
  version: flag
} as const

export interface LookupCommand {
  readonly kind: 'lookup'
  /** Input name → value, as the action's inputs; the password is added from stdin. */
  readonly inputs: Readonly<Record<string, string>>
  readonly passwordStdin: boolean
  readonly json: boolean
  readonly verbose: boolean
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | LookupCommand

/** Flags refused before parsing, with why: their value must never be echoed back. */
const REFUSED: Record<string, string> = {
  password:
    'is not accepted: a password on the command line shows in the process list and the shell history. Pipe it in with --username <user> --password-stdin.'
}

export function parseCommandLine(argv: readonly string[]): Command {
  refuseFlags(argv)
  const { values, positionals } = parseFlags(argv)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const inputs: Record<string, string> = {}
  for (const name of VALUE_FLAGS) {
    const given = values[name]
    if (!given) continue
    if (given.length > 1)
      throw new UsageError(`--${name}`, 'is given more than once; give it once.')
    inputs[name] = given[0]!
  }
  if (inputs['repositories'] === undefined) inputs['image'] = onlyImage(positionals)
  else if (positionals.length > 0) {
    throw new UsageError(
      '--repositories',
      `lists repositories; give no image with it (got ${positionals.join(' ')}).`
    )
  }
  for (const name of SWITCH_FLAGS) if (values[name]) inputs[name] = 'true'
  if (values['no-docker-config']) {
    if (values['docker-config']) {
      throw new UsageError('--docker-config', 'and --no-docker-config contradict; give one.')
    }
    inputs['docker-config'] = 'false'
  }
  const passwordStdin = Boolean(values['password-stdin'])
  checkUsername(inputs['username'], passwordStdin)
  return {
    kind: 'lookup',
    inputs,
    passwordStdin,
    json: Boolean(values.json),
    verbose: Boolean(values.verbose)
  }
}

function refuseFlags(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') return
    const name = /^--([^=]+)/.exec(arg)?.[1]
    const reason = name !== undefined ? REFUSED[name] : undefined
    if (reason) throw new UsageError(`--${name}`, reason)
  }
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = error instanceof Error ? error.message : String(error)
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? message
      throw new UsageError(flag, 'is not a flag of registry-tags; see registry-tags --help.')
    }
    if (code?.startsWith('ERR_PARSE_ARGS_')) {
      const flag = /'(-[^ ']+)/.exec(message)?.[1] ?? 'flags'
      throw new UsageError(flag, valueProblem(flag, message))
    }
    throw error
  }
}

/** parseArgs's words for a flag's value, said the way the rest of the messages say things. */
function valueProblem(flag: string, message: string): string {
  if (/argument missing/.test(message)) return 'needs a value (see --help).'
  if (/does not take an argument/.test(message)) return 'is a switch: it takes no value.'
  if (/ambiguous/.test(message)) {
    return `has a value starting with '-': write it as ${flag}=<value>, e.g. ${flag}=-rc.`
  }
  return message.replace(/\s*\n\s*/g, ' ')
}

function onlyImage(positionals: readonly string[]): string {
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

/** What a usage error says on the command line: the flag (or `<image>`) and the detail. */
export function describeUsageError(error: UsageError): string {
  const prefix = `Input '${error.input}': `
  const detail = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message
  const name = error.input
  const label = name.startsWith('-') ? name : name === 'image' ? '<image>' : `--${name}`
  return `${label} ${detail}`
}

export const USAGE = `Usage: registry-tags [flags] <image>
       registry-tags --repositories <registry | docker.io/<namespace> | ghcr.io/<owner>> [flags]

Prints the newest tag of <image> that passes the filters, read from any
registry that speaks the Docker Registry HTTP API V2 / OCI Distribution.

  registry-tags python:3.12-slim          newest 3.x.y-slim tag (same shape)
  registry-tags --range '^1' ghcr.io/o/app
  registry-tags --json python             every output as one JSON object
  registry-tags --repositories registry.example.com:5000     its catalog
  registry-tags --repositories docker.io/bitnami             a Docker Hub namespace
  GITHUB_TOKEN=… registry-tags --repositories ghcr.io/octo-org   an owner's packages

Choosing the tag:
  --filter <regex>       a tag must match; a (?<version>…) group is the version
  --exclude <regex>      drop matching tags
  --range <range>        npm semver range the version satisfies: ^3.12, ~1.4, ">=2 <3"
  --variant <variant>    suffix after the version: auto (default), *, alpine, /regex/
  --precision <p>        auto (default), same or any
  --prerelease           also consider prereleases
  --current <tag>        the current tag, when <image> has none
  --platform <os/arch>   also resolve that platform's digest, e.g. linux/arm64

Registry:
  --username <user>      with --password-stdin: the password or token is read
  --password-stdin         from standard input (never give it as a flag)
  --no-docker-config     do not use the credentials of docker login
                         (~/.docker/config.json and its credential helpers)
  --insecure             allow plain HTTP and unverified TLS for this registry
  --timeout <seconds>    time for the whole lookup (default 300)
  --repositories <where> list repositories instead of tags: a registry host
                         (its /v2/_catalog), docker.io/<namespace> (the Hub API)
                         or ghcr.io/<owner> (GitHub packages; the token is read
                         from GITHUB_TOKEN or GH_TOKEN); --filter and --exclude
                         apply to the names

Output:
  --json                 print the outputs as one JSON object
  --verbose              progress on stderr even when it is not a terminal
  -h, --help             print this help
  --version              print the version

Exit status: 0 a tag was found; 1 an error (registry, no tag passes the
filters); 2 bad usage.
`
