/**
 * Where a tag's release date comes from, per registry (interface.md
 * "Release dates"): Docker Hub's tags API for docker.io, the GitHub
 * Packages API for ghcr.io, quay.io's tag API, else the `Last-Modified`
 * header of the tag's manifest. Never the image config's `created` nor the
 * `org.opencontainers.image.created` annotation: the publisher writes
 * those and can backdate them. A failure to read a date is no date (with
 * why), never a failure of the lookup.
 */
import type { Credential } from '../credentials/credential.js'
import type { GithubOptions } from '../github/packages.js'
import type { Logger } from '../logger.js'
import type { ImageReference } from '../reference.js'
import { DOCKER_HUB } from '../reference.js'
import type { DateOf, ReleaseDate } from '../release/cooldown.js'
import type { HttpTransport } from '../transport/http.js'
import type { RegistryApi } from './api.js'
import { HubSession } from './dockerhub-login.js'
import { RegistryError } from './failures.js'
import { lastModifiedDates } from './last-modified.js'

export interface DatesContext {
  readonly http: HttpTransport
  readonly log: Logger
  readonly onSecret: (secret: string) => void
  /** The run's Docker Hub credential (the Hub API login for private repositories). */
  readonly hubCredential: () => Promise<Credential>
  /** The GitHub API and token for ghcr.io's package versions. */
  readonly github: GithubOptions
}

/** One Hub API login per run, shared by every docker.io image. */
const hubSessions = new WeakMap<DatesContext, Promise<HubSession>>()

function hubSession(ctx: DatesContext): Promise<HubSession> {
  let session = hubSessions.get(ctx)
  if (!session) {
    session = (async () => {
      const { http, onSecret, log } = ctx
      const hub = new HubSession({ http, credential: await ctx.hubCredential(), onSecret, log })
      await hub.login()
      return hub
    })()
    hubSessions.set(ctx, session)
  }
  return session
}

/** The date source of one image; ghcr.io's keeps the version pages it read for the next tag. */
export async function releaseDatesFor(
  ctx: DatesContext,
  image: ImageReference,
  api: RegistryApi
): Promise<DateOf> {
  const { repository } = image
  switch (image.registry) {
    case DOCKER_HUB: {
      const { hubTagDate, HUB_DATE_SOURCE } = await import('./dockerhub-tags.js')
      return async tag => {
        let session: HubSession
        try {
          session = await hubSession(ctx)
        } catch (error) {
          if (!(error instanceof RegistryError)) throw error
          return { source: HUB_DATE_SOURCE, why: error.message } satisfies ReleaseDate
        }
        return hubTagDate(session, repository, tag)
      }
    }
    case 'ghcr.io': {
      const { ghcrTagDates } = await import('../github/package-versions.js')
      return ghcrTagDates(ctx.github, repository)
    }
    case 'quay.io': {
      const { quayTagDate } = await import('./quay-tags.js')
      return tag => quayTagDate(ctx.http, repository, tag)
    }
    default:
      return lastModifiedDates(api, repository)
  }
}
