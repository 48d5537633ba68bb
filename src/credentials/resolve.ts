/**
 * Which credential a lookup uses, in docker's order: explicit inputs, then
 * the docker config (credHelpers over credsStore over auths), then, for
 * ghcr.io, the workflow's GitHub token; else anonymous. Every secret read,
 * and the Basic value derived from it, goes to `onSecret` before it is used.
 */
import type { ImageReference } from '../reference.js'
import type { Credential } from './credential.js'
import { ANONYMOUS, TOKEN_USERNAME, credentialSecrets } from './credential.js'
import {
  configKey,
  configPath,
  decodeAuth,
  findAuth,
  helperFor,
  readDockerConfig
} from './docker-config.js'
import { runCredentialHelper } from './helper.js'

export interface CredentialInputs {
  readonly username?: string
  readonly password?: string
  readonly dockerConfig: boolean
  readonly githubToken?: string
  readonly env: NodeJS.ProcessEnv
  readonly helperTimeoutMs?: number
}

/** Azure ACR: this user name says the password is a refresh token (AAD-OAuth.md). */
const ACR_REFRESH_USERNAME = '00000000-0000-0000-0000-000000000000'

/** A user name and secret, or a refresh token when the user name says so. */
function userSecret(username: string, secret: string, source: string): Credential {
  if (username === TOKEN_USERNAME || username === ACR_REFRESH_USERNAME) {
    return {
      kind: 'identity-token',
      token: secret,
      ...(username !== TOKEN_USERNAME && { username }),
      source
    }
  }
  return { kind: 'basic', username, password: secret, source }
}

export async function resolveCredential(
  ref: ImageReference,
  inputs: CredentialInputs,
  onSecret: (secret: string) => void
): Promise<Credential> {
  // Each secret once: every call becomes a mask command in the runner's log.
  const masked = new Set<string>()
  const mask = (secret: string): void => {
    if (secret && !masked.has(secret)) onSecret(secret)
    masked.add(secret)
  }
  for (const input of [inputs.password, inputs.githubToken]) if (input) mask(input)
  const credential = await findCredential(ref, inputs, mask)
  for (const secret of credentialSecrets(credential)) mask(secret)
  return credential
}

async function findCredential(
  ref: ImageReference,
  inputs: CredentialInputs,
  onSecret: (secret: string) => void
): Promise<Credential> {
  if (inputs.username && inputs.password) {
    return userSecret(inputs.username, inputs.password, "the 'username' and 'password' inputs")
  }
  if (inputs.dockerConfig) {
    const fromConfig = await fromDockerConfig(ref, inputs, onSecret)
    if (fromConfig) return fromConfig
  }
  if (ref.registry === 'ghcr.io' && inputs.githubToken) {
    return {
      kind: 'basic',
      username: inputs.env['GITHUB_ACTOR'] || 'github-actions',
      password: inputs.githubToken,
      source: "the 'github-token' input"
    }
  }
  return ANONYMOUS
}

async function fromDockerConfig(
  ref: ImageReference,
  inputs: CredentialInputs,
  onSecret: (secret: string) => void
): Promise<Credential | undefined> {
  const path = configPath(inputs.env)
  const config = path ? readDockerConfig(path) : undefined
  if (!path || !config) return undefined
  const helper = helperFor(config, ref.registry)
  if (helper) return fromHelper(ref, helper, path, inputs, onSecret)
  const found = findAuth(config, ref.registry)
  if (!found) return undefined
  const { entry, key } = found
  const source = `the docker config ${path} (auths["${key}"])`
  // Masked even when another field wins: all of them are secrets the file holds.
  for (const secret of [entry.auth, entry.password, entry.identitytoken, entry.registrytoken])
    if (secret) onSecret(secret)
  if (entry.registrytoken) return { kind: 'bearer', token: entry.registrytoken, source }
  const decoded = entry.auth ? decodeAuth(entry.auth) : undefined
  if (decoded) onSecret(decoded.password)
  const username = decoded?.username || entry.username
  if (entry.identitytoken)
    return {
      kind: 'identity-token',
      token: entry.identitytoken,
      ...(username && { username }),
      source
    }
  const password = decoded?.password ?? entry.password
  if (username && password) return userSecret(username, password, source)
  return undefined
}

async function fromHelper(
  ref: ImageReference,
  helper: { name: string; from: string },
  path: string,
  inputs: CredentialInputs,
  onSecret: (secret: string) => void
): Promise<Credential | undefined> {
  const found = await runCredentialHelper(
    helper.name,
    configKey(ref.registry),
    inputs.helperTimeoutMs,
    inputs.env
  )
  if (!found) return undefined
  onSecret(found.secret)
  const source = `docker-credential-${helper.name} (${helper.from} in ${path})`
  return userSecret(found.username, found.secret, source)
}
