/** Workflow inputs, read once into a typed object and validated. */
import * as core from '@actions/core'
import { InputError } from './errors.js'
import type { ImageReference } from './reference.js'
import { isValidTag, parseReference } from './reference.js'
import type { Platform } from './registry/platform.js'
import { parsePlatform } from './registry/platform.js'
import type { TagPolicy } from './versions/policy.js'
import { buildPolicy } from './versions/policy.js'

export interface Inputs {
  readonly image: ImageReference
  /** The current tag: `current`, else the tag in `image`. */
  readonly current?: string
  readonly username?: string
  readonly password?: string
  readonly policy: TagPolicy
  readonly platform?: Platform
  readonly insecure: boolean
  readonly dockerConfig: boolean
  readonly githubToken?: string
  readonly requestTimeoutMs: number
}

function bool(name: string, fallback = false): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'false') return false
  if (value === 'true') return true
  throw new InputError(name, `'${value}' is not 'true' or 'false'.`)
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined
}

export function getInputs(): Inputs {
  const password = core.getInput('password')
  if (password) core.setSecret(password)
  const githubToken = core.getInput('github-token').trim()
  if (githubToken) core.setSecret(githubToken)
  const username = optional('username')
  if (password && !username)
    throw new InputError(
      'username',
      "is empty but 'password' is set; give the user name the password belongs to."
    )
  if (username && !password)
    throw new InputError(
      'password',
      `is empty but 'username' is set to '${username}'; give its password or token.`
    )

  const imageText = core.getInput('image').trim()
  if (!imageText)
    throw new InputError(
      'image',
      'is required: give an image such as `python`, `python:3.12-slim` or `ghcr.io/owner/app`.'
    )
  const image = parseReference(imageText, 'image')
  const current = optional('current') ?? image.tag
  if (current && !isValidTag(current)) {
    throw new InputError('current', `'${current}' is not a valid tag.`)
  }

  const policy = buildPolicy({
    filter: optional('filter'),
    exclude: optional('exclude'),
    range: optional('range'),
    variant: optional('variant'),
    precision: optional('precision'),
    prerelease: bool('prerelease')
  })

  const platformText = optional('platform')
  const platform = platformText ? parsePlatform(platformText) : undefined
  if (platformText && !platform) {
    throw new InputError(
      'platform',
      `'${platformText}' is not os/arch[/variant], e.g. linux/amd64 or linux/arm64.`
    )
  }

  const timeout = Number(process.env['REGISTRY_TAGS_REQUEST_TIMEOUT_MS'] || 30_000)
  return {
    image,
    ...(current && { current }),
    ...(username && { username, password }),
    policy,
    ...(platform && { platform }),
    insecure: bool('insecure'),
    dockerConfig: bool('docker-config', true),
    ...(githubToken && { githubToken }),
    requestTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000
  }
}
