/** The one next-page helper: real next links of registries and APIs, each policy, loops and the cap. */
import { describe, expect, it } from '@jest/globals'
import type { Logger } from '../../src/logger.js'
import { nextLink } from '../../src/registry/link.js'
import type { PageRefusal, PageTrailOptions, SchemePolicy } from '../../src/registry/next-page.js'
import { PageTrail } from '../../src/registry/next-page.js'

class Refused extends Error {
  constructor(readonly refusal: PageRefusal) {
    super(refusal.reason)
  }
}

function trail(
  schemes: SchemePolicy,
  more: Partial<PageTrailOptions> = {}
): { trail: PageTrail; warnings: string[] } {
  const warnings: string[] = []
  const log: Logger = { debug() {}, info() {}, warning: m => warnings.push(m) }
  const options: PageTrailOptions = {
    schemes,
    maxPages: 100,
    refuse: refusal => new Refused(refusal),
    loop: { log, source: 'The registry' },
    ...more
  }
  return { trail: new PageTrail(options), warnings }
}

/** The refusal `follow` threw, or the URL it followed. */
function follow(t: PageTrail, link: string | undefined, current: string): string | PageRefusal {
  try {
    return t.follow(link, current) ?? 'none'
  } catch (error) {
    if (error instanceof Refused) return error.refusal
    throw error
  }
}

const reason = (r: string | PageRefusal): string => (typeof r === 'string' ? r : r.reason)

const REGISTRY = 'https://registry.example:5000/v2/library/python/tags/list?n=1000'
const HUB = 'https://hub.docker.com/v2/namespaces/library/repositories?page_size=100'
const GITHUB = 'https://api.github.com/organizations/1/packages?package_type=container&per_page=100'
const LOOPBACK = 'http://127.0.0.1:41234/v2/namespaces/acme/repositories?page_size=100'

type Case = [string, SchemePolicy, string, string | undefined, string]

