/**
 * One engine per run: it owns the HTTP transport, the token service and the
 * credential lookup, and every lookup of the run goes through it, so tokens,
 * connections, per-host limits and the step's deadline are shared. Front
 * ends build one, ask it questions, and dispose of it.
 */
import type { Credential } from './credentials/credential.js'
import type { CredentialInputs } from './credentials/resolve.js'
import { resolveCredential } from './credentials/resolve.js'
import type { Logger } from './logger.js'
import type { ImageReference } from './reference.js'
import { DOCKER_HUB, DOCKER_HUB_ENDPOINT, displayName } from './reference.js'
import type { RepositoriesRequest, RepositoriesResult, RepositoriesTarget } from './repositories.js'
import { describeTarget, listRepositories } from './repositories.js'
import type { LookupRequest, LookupResult } from './lookup.js'
import { lookupImage } from './lookup.js'
import type { RegistryHost } from './registry/api.js'
import type { RepositoryListing } from './registry/listing.js'
import type { DatesContext } from './registry/release-dates.js'
import type { DateOf } from './release/cooldown.js'
import { RegistryApi } from './registry/api.js'
import type { PagerOptions } from './registry/pager.js'
import { DEFAULT_PAGER } from './registry/pager.js'
import { Deadline } from './transport/deadline.js'
import { HostLimiter } from './transport/limiter.js'
import { DEFAULT_TRANSPORT, HttpTransport } from './transport/http.js'
import { RegistrySession } from './transport/session.js'
import { TokenService } from './transport/tokens.js'

/** Credential lookups at once: a docker config with credsStore runs a helper program for each. */
export const MAX_CREDENTIAL_LOOKUPS = 4

export interface EngineOptions {
  readonly log: Logger
  /** Called with every secret read or obtained, before anything can log it. */
  readonly onSecret: (secret: string) => void
  /** Where credentials come from; `env` is the environment docker config paths are read from. */
  readonly credentials: Omit<CredentialInputs, 'env'> & { readonly env?: NodeJS.ProcessEnv }
  /** host[:port] allowed plain HTTP and unverified TLS (`insecure: true`). */
  readonly insecureHosts?: ReadonlySet<string>
  /** The whole run's time, in ms (input `timeout`). */
  readonly timeoutMs: number
  /** Each request's idle timeout, in ms. */
  readonly requestTimeoutMs?: number
  readonly pager?: PagerOptions
}

export class Engine {
  readonly http: HttpTransport
  readonly tokens: TokenService
  readonly deadline: Deadline
  readonly log: Logger
  readonly pager: PagerOptions
  private readonly credentials = new Map<string, Promise<Credential>>()
  /** Credential lookups (each may run a helper program) a few at a time, not one per registry at once. */
  private readonly credentialSlots = new HostLimiter(MAX_CREDENTIAL_LOOKUPS)
  private readonly sessions = new Map<string, Map<Credential, RegistrySession>>()
  private datesContext: DatesContext | undefined
  /** Each image's release dates, each tag asked once per run (a lookup and its rewrite share them). */
  private readonly dateSources = new Map<string, Promise<DateOf>>()

  constructor(private readonly options: EngineOptions) {
    this.log = options.log
    this.pager = options.pager ?? DEFAULT_PAGER
    this.deadline = new Deadline(options.timeoutMs)
    this.http = new HttpTransport({
      ...DEFAULT_TRANSPORT,
      ...(options.requestTimeoutMs !== undefined && { idleTimeoutMs: options.requestTimeoutMs }),
      deadline: this.deadline,
      log: options.log,
      ...(options.insecureHosts && { insecureHosts: options.insecureHosts })
    })
    this.tokens = new TokenService(this.http, options.onSecret)
  }

  /** The credential for a registry, looked up once per run and registry. */
  credentialFor(ref: ImageReference): Promise<Credential> {
    let found = this.credentials.get(ref.registry)
    if (!found) {
      const { credentials, onSecret } = this.options
      found = this.credentialSlots.acquire('credentials', this.deadline).then(async release => {
        try {
          return await resolveCredential(
            ref,
            { ...credentials, env: credentials.env ?? process.env },
            onSecret
          )
        } finally {
          release()
        }
      })
      this.credentials.set(ref.registry, found)
    }
    return found
  }

