/**
 * The V2 catalog against scripted registries on loopback: every page, names
 * validated, n negotiated, and each refusal explained from what the
 * registry sent (status, challenge realm and service, error codes).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Credential } from '../../src/credentials/credential.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import { RegistryApi } from '../../src/registry/api.js'
import { listCatalog } from '../../src/registry/catalog.js'
import { RegistryError } from '../../src/registry/failures.js'
import { basic, disposeRigs, rig } from '../helpers/client.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const servers: Scripted[] = []
afterEach(async () => {
  disposeRigs()
  while (servers.length) await servers.pop()!.close()
})

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void

async function registry(handle: Handler): Promise<Scripted> {
  const server = await scriptedServer((req, res) => handle(req, res, new URL(req.url!, 'http://x')))
  servers.push(server)
  return server
}

function catalogOf(server: Scripted, credential: Credential = ANONYMOUS) {
  const r = rig(credential)
  const log = { debug() {}, info() {}, warning: (m: string) => void r.warnings.push(m) }
  const api = new RegistryApi({ registry: server.host, endpoint: server.host }, r.session, log)
  return { list: () => listCatalog(api, { pageSize: 1000, maxPages: 50 }), secrets: r.secrets }
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}): void => {
  const text = typeof body === 'string'
  res.writeHead(status, { 'content-type': text ? 'text/plain' : 'application/json', ...headers })
  res.end(text ? body : JSON.stringify(body))
}
const errors = (code: string, message: string) => ({ errors: [{ code, message }] })
const ALICE = basic('alice', 'alice-catalog-pw')

describe('listCatalog: pages and names', () => {
  it('follows every Link, keeps valid repository paths and counts the others', async () => {
    const hostile = ['Upper/Case', 'a//b', '../etc', 'x\n::warning::pwned', '-lead', 42, null]
    const r = await registry((_req, res, url) => {
      if (url.searchParams.get('last') === 'team/b')
        return json(res, 200, { repositories: ['team/c', ...hostile.slice(4)] })
      json(
        res,
        200,
        { repositories: ['team/a', ...hostile.slice(0, 4), 'team/b'] },
        { link: '</v2/_catalog?last=team%2Fb&n=1000>; rel="next"' }
      )
    })
    const listing = await catalogOf(r).list()
    expect(listing).toEqual({ names: ['team/a', 'team/b', 'team/c'], dropped: 7, pages: 2 })
    expect(r.seen.map(s => s.path)).toEqual([
      '/v2/_catalog?n=1000',
      '/v2/_catalog?last=team%2Fb&n=1000'
    ])
  })

  it('asks for a smaller page when distribution refuses n=1000 (PAGINATION_NUMBER_INVALID)', async () => {
    const r = await registry((_req, res, url) => {
      const n = Number(url.searchParams.get('n'))
      if (n > 100)
        return json(res, 400, errors('PAGINATION_NUMBER_INVALID', 'invalid number of results'))
      if (url.searchParams.get('last')) return json(res, 200, { repositories: ['z/last'] })
      json(
        res,
        200,
        { repositories: ['a/first'] },
        { link: `</v2/_catalog?last=a%2Ffirst&n=${n}>; rel="next"` }
      )
    })
    expect((await catalogOf(r).list()).names).toEqual(['a/first', 'z/last'])
    expect(r.seen.map(s => s.path)).toEqual([
      '/v2/_catalog?n=1000',
      '/v2/_catalog?n=100',
      '/v2/_catalog?last=a%2Ffirst&n=100'
    ])
  })

  /** distribution 2.8's catalog: `n` above `maxentries` is refused, no `n` means `maxentries`. */
  function distribution(names: string[], maxentries: number): Handler {
    return (_req, res, url) => {
      const n = url.searchParams.get('n')
      if (n !== null && Number(n) > maxentries)
        return json(res, 400, errors('PAGINATION_NUMBER_INVALID', 'invalid number of results'))
      const size = n === null ? maxentries : Number(n)
      const last = url.searchParams.get('last')
      const rest = last === null ? names : names.filter(name => name > last)
      const page = rest.slice(0, size)
      const more = rest.length > size
      const link = `</v2/_catalog?last=${encodeURIComponent(page.at(-1)!)}&n=${size}>; rel="next"`
      json(res, 200, { repositories: page }, more ? { link } : {})
    }
  }

  it.each([
    [1000, ['?n=1000'], 1],
    [500, ['?n=1000', '?n=100', '?last=fleet%2Fapp-0100&n=100', '?last=fleet%2Fapp-0200&n=100'], 3],
    // maxentries below 100: n=100 is refused too; without n, maxentries a page.
    [
      50,
      [
        '?n=1000',
        '?n=100',
        '',
        ...[50, 100, 150, 200].map(at => `?last=fleet%2Fapp-${String(at).padStart(4, '0')}&n=50`)
      ],
      5
    ]
  ])(
    'reads 250 repositories from distribution with maxentries %d',
    async (maxentries, asked, pages) => {
      const names = Array.from(
        { length: 250 },
        (_, i) => `fleet/app-${String(i + 1).padStart(4, '0')}`
      )
      const r = await registry(distribution(names, maxentries))
      const listing = await catalogOf(r).list()
      expect(listing.names).toEqual(names)
      expect(r.seen.map(s => s.path.replace('/v2/_catalog', ''))).toEqual(asked)
      expect(listing.pages).toBe(pages)
    }
  )

  it('reads "repositories": null as an empty catalog', async () => {
    const r = await registry((_req, res) => json(res, 200, { repositories: null }))
    expect(await catalogOf(r).list()).toEqual({ names: [], dropped: 0, pages: 1 })
  })

  it('asks the token service for registry:catalog:* and lists with the token', async () => {
    const r = await registry((req, res, url) => {
      if (url.pathname === '/token')
        return json(res, 200, { token: `t:${url.searchParams.get('scope')}` })
      if (req.headers.authorization !== 'Bearer t:registry:catalog:*') {
        return json(res, 401, errors('UNAUTHORIZED', 'authentication required'), {
          'www-authenticate': `Bearer realm="http://${req.headers.host}/token",service="lab",scope="registry:catalog:*"`
        })
      }
      json(res, 200, { repositories: ['team/app'] })
    })
    expect((await catalogOf(r, ALICE).list()).names).toEqual(['team/app'])
  })
})