describe('PageTrail.follow: the next URL, or why not', () => {
  // prettier-ignore
  it.each<Case>([
    ['relative distribution Link', 'current', REGISTRY, '/v2/library/python/tags/list?last=3.12&n=1000', 'https://registry.example:5000/v2/library/python/tags/list?last=3.12&n=1000'],
    ['relative _catalog Link', 'current', 'https://r.example/v2/_catalog?n=100', '/v2/_catalog?last=library%2Fpython&n=100', 'https://r.example/v2/_catalog?last=library%2Fpython&n=100'],
    ['query-only Link', 'current', REGISTRY, '?last=3.12&n=1000', 'https://registry.example:5000/v2/library/python/tags/list?last=3.12&n=1000'],
    ['absolute same-host Link (old Quay)', 'current', 'https://quay.io/v2/coreos/etcd/tags/list?n=50', 'https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50', 'https://quay.io/v2/coreos/etcd/tags/list?next_page=gAAAAABf&n=50'],
    ['http Link from an https registry: read over https', 'current', REGISTRY, 'http://registry.example:5000/v2/library/python/tags/list?last=a', 'https://registry.example:5000/v2/library/python/tags/list?last=a'],
    ['https Link from a plain-http loopback registry: read over http', 'current', 'http://127.0.0.1:5000/v2/x/tags/list', 'https://127.0.0.1:5000/v2/x/tags/list?last=a', 'http://127.0.0.1:5000/v2/x/tags/list?last=a'],
    ['another host', 'current', REGISTRY, 'https://evil.example/v2/library/python/tags/list?last=a', 'host'],
    ['another port', 'current', REGISTRY, 'https://registry.example:5001/v2/x?last=a', 'host'],
    ['javascript:', 'current', REGISTRY, 'javascript:alert(1)', 'scheme'],
    ['file:', 'current', REGISTRY, 'file:///etc/passwd', 'scheme'],
    ['ftp: on the same host', 'current', REGISTRY, 'ftp://registry.example:5000/v2/x', 'scheme'],
    ['no URL', 'current', REGISTRY, 'http://[', 'not-a-url'],
    ['Hub next page', 'https', HUB, 'https://hub.docker.com/v2/namespaces/library/repositories?page=2&page_size=100', 'https://hub.docker.com/v2/namespaces/library/repositories?page=2&page_size=100'],
    ['Hub next page over plain http', 'https', HUB, 'http://hub.docker.com/v2/namespaces/library/repositories?page=2', 'scheme'],
    ['Hub next page on another host', 'https', HUB, 'https://hub.docker.com.evil.example/v2/namespaces/library/repositories?page=2', 'host'],
    ['plain http between loopback addresses', 'https', LOOPBACK, 'http://127.0.0.1:41234/v2/namespaces/acme/repositories?page=2', 'http://127.0.0.1:41234/v2/namespaces/acme/repositories?page=2'],
    ['plain http to another loopback port', 'https', LOOPBACK, 'http://127.0.0.1:41235/v2/namespaces/acme/repositories?page=2', 'host'],
    ['plain http off loopback', 'https', 'http://hub.example/v2/x', 'http://hub.example/v2/x?page=2', 'scheme'],
    ['GitHub Link', 'https', GITHUB, nextLink('<https://api.github.com/organizations/1/packages?package_type=container&per_page=100&page=2>; rel="next"'), 'https://api.github.com/organizations/1/packages?package_type=container&per_page=100&page=2'],
    ['GitHub Link to another host', 'https', GITHUB, nextLink('<https://uploads.github.com/organizations/1/packages?page=2>; rel="next"'), 'host'],
    ['GitHub Link to javascript:', 'https', GITHUB, 'javascript:fetch(1)', 'scheme'],
    ['no link', 'https', GITHUB, undefined, 'none']
  ])('%s', (_name, schemes, current, link, expected) => {
    const { trail: t } = trail(schemes)
    t.visited(current)
    const got = follow(t, link, current)
    expect(reason(got)).toBe(expected)
    if (typeof got !== 'string') expect(got.from).toBe(current)
  })

  it('names the resolved URL of a refused link', () => {
    const { trail: t } = trail('current')
    const got = follow(t, '//evil.example:444/v2/x?last=a', REGISTRY)
    expect(got).toMatchObject({ reason: 'host', from: REGISTRY })
    expect(typeof got !== 'string' && 'url' in got && got.url.href).toBe(
      'https://evil.example:444/v2/x?last=a'
    )
  })

  it('keeps every page on the home host, wherever the current page is', () => {
    const { trail: t } = trail('https', { home: 'https://hub.docker.com/' })
    const elsewhere = 'https://cdn.example/v2/namespaces/acme/repositories?page=2'
    expect(reason(follow(t, '?page=3', elsewhere))).toBe('host')
    expect(follow(t, 'https://hub.docker.com/v2/x?page=3', elsewhere)).toBe(
      'https://hub.docker.com/v2/x?page=3'
    )
  })

  it('applies a quirk after the checks, before the loop check', () => {
    const { trail: t } = trail('current')
    const here = 'https://r.example/artifactory/api/docker/v/v2/app/tags/list?n=2'
    t.visited(here)
    const keepPath = (next: URL, current: URL): URL => {
      const kept = new URL(current)
      kept.search = next.search
      return kept
    }
    expect(t.follow('/v2/app/tags/list?last=b&n=2', here, keepPath)).toBe(
      'https://r.example/artifactory/api/docker/v/v2/app/tags/list?last=b&n=2'
    )
    expect(() => t.follow('https://evil.example/v2/app?last=b', here, keepPath)).toThrow(Refused)
  })
})

describe('PageTrail: loops and the cap', () => {
  it('stops at a page already read, saying so once as the caller names itself', () => {
    const { trail: t, warnings } = trail('current')
    t.visited('https://r.example/v2/x/tags/list?n=2')
    t.visited('https://r.example/v2/x/tags/list?last=b&n=2')
    expect(t.follow('/v2/x/tags/list?n=2', 'https://r.example/v2/x/tags/list?last=b&n=2')).toBe(
      undefined
    )
    expect(warnings).toEqual([
      "The registry's next page https://r.example/v2/x/tags/list was already read; stopping there."
    ])
    expect(t.pages).toBe(2)
  })

  it('stops silently without a loop logger', () => {
    const { trail: t, warnings } = trail('https', { loop: undefined })
    t.visited(GITHUB)
    expect(t.follow(GITHUB, GITHUB)).toBe(undefined)
    expect(warnings).toEqual([])
  })

  it('refuses the page after maxPages, a loop before the cap still ending quietly', () => {
    const { trail: t } = trail('https', { maxPages: 3 })
    const page = (n: number): string => `${GITHUB}&page=${n}`
    for (let n = 1; n <= 2; n++) {
      t.visited(page(n))
      expect(t.follow(page(n + 1), page(n))).toBe(page(n + 1))
    }
    t.visited(page(3))
    expect(t.follow(page(1), page(3))).toBe(undefined)
    expect(follow(t, page(4), page(3))).toEqual({ reason: 'cap', pages: 3, from: page(3) })
  })

  it('ends quietly where the caller has no error for a refusal', () => {
    const { trail: t } = trail('https', { refuse: () => undefined, maxPages: 1 })
    t.visited(GITHUB)
    expect(t.follow('https://evil.example/x', GITHUB)).toBe(undefined)
    expect(t.follow(`${GITHUB}&page=2`, GITHUB)).toBe(undefined)
  })
})
