/**
 * Image references, parsed and normalised the way docker does
 * (distribution/reference normalize.go).
 */
import { UsageError } from './errors.js'

export interface ImageReference {
  /** Canonical registry name: `docker.io`, `ghcr.io`, `localhost:5000`, `[::1]:5000`. */
  readonly registry: string
  /** The host[:port] to connect to (`registry-1.docker.io` for Docker Hub). */
  readonly endpoint: string
  /** Repository path without the registry: `library/python`. */
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
}

export const DOCKER_HUB = 'docker.io'
export const DOCKER_HUB_ENDPOINT = 'registry-1.docker.io'
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const DOMAIN_RE = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?$`
)
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG_RE = /^[\w][\w.-]{0,127}$/
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/
const MAX_PATH_LENGTH = 255
/** The digest algorithms docker's reference parser accepts (go-digest), and their hex lengths. */
const DIGEST_HEX_LENGTHS = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128]
])

/** A tag as the distribution spec allows it: up to 128 word characters, dots and dashes. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag)
}

function invalid(input: string, raw: string, why: string): UsageError {
  return new UsageError(input, `'${raw}' is not a valid image reference: ${why}.`)
}

/** True when `component` names a registry rather than a namespace (splitDockerDomain). */
function looksLikeDomain(component: string): boolean {
  return (
    component === 'localhost' ||
    component.includes('.') ||
    component.includes(':') ||
    component !== component.toLowerCase()
  )
}

function splitDigest(raw: string, input: string): [string, string | undefined] {
  const at = raw.indexOf('@')
  if (at < 0) return [raw, undefined]
  const digest = raw.slice(at + 1)
  if (!DIGEST_RE.test(digest)) throw invalid(input, raw, `'${digest}' is not a digest`)
  const [algorithm = '', hex = ''] = digest.split(':')
  const length = DIGEST_HEX_LENGTHS.get(algorithm)
  if (length === undefined) {
    throw invalid(
      input,
      raw,
      `'${algorithm}' is not a digest algorithm docker knows (sha256, sha384, sha512)`
    )
  }
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
    throw invalid(
      input,
      raw,
      `a ${algorithm} digest has exactly ${length} lowercase hex characters`
    )
  }
  return [raw.slice(0, at), digest]
}

function splitTag(rest: string, raw: string, input: string): [string, string | undefined] {
  const colon = rest.lastIndexOf(':')
  if (colon <= rest.lastIndexOf('/')) return [rest, undefined]
  const tag = rest.slice(colon + 1)
  if (!TAG_RE.test(tag)) {
    throw invalid(
      input,
      raw,
      `tag '${tag}' must be 1 to 128 characters of letters, digits, '_', '.' and '-', not starting with '.' or '-'`
    )
  }
  return [rest.slice(0, colon), tag]
}

function splitDomain(name: string): [string, string] {
  const slash = name.indexOf('/')
  const first = slash < 0 ? '' : name.slice(0, slash)
  let domain = DOCKER_HUB
  let path = name
  if (slash >= 0 && looksLikeDomain(first)) {
    domain = HUB_ALIASES.has(first.toLowerCase()) ? DOCKER_HUB : first
    path = name.slice(slash + 1)
  }
  if (domain === DOCKER_HUB && !path.includes('/')) path = `library/${path}`
  return [domain, path]
}

/**
 * Parses `python`, `ghcr.io/o/app:1.2`, `[::1]:5000/a@sha256:…` into registry,
 * repository, tag and digest. `input` names the workflow input for errors.
 */
export function parseReference(raw: string, input = 'image'): ImageReference {
  const text = raw.trim()
  if (!text)
    throw new UsageError(input, 'is empty; give an image such as `python` or `ghcr.io/owner/app`.')
  const [beforeDigest, digest] = splitDigest(text, input)
  const [name, tag] = splitTag(beforeDigest, text, input)
  if (/^[a-f0-9]{64}$/.test(name)) {
    throw invalid(input, text, 'a 64-character hex string is a digest, not a repository name')
  }
  const [registry, repository] = splitDomain(name)
  if (!DOMAIN_RE.test(registry)) throw invalid(input, text, `'${registry}' is not a registry host`)
  for (const component of repository.split('/')) {
    if (component !== component.toLowerCase()) {
      throw invalid(input, text, `repository name '${repository}' must be lowercase`)
    }
    if (!PATH_COMPONENT_RE.test(component)) {
      throw invalid(
        input,
        text,
        `'${component}' is not a valid path component (lowercase letters and digits, separated by '.', '_', '__' or '-')`
      )
    }
  }
  if (repository.length > MAX_PATH_LENGTH) {
    throw invalid(input, text, `the repository path is longer than ${MAX_PATH_LENGTH} characters`)
  }
  const endpoint = registry === DOCKER_HUB ? DOCKER_HUB_ENDPOINT : registry
  return { registry, endpoint, repository, ...(tag && { tag }), ...(digest && { digest }) }
}

/** `docker.io/library/python:3.14.7@sha256:…` */
export function formatReference(ref: ImageReference, tag?: string, digest?: string): string {
  return `${ref.registry}/${ref.repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`
}

/** The name users write: `python`, `ghcr.io/o/app` (Docker Hub's `library/` dropped). */
export function displayName(ref: ImageReference): string {
  if (ref.registry !== DOCKER_HUB) return `${ref.registry}/${ref.repository}`
  return ref.repository.startsWith('library/') ? ref.repository.slice(8) : ref.repository
}
