/**
 * What one run is asked to do, as typed options: parsed from the action's
 * inputs or the command line's flags by the same pure function, which
 * throws a UsageError naming the input (or flag) and what to fix.
 */
import { UsageError } from './errors.js'
import { DEFAULT_UPDATE_FILES } from './files/default-globs.js'
import type { CredentialOptions, InputSource, UpdateOptions } from './inputs.js'
import {
  bool,
  optional,
  parseCredentials,
  parsePlatformInput,
  parseTimeout,
  parseUpdateInputs,
  requestTimeout
} from './inputs.js'
import type { ImageReference } from './reference.js'
import { isValidTag, parseReference } from './reference.js'
import type { Platform } from './registry/platform.js'
import type { RepositoriesTarget } from './repositories.js'
import { parseRepositoriesTarget } from './repositories.js'
import type { TagPattern } from './versions/pattern.js'
import { loadPatternEngine } from './versions/pattern.js'
import type { TagPolicy } from './versions/policy.js'
import { buildPolicy } from './versions/policy.js'
// Release rules (issue 19): `minimum-release-age`, `release-age-missing`, `lts`.
import type { ReleaseOptions } from './release/options.js'
import { parseReleaseInputs } from './release/options.js'

export type { CredentialOptions, InputSource, UpdateOptions } from './inputs.js'
export { DEFAULT_TIMEOUT_S } from './inputs.js'

/** Options every run has, whatever it asks. */
interface RunOptions {
  readonly credentials: CredentialOptions
  readonly insecure: boolean
  /** The whole step's time (input `timeout`, seconds), in ms. */
  readonly timeoutMs: number
  /** Each request's idle timeout, in ms. */
  readonly requestTimeoutMs: number
}

/** Repositories mode: list what a registry, Hub namespace or ghcr.io owner holds. */
export interface RepositoriesOptions extends RunOptions {
  readonly mode: 'repositories'
  readonly target: RepositoriesTarget
  readonly filter?: TagPattern
  readonly exclude?: TagPattern
}

export type Options = ImageOptions | RepositoriesOptions | AutoOptions

/** `image: auto`: every image referenced in `update-files`, each with its own current tag. */
export interface AutoOptions extends RunOptions {
  readonly mode: 'auto'
  readonly policy: TagPolicy
  readonly update: UpdateOptions
  /** LTS lines and the cooldown. */
  readonly release: ReleaseOptions
}

/** One image: its newest tag. */
export interface ImageOptions extends RunOptions {
  readonly mode: 'image'
  readonly image: ImageReference
  /** The current tag: `current`, else the tag in `image`. */
  readonly current?: string
  readonly credentials: CredentialOptions
  readonly policy: TagPolicy
  readonly platform?: Platform
  /** With `update-files`: references to this image in those files are rewritten. */
  readonly update?: UpdateOptions
  /** LTS lines and the cooldown. */
  readonly release: ReleaseOptions
}

/** Whether an input holds a regular expression: `filter`, `exclude`, and `variant` written `/…/`. */
export function hasPattern(get: InputSource): boolean {
  const variant = get('variant').trim()
  return Boolean(get('filter').trim() || get('exclude').trim() || /^\/.+\/$/.test(variant))
}

/**
 * What the front ends call: `parseInputs`, after loading the pattern engine
 * when an input holds a pattern (so that runs without one never load it).
 */
export async function readInputs(get: InputSource, env: NodeJS.ProcessEnv = {}): Promise<Options> {
  if (hasPattern(get)) await loadPatternEngine()
  return parseInputs(get, env)
}

/** Pure and synchronous; patterns need `loadPatternEngine()` first (readInputs does it). */
export function parseInputs(get: InputSource, env: NodeJS.ProcessEnv = {}): Options {
  const run: RunOptions = {
    credentials: parseCredentials(get),
    insecure: bool(get, 'insecure'),
    timeoutMs: parseTimeout(get) * 1000,
    requestTimeoutMs: requestTimeout(env)
  }
  const imageText = get('image').trim()
  const repositoriesText = get('repositories').trim()
  if (imageText && repositoriesText) {
    throw new UsageError(
      'repositories',
      "and 'image' are both set; give 'image' to look up an image's tags, or 'repositories' to list repositories."
    )
  }
  if (repositoriesText) return parseRepositoriesInputs(get, repositoriesText, run)
  if (imageText === 'auto') return parseAutoInputs(get, run, env)
  if (!imageText) {
    throw new UsageError(
      'image',
      "is required: give an image such as `python`, `python:3.12-slim` or `ghcr.io/owner/app` (or 'repositories' to list repositories)."
    )
  }
  return parseImageInputs(get, imageText, run, env)
}

