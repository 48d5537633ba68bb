/**
 * Following a list's next page safely, one way for every paged listing (the
 * registry's `tags/list` and `_catalog`, the Hub API's namespaces, the GitHub
 * packages API and its package versions): the next URL is resolved against
 * the page that named it, only http(s) on the host our credentials belong to
 * is followed, a page already read ends the trail, and a cap ends a list
 * that never does. Each listing words its own refusals (`refuse`).
 */
import type { Logger } from '../logger.js'
import { isLoopbackHost, redactUrl } from '../transport/hosts.js'

/**
 * Which scheme a next page is read on.
 * - `current`: http or https, read on the current page's scheme (the one
 *   the registry answered on): an `http:` link from an https page is read
 *   over https, never downgraded.
 * - `https`: https only; plain http only when the home page is plain http
 *   and the next page is on a loopback host (tests, a local API).
 */
export type SchemePolicy = 'current' | 'https'

/** Why a next link is not followed. */
export type LinkRefusal =
  /** The link is no URL, even resolved against the current page. */
  | { readonly reason: 'not-a-url'; readonly link: string }
  /** Not http(s), or not a scheme the policy allows. */
  | { readonly reason: 'scheme'; readonly url: URL }
  /** Another host than the one the trail stays on: credentials would go there. */
  | { readonly reason: 'host'; readonly url: URL }

/** Why a next page is not read (`cap`: `pages` read already, the most allowed), named by the page at `from`. */
export type PageRefusal = (LinkRefusal | { readonly reason: 'cap'; readonly pages: number }) & {
  readonly from: string
}

export interface PageTrailOptions {
  readonly schemes: SchemePolicy
  /** The most pages read: a next page beyond them is refused (`cap`). */
  readonly maxPages: number
  /**
   * The listing's error for a refusal, thrown by `follow`; undefined ends
   * the list quietly there (a best-effort reader).
   */
  readonly refuse: (refusal: PageRefusal) => Error | undefined
  /**
   * The page every next page must share its host (and, for `https`, the
   * plain-http allowance) with, e.g. the API base a login's token is for.
   * Default: the page that names the next one.
   */
  readonly home?: string
  /** Where a loop is said: `<source>'s next page … was already read`. Silent without it. */
  readonly loop?: { readonly log: Logger; readonly source: string }
}

const FOLLOWED = new Set(['http:', 'https:'])

/** The pages of one listing: those read, and whether (and where) the next one may be followed. */
export class PageTrail {
  private readonly read = new Set<string>()
  private count = 0

  constructor(private readonly options: PageTrailOptions) {}

  /** Pages read so far. */
  get pages(): number {
    return this.count
  }

  /** A page was read at `url` (the URL that answered). */
  visited(url: string): void {
    this.read.add(url)
    this.count++
  }

  /**
   * The next page's URL for `link` (relative or absolute) named by the page
   * at `current`: undefined when there is none, or when it was read already
   * (said once through `loop`, the list ends there). Throws the listing's
   * error for a link it may not follow, or for a page beyond the cap.
   * `adjust`: a registry's known quirk, applied to the checked URL (it must
   * keep to the current page's host).
   */
  follow(
    link: string | undefined,
    current: string,
    adjust?: (next: URL, current: URL) => URL
  ): string | undefined {
    if (link === undefined) return undefined
    const checked = this.check(link, new URL(current))
    if ('reason' in checked) return this.refused({ ...checked, from: current })
    const { options } = this
    const next = adjust ? adjust(checked, new URL(current)) : checked
    if (this.read.has(next.href)) {
      options.loop?.log.warning(
        `${options.loop.source}'s next page ${redactUrl(next.href)} was already read; stopping there.`
      )
      return undefined
    }
    if (this.count >= options.maxPages) {
      return this.refused({ reason: 'cap', pages: this.count, from: current })
    }
    return next.href
  }

  private check(link: string, current: URL): URL | LinkRefusal {
    let next: URL
    try {
      next = new URL(link, current)
    } catch {
      return { reason: 'not-a-url', link }
    }
    const home = this.options.home === undefined ? current : new URL(this.options.home)
    if (!schemeAllowed(next, home, this.options.schemes)) return { reason: 'scheme', url: next }
    if (next.host !== home.host) return { reason: 'host', url: next }
    if (this.options.schemes === 'current') next.protocol = current.protocol
    return next
  }

  private refused(refusal: PageRefusal): undefined {
    const error = this.options.refuse(refusal)
    if (error) throw error
    return undefined
  }
}

function schemeAllowed(next: URL, home: URL, schemes: SchemePolicy): boolean {
  if (!FOLLOWED.has(next.protocol)) return false
  if (schemes === 'current' || next.protocol === 'https:') return true
  return home.protocol === 'http:' && isLoopbackHost(next.host)
}
