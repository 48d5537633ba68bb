/**
 * What one run is asked to do, as typed options: parsed from the action's
 * inputs or the command line's flags by the same pure function, which
 * throws a UsageError naming the input (or flag) and what to fix.
 */
import { UsageError } from './errors.js'
import type { ImageReference } from './reference.js'
import { isValidTag, parseReference } from './reference.js'
import type { Platform } from './registry/platform.js'
import { parsePlatform } from './registry/platform.js'
import type { TagPolicy } from './versions/policy.js'
import { buildPolicy } from './versions/policy.js'

export interface CredentialOptions {
  readonly username?: string
  readonly password?: string
  readonly dockerConfig: boolean
  readonly githubToken?: string
}

export interface Options {
  readonly image: ImageReference
  /** The current tag: `current`, else the tag in `image`. */
  readonly current?: string
  readonly credentials: CredentialOptions
  readonly policy: TagPolicy
  readonly platform?: Platform
  readonly insecure: boolean
  /** The whole step's time (input `timeout`, seconds), in ms. */
  readonly timeoutMs: number
  /** Each request's idle timeout, in ms. */
  readonly requestTimeoutMs: number
}

/** Reads one input (or flag) by its input name; '' when not given. */
export type InputSource = (name: string) => string

export const DEFAULT_TIMEOUT_S = 300
const MAX_TIMEOUT_S = 6 * 3600
const DEFAULT_REQUEST_TIMEOUT_MS = 20_000

export function parseInputs(get: InputSource, env: NodeJS.ProcessEnv = {}): Options {
  const credentials = parseCredentials(get)
  const imageText = get('image').trim()
  if (!imageText) {
    throw new UsageError(
      'image',
      'is required: give an image such as `python`, `python:3.12-slim` or `ghcr.io/owner/app`.'
    )
  }
  const image = parseReference(imageText, 'image')
  const current = optional(get, 'current') ?? image.tag
  if (current && !isValidTag(current)) {
    throw new UsageError('current', `'${current}' is not a valid tag.`)
  }
  const policy = buildPolicy({
    filter: optional(get, 'filter'),
    exclude: optional(get, 'exclude'),
    range: optional(get, 'range'),
    variant: optional(get, 'variant'),
    precision: optional(get, 'precision'),
    prerelease: bool(get, 'prerelease')
  })
  const platform = parsePlatformInput(get)
  return {
    image,
    ...(current && { current }),
    credentials,
    policy,
    ...(platform && { platform }),
    insecure: bool(get, 'insecure'),
    timeoutMs: parseTimeout(get) * 1000,
    requestTimeoutMs: requestTimeout(env)
  }
}

function parseCredentials(get: InputSource): CredentialOptions {
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

function parsePlatformInput(get: InputSource): Platform | undefined {
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

function parseTimeout(get: InputSource): number {
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
function requestTimeout(env: NodeJS.ProcessEnv): number {
  const ms = Number(env['REGISTRY_TAGS_REQUEST_TIMEOUT_MS'] || DEFAULT_REQUEST_TIMEOUT_MS)
  return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_REQUEST_TIMEOUT_MS
}

function bool(get: InputSource, name: string, fallback = false): boolean {
  const value = get(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'false') return false
  if (value === 'true') return true
  throw new UsageError(name, `'${value}' is not 'true' or 'false'.`)
}

function optional(get: InputSource, name: string): string | undefined {
  return get(name).trim() || undefined
}

/** Every secret among the options, for the front end to mask before anything is logged. */
export function secretsOf(options: Pick<Options, 'credentials'>): string[] {
  const { password, githubToken } = options.credentials
  return [password, githubToken].filter((s): s is string => Boolean(s))
}
