/**
 * Single inputs read and checked: switches, the timeouts, credentials,
 * platform and what goes with `update-files`. Each throws a UsageError
 * naming the input. Pure; options.ts puts them together.
 */
import { UsageError } from './errors.js'
import type { PullRequestInputs } from './pull-inputs.js'
import { parsePullRequestInputs } from './pull-inputs.js'
import type { Platform } from './registry/platform.js'
import { parsePlatform } from './registry/platform.js'

/** Reads one input (or flag) by its input name; '' when not given. */
export type InputSource = (name: string) => string

export interface CredentialOptions {
  readonly username?: string
  readonly password?: string
  readonly dockerConfig: boolean
  readonly githubToken?: string
}

/** Rewriting the references in a repository's files (`update-files` and what goes with it). */
export interface UpdateOptions {
  /** Newline-separated globs, relative to the workspace. */
  readonly patterns: string
  /** The directory the globs are relative to (GITHUB_WORKSPACE, else the working directory). */
  readonly workspace: string
  readonly pinDigest: boolean
  readonly pullRequest: boolean
  readonly group: boolean
  /** `release-notes`, `labels`, `reviewers` (issue 19). */
  readonly pulls: PullRequestInputs
}

export const DEFAULT_TIMEOUT_S = 300
const MAX_TIMEOUT_S = 6 * 3600
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000

/** Inputs that only mean something when files are rewritten. */
const UPDATE_ONLY_INPUTS = ['pin-digest', 'pull-request', 'group'] as const

/** `defaults`: the globs read when `update-files` is not given (`image: auto`). */
export function parseUpdateInputs(
  get: InputSource,
  env: NodeJS.ProcessEnv,
  defaults = ''
): UpdateOptions | undefined {
  const patterns = get('update-files').trim() || defaults
  if (!patterns) {
    parsePullRequestInputs(get, false)
    for (const name of UPDATE_ONLY_INPUTS) {
      if (bool(get, name)) {
        throw new UsageError(
          name,
          "applies when files are rewritten; give 'update-files' (the files that reference the image)."
        )
      }
    }
    return undefined
  }
  return {
    patterns,
    workspace: env['GITHUB_WORKSPACE'] || '.',
    pinDigest: bool(get, 'pin-digest'),
    pullRequest: bool(get, 'pull-request'),
    group: bool(get, 'group'),
    pulls: parsePullRequestInputs(get, bool(get, 'pull-request'))
  }
}

export function parseCredentials(get: InputSource): CredentialOptions {
  const password = get('password')
  const username = optional(get, 'username')
  if (password && !username) {
    throw new UsageError(
      'username',
      "is empty but 'password' is set; give the user name the password belongs to."
    )
  }
  if (username && !password) {
    throw new UsageError(
      'password',
      `is empty but 'username' is set to '${username}'; give its password or token.`
    )
  }
  const githubToken = optional(get, 'github-token')
  return {
    ...(username && { username, password }),
    dockerConfig: bool(get, 'docker-config', true),
    ...(githubToken && { githubToken })
  }
}

export function parsePlatformInput(get: InputSource): Platform | undefined {
  const text = optional(get, 'platform')
  if (!text) return undefined
  const platform = parsePlatform(text)
  if (!platform) {
    throw new UsageError(
      'platform',
      `'${text}' is not os/arch[/variant], e.g. linux/amd64 or linux/arm64.`
    )
  }
  return platform
}

export function parseTimeout(get: InputSource): number {
  const text = optional(get, 'timeout')
  if (text === undefined) return DEFAULT_TIMEOUT_S
  const seconds = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new UsageError(
      'timeout',
      `'${text}' is not a number of seconds between 1 and ${MAX_TIMEOUT_S} (default ${DEFAULT_TIMEOUT_S}).`
    )
  }
  return seconds
}

/** Tests shorten the per-request timeout; the contract has only the step's `timeout`. */
export function requestTimeout(env: NodeJS.ProcessEnv): number {
  const ms = Number(env['REGISTRY_TAGS_REQUEST_TIMEOUT_MS'] || DEFAULT_REQUEST_TIMEOUT_MS)
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_REQUEST_TIMEOUT_MS
}

export function bool(get: InputSource, name: string, fallback = false): boolean {
  const value = get(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'false') return false
  if (value === 'true') return true
  throw new UsageError(name, `'${value}' is not 'true' or 'false'.`)
}

export function optional(get: InputSource, name: string): string | undefined {
  return get(name).trim() || undefined
}
