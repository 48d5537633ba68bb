/**
 * What a run's options ask of the engine: the engine's own options, and the
 * lookup or listing to make. The same for the action and the command line.
 */
import type { EngineOptions } from './engine.js'
import type { Logger } from './logger.js'
import type { LookupRequest } from './lookup.js'
import type { ImageOptions, Options, RepositoriesOptions } from './options.js'
import { isHostedRegistry } from './registry/hosted.js'
import type { RepositoriesRequest } from './repositories.js'

/** The engine for a run of these options: the same for the action and the command line. */
export function engineOptions(
  options: Options,
  log: Logger,
  onSecret: (secret: string) => void,
  env: NodeJS.ProcessEnv,
  /**
   * With `image: auto`, the registries the files reference: `insecure`
   * applies to each self-hosted one, never to a hosted one (a fork names them).
   */
  referenced: readonly string[] = []
): EngineOptions {
  const insecureHosts =
    options.mode === 'image'
      ? [options.image.endpoint]
      : options.mode === 'auto'
        ? referenced.filter(endpoint => !isHostedRegistry(endpoint))
        : options.target.kind === 'catalog'
          ? [options.target.host.endpoint]
          : []
  return {
    log,
    onSecret,
    credentials: { ...options.credentials, env },
    ...(options.insecure && insecureHosts.length && { insecureHosts: new Set(insecureHosts) }),
    timeoutMs: options.timeoutMs,
    requestTimeoutMs: options.requestTimeoutMs
  }
}

/** The lookup these options ask for. */
export function lookupRequestOf(options: ImageOptions): LookupRequest {
  return {
    image: options.image,
    ...(options.current && { current: options.current }),
    policy: options.policy,
    ...(options.platform && { platform: options.platform }),
    release: options.release
  }
}

/** The repositories listing these options ask for. */
export function repositoriesRequestOf(options: RepositoriesOptions): RepositoriesRequest {
  return {
    target: options.target,
    ...(options.filter && { filter: options.filter }),
    ...(options.exclude && { exclude: options.exclude })
  }
}
