/**
 * The command line's flags as node:util parseArgs reads them, and its
 * complaints said the way the rest of the usage errors say things. Which
 * flag means what to which command is args.ts's business.
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'

/** Flags that take a value and are passed on as the input of the same name. */
export const VALUE_FLAGS = [
  'filter',
  'exclude',
  'range',
  'variant',
  'precision',
  'current',
  'platform',
  'timeout',
  'username',
  'repositories',
  // Release rules (issue 19).
  'minimum-release-age',
  'release-age-missing',
  'lts'
] as const

/** Flags that are switches, passed on as the input `'true'`. */
export const SWITCH_FLAGS = ['prerelease', 'insecure', 'pin-digest'] as const

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
  'minimum-release-age': value,
  'release-age-missing': value,
  lts: value,
  prerelease: flag,
  insecure: flag,
  'pin-digest': flag,
  'docker-config': flag,
  'no-docker-config': flag,
  'password-stdin': flag,
  write: flag,
  json: flag,
  explain: flag,
  verbose: flag,
  help: { type: 'boolean', short: 'h' },
  version: flag
} as const

/** Flags refused before parsing, with why: their value must never be echoed back. */
const REFUSED: Record<string, string> = {
  password:
    'is not accepted: a password on the command line shows in the process list and the shell history. Pipe it in with --username <user> --password-stdin.'
}

export function refuseFlags(argv: readonly string[]): void {
  for (const arg of argv) {
    if (arg === '--') return
    const name = /^--([^=]+)/.exec(arg)?.[1]
    const reason = name !== undefined ? REFUSED[name] : undefined
    if (reason) throw new UsageError(`--${name}`, reason)
  }
}

export type ParsedFlags = ReturnType<typeof parseFlags>

export function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true
    })
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

/**
 * Whether the first positional is the word `scan`, written as a command:
 * before any `--` (after it, `scan` is an image named scan).
 */
export function startsWithScan(parsed: ParsedFlags): boolean {
  const tokens = parsed.tokens ?? []
  const first = tokens.find(t => t.kind === 'positional' || t.kind === 'option-terminator')
  return first?.kind === 'positional' && first.value === 'scan'
}
