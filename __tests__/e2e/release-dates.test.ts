/**
 * Release dates and LTS lines end to end (issue 19), through the bundled
 * action and the command line. Docker Hub, ghcr.io and quay.io are reached
 * under their real hostnames through the CONNECT proxy of lab/proxy.mjs (a
 * test CA trusted through NODE_EXTRA_CA_CERTS): their registries are fronts
 * of the lab's registry, their date APIs the stand-ins of
 * lab/release-dates.mjs, with dates relative to now. A self-hosted registry
 * is seen once with Last-Modified on its manifests and once (the real
 * registry) without.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFront } from '../../lab/front.mjs'
import {
  startDatedFront,
  startHubTagsApi,
  startPackagesApi,
  startQuay
} from '../../lab/release-dates.mjs'
import type { Run } from '../helpers/action.js'
import { act as run, closeAll, closeLater, failure, visible } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import type { MitmProxy } from '../helpers/proxy.js'
import { proxyTo, throughProxy } from '../helpers/proxy.js'
import { runPullRequest, startGithubSite } from '../helpers/pull-requests.js'
import { pushTag } from '../helpers/push.js'
import { tempDirWith } from '../helpers/temp-files.js'
import { userCli } from '../helpers/user-cli.js'

const L = lab().scratch
const TOKEN = 'ghs_release-dates-Token-19'
const P = `rt${Date.now().toString(36)}`
const TAGS = ['1.0.0', '1.1.0', '1.2.0', '1.3.0']
/** Hours ago each tag was pushed: with a 3-day cooldown from 1.0.0, 1.1.0 is the one to propose. */
const AGE: Record<string, number> = { '1.3.0': 2, '1.2.0': 30, '1.1.0': 240, '1.0.0': 2000 }
const HUB_PASSWORD = 'dckr_pat_release-Dates-7'
const REPOS = {
  hub: `library/${P}hub`,
  hubPrivate: `alice/${P}private`,
  ghcr: `octo-org/${P}app`,
  quay: `quayorg/${P}app`,
  dated: `${P}/dated`,
  plain: `${P}/plain`
}
const JAVA = `${P}/eclipse-temurin`
const JAVA_TAGS = ['21-jre', '22-jre', '25-jre', '26-jre']

const dates: Record<string, number> = {}
for (const repo of Object.values(REPOS)) for (const t of TAGS) dates[`${repo}:${t}`] = AGE[t]!
for (const t of JAVA_TAGS) dates[`${JAVA}:${t}`] = 500

type Server = { url: string; requests: { method: string; path: string; auth: string | null }[] }
let hubApi: Server
let quay: Server
let packages: Server & { mode: string }
let dated: Server
let proxy: MitmProxy
afterAll(closeAll)

beforeAll(async () => {
  for (const repo of Object.values(REPOS)) for (const t of TAGS) await pushTag(L.open.url, repo, t)
  for (const t of JAVA_TAGS) await pushTag(L.open.url, JAVA, t)
  const registryFront = closeLater(await startFront({ target: L.open.url }))
  hubApi = closeLater(
    await startHubTagsApi({ dates, private: [REPOS.hubPrivate], users: { alice: HUB_PASSWORD } })
  )
  quay = closeLater(await startQuay({ dates, registry: L.open.url }))
  dated = closeLater(await startDatedFront({ target: L.open.url, dates }))
  packages = closeLater(
    await startPackagesApi({
      versions: {
        [REPOS.ghcr]: ['1.3.0', '1.2.0', '1.1.0', '1.0.0'].map(t => ({
          tags: [t],
          hoursAgo: AGE[t]!
        }))
      },
      token: TOKEN,
      publicUrl: 'https://api.github.com'
    })
  )
  proxy = await proxyTo({
    'registry-1.docker.io': registryFront.url,
    'hub.docker.com': hubApi.url,
    'ghcr.io': registryFront.url,
    'api.github.com': packages.url,
    'quay.io': quay.url
  })
})

