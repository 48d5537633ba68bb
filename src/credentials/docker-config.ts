/**
 * The docker CLI's config file, as `docker login` and docker/login-action
 * write it (docker/cli cli/config): where it is, and which entry serves a
 * registry.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ActionError } from '../errors.js'
import { DOCKER_HUB } from '../reference.js'

export interface AuthEntry {
  readonly auth?: string
  readonly username?: string
  readonly password?: string
  readonly identitytoken?: string
  readonly registrytoken?: string
}

export interface DockerConfig {
  readonly auths?: Readonly<Record<string, AuthEntry>>
  readonly credHelpers?: Readonly<Record<string, string>>
  readonly credsStore?: string
}

/** The config file could not be used; says which file and why. */
export class CredentialError extends ActionError {}

/** Docker Hub's key in the config, for historical reasons. */
export const HUB_CONFIG_KEY = 'https://index.docker.io/v1/'
const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

/** `$DOCKER_CONFIG/config.json` (a directory), else `~/.docker/config.json`. */
export function configPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env['DOCKER_CONFIG']) return join(env['DOCKER_CONFIG'], 'config.json')
  const home = env['HOME'] || env['USERPROFILE']
  return home ? join(home, '.docker', 'config.json') : undefined
}

/** The parsed file, or undefined when there is none. */
export function readDockerConfig(path: string): DockerConfig | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CredentialError(
      `Could not read the docker config ${path}: ${(error as Error).message}.`
    )
  }
  try {
    const json: unknown = JSON.parse(text)
    if (json && typeof json === 'object') return json as DockerConfig
  } catch {
    // reported below
  }
  throw new CredentialError(
    `The docker config ${path} is not valid JSON. Fix or remove it, or set 'docker-config: false'.`
  )
}

/** The key `docker login` stores a registry under. */
export function configKey(registry: string): string {
  return HUB_HOSTS.has(registry) || registry === DOCKER_HUB ? HUB_CONFIG_KEY : registry
}

/** `https://host:5000/v1/` → `host:5000` (docker's ConvertToHostname). */
export function keyHostname(key: string): string {
  const bare = key.replace(/^[a-z]+:\/\//i, '')
  return bare.split('/')[0] as string
}

function sameRegistry(key: string, registry: string): boolean {
  const host = keyHostname(key)
  return host === registry || (HUB_HOSTS.has(host) && HUB_HOSTS.has(registry))
}

/** The `auths` entry for a registry: the exact key, else a legacy key with the same host. */
export function findAuth(
  config: DockerConfig,
  registry: string
): { key: string; entry: AuthEntry } | undefined {
  const auths = config.auths ?? {}
  const exact = configKey(registry)
  if (auths[exact]) return { key: exact, entry: auths[exact] }
  const key = Object.keys(auths).find(k => sameRegistry(k, registry))
  return key ? { key, entry: auths[key] as AuthEntry } : undefined
}

/** `credHelpers[registry]` wins over `credsStore` (getConfiguredCredentialStore). */
export function helperFor(
  config: DockerConfig,
  registry: string
): { name: string; from: string } | undefined {
  const helpers = config.credHelpers ?? {}
  const key = Object.keys(helpers).find(k => k === configKey(registry) || sameRegistry(k, registry))
  if (key && helpers[key]) return { name: helpers[key] as string, from: 'credHelpers' }
  if (config.credsStore) return { name: config.credsStore, from: 'credsStore' }
  return undefined
}

/** base64 `user:password`, split at the first colon, NULs trimmed (decodeAuth). */
export function decodeAuth(auth: string): { username: string; password: string } {
  const text = Buffer.from(auth, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  const username = (colon < 0 ? '' : text.slice(0, colon)).replace(/\0+$/, '')
  if (!username)
    throw new CredentialError("an 'auth' entry in the docker config is not base64 of user:password")
  return { username, password: text.slice(colon + 1).replace(/\0+$/, '') }
}
