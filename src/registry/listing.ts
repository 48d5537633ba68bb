/**
 * What a source of repository names answers (the V2 catalog, the Hub API,
 * the GitHub packages API), and the one check every source applies to the
 * names it sends. Here, below the engine, so the clients that list need not
 * import the engine's repositories mode.
 */

/** What one source answered, before filtering. */
export interface RepositoryListing {
  /**
   * Repository paths as an image reference names them, without the registry
   * host: `team/app` (catalog), `gitlab/gitlab-ce` (Hub), `octo-org/app` (ghcr.io).
   * Already validated by the source: only valid repository paths.
   */
  readonly names: string[]
  /** Entries the source sent that are not valid repository paths: dropped, counted, never shown. */
  readonly dropped: number
  /** Pages read. */
  readonly pages: number
}

/** A repository path: lowercase components separated by `/` (distribution's grammar). */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
export function isRepositoryPath(name: string): boolean {
  return name.length <= 255 && name.split('/').every(c => PATH_COMPONENT.test(c))
}