beforeEach(() => {
  for (const server of [hubApi, quay, packages, dated]) server.requests.length = 0
  packages.mode = 'ok'
})

const PROXY = () => throughProxy(proxy)
const act = (inputs: Record<string, string>): Promise<Run> => run(inputs, PROXY())
const cli = (args: string[]) => userCli(args, { env: PROXY() })

const isoHoursAgo = (released: string | undefined): number =>
  Math.round((Date.now() - Date.parse(released ?? '')) / 3_600_000)

const dateAsks = (server: Server): string[] => server.requests.map(r => r.path.split('?')[0]!)

describe('the action holds tags younger than minimum-release-age', () => {
  it('Docker Hub: tag_last_pushed of each newer tag, newest first, stopping at the first old enough', async () => {
    const result = await act({
      image: `${P}hub:1.0.0`,
      'minimum-release-age': '3d'
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      tag: '1.1.0',
      'update-available': 'true',
      'update-type': 'minor'
    })
    expect(isoHoursAgo(result.outputs['released'])).toBe(240)
    expect(JSON.parse(result.outputs['newer-tags']!)).toEqual(['1.1.0'])
    const base = `/v2/namespaces/library/repositories/${P}hub/tags`
    expect(dateAsks(hubApi)).toEqual([`${base}/1.3.0`, `${base}/1.2.0`, `${base}/1.1.0`])
    expect(hubApi.requests.every(r => r.auth === null)).toBe(true)
    expect(result.summary).toContain('Passed over')
    expect(result.summary).toContain('pushed 2 h ago; minimum 3 days')
    expect(result.summary).toContain('pushed 30 h ago; minimum 3 days')
    expect(result.summary).toContain('Docker Hub&#39;s tags API (tag_last_pushed)')
    expect(result.stdout).toContain(`passed over 1.3.0: pushed 2 h ago; minimum 3 days`)
  })

  it('a single image with update-files dates each tag once for the lookup and the rewrite', async () => {
    const dir = tempDirWith({ Dockerfile: `FROM ${P}hub:1.0.0\n` })
    const result = await run(
      { image: `${P}hub:1.0.0`, 'update-files': 'Dockerfile', 'minimum-release-age': '3d' },
      { ...PROXY(), GITHUB_WORKSPACE: dir }
    )
    expect(result.code).toBe(0)
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(`FROM ${P}hub:1.1.0\n`)
    expect(hubApi.requests).toHaveLength(3)
  })

  it('Docker Hub, a private repository: through the Hub login, held without one', async () => {
    const image = `${REPOS.hubPrivate}:1.0.0`
    const result = await act({
      image,
      'minimum-release-age': '3d',
      username: 'alice',
      password: HUB_PASSWORD
    })
    expect(result.code).toBe(0)
    expect(result.outputs['tag']).toBe('1.1.0')
    expect(hubApi.requests.map(r => `${r.method} ${r.auth}`)).toEqual([
      'POST null',
      'GET Bearer',
      'GET Bearer',
      'GET Bearer'
    ])
    expect(visible(result)).not.toContain(HUB_PASSWORD)
    hubApi.requests.length = 0
    const anonymous = await act({ image, 'minimum-release-age': '3d' })
    expect(anonymous.outputs).toMatchObject({ tag: '1.0.0', 'update-available': 'false' })
    expect(anonymous.summary).toContain('It wants a login')
  })

  it('ghcr.io: the package version carrying the tag, pages read only as far as needed', async () => {
    const result = await act({
      image: `ghcr.io/${REPOS.ghcr}:1.0.0`,
      'minimum-release-age': '2 days',
      'github-token': TOKEN
    })
    expect(result.code).toBe(0)
    expect(result.outputs['tag']).toBe('1.1.0')
    expect(isoHoursAgo(result.outputs['released'])).toBe(240)
    const path = `/orgs/octo-org/packages/container/${P}app/versions`
    expect(dateAsks(packages)).toEqual([path, path])
    expect(packages.requests.every(r => r.auth === 'token')).toBe(true)
    expect(visible(result)).not.toContain(TOKEN)
  })

  it('ghcr.io with a token lacking packages: read: held, the 403 explained', async () => {
    packages.mode = 'no-scope'
    const result = await act({
      image: `ghcr.io/${REPOS.ghcr}:1.0.0`,
      'minimum-release-age': '3d',
      'github-token': TOKEN
    })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({
      tag: '1.0.0',
      'update-available': 'false',
      released: ''
    })
    expect(result.stdout).toContain('::warning::')
    expect(result.stdout).toContain('packages: read')
    expect(result.summary).toContain('set release-age-missing: allow')
    expect(packages.requests).toHaveLength(1)
  })

  it('a registry that sends no Last-Modified: held after one request, or allowed', async () => {
    const image = `${L.open.host}/${REPOS.plain}:1.0.0`
    const held = await act({ image, 'minimum-release-age': '3d' })
    expect(held.code).toBe(0)
    expect(held.outputs).toMatchObject({ tag: '1.0.0', 'update-available': 'false' })
    expect(held.summary).toContain('this registry sends no Last-Modified')
    expect(held.summary).toContain('set release-age-missing: allow')
    const allowed = await act({
      image,
      'minimum-release-age': '3d',
      'release-age-missing': 'allow'
    })
    expect(allowed.outputs).toMatchObject({ tag: '1.3.0', released: '' })
  })

  it('a bad duration is a usage error naming the input', async () => {
    const result = await act({ image: `${P}hub:1.0.0`, 'minimum-release-age': '3 fortnights' })
    expect(result.code).toBe(1)
    expect(failure(result)).toContain(
      "Input 'minimum-release-age': '3 fortnights' is not a duration"
    )
    expect(hubApi.requests).toHaveLength(0)
  })
})