function parseImageInputs(
  get: InputSource,
  imageText: string,
  run: RunOptions,
  env: NodeJS.ProcessEnv
): ImageOptions {
  const image = parseReference(imageText, 'image')
  const current = optional(get, 'current') ?? image.tag
  if (current && !isValidTag(current)) {
    throw new UsageError('current', `'${current}' is not a valid tag.`)
  }
  const update = parseUpdateInputs(get, env)
  return {
    mode: 'image',
    image,
    ...(current && { current }),
    policy: parsePolicy(get),
    ...platformOf(get),
    ...(update && { update }),
    release: parseReleaseInputs(get),
    ...run
  }
}

function parseAutoInputs(get: InputSource, run: RunOptions, env: NodeJS.ProcessEnv): AutoOptions {
  // Without update-files: the documented default globs, which cover every format read.
  const update = parseUpdateInputs(get, env, DEFAULT_UPDATE_FILES) as UpdateOptions
  if (optional(get, 'current')) {
    throw new UsageError(
      'current',
      "does not apply to 'image: auto': each reference in the files has its own current tag."
    )
  }
  if (optional(get, 'platform')) {
    throw new UsageError(
      'platform',
      "does not apply to 'image: auto': the files' references are pinned to their tags' digests (an index for a multi-platform image)."
    )
  }
  if (run.credentials.username) {
    throw new UsageError(
      'username',
      "does not apply to 'image: auto': the files may name several registries, and a password must go only to its own. Log in to each private registry first (docker/login-action, or `docker login`); its credentials are read from the docker config, per registry."
    )
  }
  return {
    mode: 'auto',
    policy: parsePolicy(get),
    update,
    release: parseReleaseInputs(get),
    ...run
  }
}

function platformOf(get: InputSource): { platform?: Platform } {
  const platform = parsePlatformInput(get)
  return platform ? { platform } : {}
}

function parsePolicy(get: InputSource): TagPolicy {
  return buildPolicy({
    filter: optional(get, 'filter'),
    exclude: optional(get, 'exclude'),
    range: optional(get, 'range'),
    variant: optional(get, 'variant'),
    precision: optional(get, 'precision'),
    prerelease: bool(get, 'prerelease')
  })
}

/** Inputs that choose among tags; repositories mode has names, not tags. */
const TAG_ONLY_INPUTS = ['current', 'range', 'platform', 'prerelease'] as const

function parseRepositoriesInputs(
  get: InputSource,
  text: string,
  run: RunOptions
): RepositoriesOptions {
  const target = parseRepositoriesTarget(text)
  if (get('update-files').trim()) {
    throw new UsageError(
      'update-files',
      "rewrites references to an image; with 'repositories' there is no image to rewrite. Give 'image' (or 'image: auto') instead."
    )
  }
  for (const name of TAG_ONLY_INPUTS) {
    if (optional(get, name) && !(name === 'prerelease' && !bool(get, name))) {
      throw new UsageError(
        name,
        "chooses among tags; with 'repositories' only 'filter' and 'exclude' apply (to repository names)."
      )
    }
  }
  refuseReleaseInputs(get)
  const policy = buildPolicy({ filter: optional(get, 'filter'), exclude: optional(get, 'exclude') })
  return {
    mode: 'repositories',
    target,
    ...(policy.filter && { filter: policy.filter }),
    ...(policy.exclude && { exclude: policy.exclude }),
    ...run
  }
}

/**
 * The release rules choose among tags; repositories mode lists names. Their
 * defaults (what action.yml passes when they are not set) are no request.
 */
function refuseReleaseInputs(get: InputSource): void {
  const release = parseReleaseInputs(get)
  const asked = release.cooldown
    ? 'minimum-release-age'
    : release.lts !== 'auto'
      ? 'lts'
      : undefined
  if (asked) {
    throw new UsageError(
      asked,
      "chooses among an image's tags; with 'repositories' only 'filter' and 'exclude' apply (to repository names)."
    )
  }
}