  /** The registry API for a host and credential; sessions (and what they learnt of the challenge) are shared. */
  api(host: RegistryHost, credential: Credential): RegistryApi {
    let byCredential = this.sessions.get(host.endpoint)
    if (!byCredential) this.sessions.set(host.endpoint, (byCredential = new Map()))
    let session = byCredential.get(credential)
    if (!session) {
      session = new RegistrySession(
        this.http,
        this.tokens,
        credential,
        this.log,
        this.options.onSecret
      )
      byCredential.set(credential, session)
    }
    return new RegistryApi(host, session, this.log)
  }

  /** Every question is bounded by the step's deadline, whatever it waits for. */
  lookup(request: LookupRequest): Promise<LookupResult> {
    return this.deadline.race(
      lookupImage(this, request),
      `looking up ${displayName(request.image)}`
    )
  }

  repositories(request: RepositoriesRequest): Promise<RepositoriesResult> {
    return this.deadline.race(
      listRepositories(this, request),
      `listing the repositories of ${describeTarget(request.target)}`
    )
  }

  /**
   * One source's listing. Each source is loaded only when asked for, so an
   * image lookup never parses the Hub client or Octokit.
   */
  async repositoryListing(target: RepositoriesTarget): Promise<RepositoryListing> {
    switch (target.kind) {
      case 'catalog': {
        const { listCatalog } = await import('./registry/catalog.js')
        const ref = { ...target.host, repository: '' }
        return listCatalog(this.api(target.host, await this.credentialFor(ref)), this.pager)
      }
      case 'docker-hub': {
        const { listHubNamespace } = await import('./registry/dockerhub.js')
        const hub = { registry: DOCKER_HUB, endpoint: DOCKER_HUB_ENDPOINT, repository: '' }
        const credential = await this.credentialFor(hub)
        const { onSecret } = this.options
        return listHubNamespace(
          { http: this.http, credential, onSecret, log: this.log },
          target.namespace
        )
      }
      case 'github': {
        const { listGithubPackages } = await import('./github/packages.js')
        const { githubToken, env = process.env } = this.options.credentials
        return listGithubPackages(
          {
            ...(githubToken && { token: githubToken }),
            apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
            log: this.log,
            deadline: this.deadline,
            requestTimeoutMs: this.http.idleTimeoutMs
          },
          target.owner
        )
      }
    }
  }

  /**
   * Where one image's release dates come from (registry/release-dates.ts),
   * loaded only when a cooldown asks. One Hub API login per run.
   */
  releaseDates(image: ImageReference, api: RegistryApi): Promise<DateOf> {
    const key = `${image.registry}/${image.repository}`
    let source = this.dateSources.get(key)
    if (!source) {
      source = this.dateSourceFor(image, api).then(onceEach)
      this.dateSources.set(key, source)
    }
    return source
  }

  private async dateSourceFor(image: ImageReference, api: RegistryApi): Promise<DateOf> {
    const { releaseDatesFor } = await import('./registry/release-dates.js')
    const { githubToken, env = process.env } = this.options.credentials
    const hub = { registry: DOCKER_HUB, endpoint: DOCKER_HUB_ENDPOINT, repository: '' }
    this.datesContext ??= {
      http: this.http,
      log: this.log,
      onSecret: this.options.onSecret,
      hubCredential: () => this.credentialFor(hub),
      github: {
        ...(githubToken && { token: githubToken }),
        apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
        log: this.log,
        deadline: this.deadline,
        requestTimeoutMs: this.http.idleTimeoutMs
      }
    }
    return releaseDatesFor(this.datesContext, image, api)
  }

  /** HTTP requests sent so far in this run, token requests included. */
  get requests(): number {
    return this.http.requests
  }

  dispose(): void {
    this.http.dispose()
  }
}

/** A date source that asks for each tag once, however often it is asked. */
function onceEach(dateOf: DateOf): DateOf {
  const asked = new Map<string, ReturnType<DateOf>>()
  return tag => {
    let answer = asked.get(tag)
    if (!answer) asked.set(tag, (answer = dateOf(tag)))
    return answer
  }
}