describe('the command line', () => {
  it('quay.io: start_ts from its tag API', async () => {
    const result = await cli([
      `quay.io/${REPOS.quay}:1.0.0`,
      '--minimum-release-age',
      '3d',
      '--json'
    ])
    expect(result.code).toBe(0)
    const outputs = JSON.parse(result.stdout)
    expect(outputs.tag).toBe('1.1.0')
    expect(isoHoursAgo(outputs.released)).toBe(240)
    const base = `/api/v1/repository/${REPOS.quay}/tag/`
    expect(dateAsks(quay).filter(p => p.startsWith('/api/'))).toEqual([base, base, base])
    const asked = quay.requests.filter(r => r.path.startsWith('/api/')).map(r => r.path)
    expect(new URL(asked[2]!, 'https://quay.io').searchParams.get('specificTag')).toBe('1.1.0')
  })

  it('a registry that sends Last-Modified: that header, one HEAD per tag examined', async () => {
    const host = new URL(dated.url).host
    const result = await cli([
      `${host}/${REPOS.dated}:1.0.0`,
      '--minimum-release-age',
      '1w',
      '--json',
      '--explain'
    ])
    expect(result.code).toBe(0)
    const outputs = JSON.parse(result.stdout)
    expect(outputs.tag).toBe('1.1.0')
    expect(isoHoursAgo(outputs.released)).toBe(240)
    expect(outputs.explain.held).toEqual([
      { tag: '1.3.0', reason: 'pushed 2 h ago; minimum 7 days' },
      { tag: '1.2.0', reason: 'pushed 30 h ago; minimum 7 days' }
    ])
    expect(outputs.explain.released.source).toBe(`the manifest’s Last-Modified header (${host})`)
    const heads = dated.requests.filter(r => r.method === 'HEAD').map(r => r.path)
    expect(heads).toEqual([
      `/v2/${REPOS.dated}/manifests/1.3.0`,
      `/v2/${REPOS.dated}/manifests/1.2.0`,
      `/v2/${REPOS.dated}/manifests/1.1.0`,
      `/v2/${REPOS.dated}/manifests/1.1.0`
    ])
  })

  it('a bad --lts is a usage error, exit status 2', async () => {
    const result = await cli([`${L.open.host}/${JAVA}:21-jre`, '--lts', 'sometimes'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'sometimes' is not one of 'auto', 'only' or 'off'")
  })
})

describe('LTS lines', () => {
  const image = `${L.open.host}/${JAVA}:21-jre`

  it('the action moves an LTS pin to the newest LTS line and says what it passed over', async () => {
    const result = await act({ image })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ tag: '25-jre', 'update-type': 'major' })
    expect(result.summary).toContain('26-jre')
    expect(result.summary).toContain('not an LTS release')
    expect(result.stdout).toContain('passed over 26-jre: not an LTS release')
    const off = await act({ image, lts: 'off' })
    expect(off.outputs['tag']).toBe('26-jre')
  })

  it('--explain says a newer tag was passed over for not being LTS', async () => {
    const result = await cli([image, '--explain'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'Passed over 26-jre: not an LTS release (LTS: Java 8, 11, 17, 21, 25, then every two years).'
    )
  })
})

describe('image: auto', () => {
  it('each reference holds its own young tags; results carry the released date', async () => {
    const dir = tempDirWith({
      'svc/Dockerfile': `FROM ${P}hub:1.0.0\nFROM ${L.open.host}/${JAVA}:21-jre\n`
    })
    const result = await run(
      {
        image: 'auto',
        'update-files': 'svc/Dockerfile',
        'minimum-release-age': '3d'
      },
      { ...PROXY(), GITHUB_WORKSPACE: dir }
    )
    expect(result.code).toBe(0)
    expect(readFileSync(join(dir, 'svc', 'Dockerfile'), 'utf8')).toBe(
      `FROM ${P}hub:1.1.0\nFROM ${L.open.host}/${JAVA}:21-jre\n`
    )
    const rows = JSON.parse(result.outputs['results']!)
    expect(rows[0]).toMatchObject({ tag: '1.1.0', 'update-type': 'minor' })
    expect(isoHoursAgo(rows[0].released)).toBe(240)
    // The Java image's registry sends no dates: 25-jre (the LTS) is held, 26-jre passed over.
    expect(rows[1]).toMatchObject({ tag: '21-jre', 'update-available': false })
    expect(rows[1].released).toBeUndefined()
    expect(result.stdout).toContain('passed over 26-jre: not an LTS release')
  })
})

describe('pull requests', () => {
  /** A fresh checkout naming the dated and the undated image, and the action run on it. */
  async function openPullRequests(inputs: Record<string, string>) {
    const host = new URL(dated.url).host
    const files = {
      Dockerfile: `FROM ${host}/${REPOS.dated}:1.0.0\nFROM ${L.open.host}/${REPOS.plain}:1.0.0\n`
    }
    const api = await startGithubSite(TOKEN, files)
    const result = await runPullRequest(api, { token: TOKEN, files, inputs })
    return { result, pulls: api.state.pulls }
  }

  it('proposes the newest tag old enough, and nothing for an image whose tags are all held', async () => {
    const { result, pulls } = await openPullRequests({ 'minimum-release-age': '3d' })
    expect(failure(result)).toBe('')
    expect(pulls).toHaveLength(1)
    expect(pulls[0]!.title).toContain('1.1.0')
    expect(pulls[0]!.title).not.toContain('1.3.0')
    expect(pulls[0]!.head).toContain('dated')
  })

  it('without the cooldown, both images get their newest tag', async () => {
    const { pulls } = await openPullRequests({})
    expect(pulls.map(p => p.title).join('\n')).toMatch(/1\.3\.0[\s\S]*1\.3\.0/)
  })
})