/** A registry whose catalog always answers `status` with `challenge`; its token service grants tokens. */
async function refusing(
  status: number,
  challenge: (host: string) => string | undefined,
  body: unknown = errors('UNAUTHORIZED', 'authentication required'),
  tokenStatus = 200
): Promise<Scripted> {
  return registry((req, res, url) => {
    if (url.pathname !== '/v2/_catalog')
      return json(
        res,
        tokenStatus,
        tokenStatus === 200
          ? { token: 'granted-nothing' }
          : { details: 'incorrect username or password' }
      )
    const header = challenge(req.headers.host!)
    const insufficient = req.headers.authorization?.startsWith('Bearer ')
      ? ',error="insufficient_scope"'
      : ''
    json(
      res,
      status,
      body,
      header
        ? { 'www-authenticate': header + (header.startsWith('Bearer') ? insufficient : '') }
        : {}
    )
  })
}

const bearer = (path: string, service: string) => (host: string) =>
  `Bearer realm="http://${host}${path}",service="${service}",scope="registry:catalog:*"`

describe('listCatalog: refusals name the reason and the alternative', () => {
  it.each<[string, () => Promise<Scripted>, Credential, RegExp[]]>([
    [
      'a token service that grants nothing',
      () => refusing(401, bearer('/token', 'lab')),
      ALICE,
      [
        /Could not list the catalog of repositories on 127\.0\.0\.1:\d+: the token service did not grant registry:catalog:\* to credentials from the test \(insufficient_scope\)/,
        /the registry answered 401 UNAUTHORIZED: authentication required/,
        /Use credentials that may list the catalog \(often an administrator account\)\./
      ]
    ],
    [
      'a token service that grants nothing to anonymous requests',
      () => refusing(401, bearer('/token', 'lab')),
      ANONYMOUS,
      [
        /did not grant registry:catalog:\* to anonymous requests/,
        /Give 'username' and 'password' of an account that may list the catalog/
      ]
    ],
    [
      'Harbor (realm /service/token)',
      () => refusing(401, bearer('/service/token', 'some-harbor')),
      ALICE,
      [
        /did not grant registry:catalog:\* to credentials from the test/,
        /This is Harbor, whose token service never grants the catalog/,
        /GET \/api\/v2\.0\/projects\/\{project\}\/repositories/
      ]
    ],
    [
      'Harbor (service harbor-registry)',
      () => refusing(401, bearer('/auth', 'harbor-registry')),
      ALICE,
      [/This is Harbor/, /a Harbor administrator's 'username' and 'password'/]
    ],
    [
      'Harbor answering Basic realm="harbor" to anonymous requests',
      () => refusing(401, () => 'Basic realm="harbor"'),
      ANONYMOUS,
      [
        /needs a user name and password \(HTTP Basic\) to list its catalog/,
        /a Harbor administrator's account/,
        /\/api\/v2\.0\/projects\/\{project\}\/repositories/
      ]
    ],
    [
      'GitLab (realm /jwt/auth)',
      () => refusing(401, bearer('/jwt/auth', 'gitlab-x')),
      ALICE,
      [
        /did not grant registry:catalog:\*/,
        /GitLab's container registry, which grants the catalog only to administrators/,
        /GET \/api\/v4\/projects\/:id\/registry\/repositories/
      ]
    ],
    [
      'GitLab (service container_registry)',
      () => refusing(401, bearer('/auth', 'container_registry')),
      ANONYMOUS,
      [/only to administrators/]
    ],
    [
      "Docker Hub's registry (service registry.docker.io)",
      () => refusing(401, bearer('/token', 'registry.docker.io')),
      ANONYMOUS,
      [
        /Docker Hub has no catalog of repositories: list a namespace with 'repositories: docker\.io\/<namespace>'/
      ]
    ],
    [
      'Basic auth without credentials',
      () => refusing(401, () => 'Basic realm="private registry"'),
      ANONYMOUS,
      [
        /this registry needs a user name and password \(HTTP Basic\) to list its catalog/,
        /Give 'username' and 'password' of an account that may list the catalog\./
      ]
    ],
    [
      'Basic auth with wrong credentials',
      () => refusing(401, () => 'Basic realm="private registry"'),
      ALICE,
      [/it refused credentials from the test \(HTTP Basic\)/, /Check the user name and password/]
    ],
    [
      '403 DENIED',
      () =>
        refusing(
          403,
          () => undefined,
          errors('DENIED', 'requested access to the resource is denied')
        ),
      ALICE,
      [
        /listing the catalog is denied to credentials from the test \(the registry answered 403 DENIED: requested access/,
        /often an administrator account/
      ]
    ],
    [
      '404 (catalog not enabled)',
      () => refusing(404, () => undefined, '404 page not found'),
      ANONYMOUS,
      [
        /this registry does not serve a catalog \(\/v2\/_catalog is not there/,
        /answered 404 404 page not found/,
        /list a repository's tags with 'image' instead/
      ]
    ],
    [
      'a token service refusing the credentials',
      () => refusing(401, bearer('/token', 'lab'), undefined, 401),
      ALICE,
      [
        /The token service refused credentials from the test: check the user name and the password or token\./
      ]
    ]
  ])('%s', async (_name, start, credential, messages) => {
    const server = await start()
    const catalog = catalogOf(server, credential)
    const error = await catalog.list().then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(RegistryError)
    const message = (error as RegistryError).message
    for (const m of messages) expect(message).toMatch(m)
    expect(message).not.toMatch(/repository '_catalog'|'_catalog' does not exist/)
    for (const secret of ['alice-catalog-pw', ...catalog.secrets])
      expect(message).not.toContain(secret)
  })

  it('keeps the status and error codes on the error', async () => {
    const server = await refusing(403, () => undefined, errors('DENIED', 'no'))
    await expect(catalogOf(server, ALICE).list()).rejects.toMatchObject({
      kind: 'denied',
      status: 403,
      codes: ['DENIED']
    })
  })
})
