/**
 * The committed bundle, run as the GitHub runner runs it: INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the exit code. Against the
 * real docker-registry in its three auth modes, and fronts that paginate and
 * misbehave. REGISTRY_TAGS_NODE picks the Node binary (CI runs this twice).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { act, closeAll, failure, front } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'

const L = lab()
afterAll(closeAll)

describe('public and private pulls', () => {
  it('looks up a public image anonymously through token auth', async () => {
    const run = await act({ image: `${L.token.host}/sample/app` })
    expect(run.code).toBe(0)
    const digest = L.digests['sample/app']!['1.10.0']
    expect(run.outputs).toMatchObject({
      tag: '1.10.0',
      version: '1.10.0',
      digest,
      reference: `${L.token.host}/sample/app:1.10.0@${digest}`,
      tags: JSON.stringify(['1.10.0', '1.10', '1.9.3', '1.2.0', '1.0.0', '1', 'v0.9.0']),
      count: '7',
      total: '16',
      current: '',
      'update-available': 'false',
      'platform-digest': ''
    })
    expect(run.summary).toContain('registry-tags: ')
    expect(run.summary).toContain(`${L.token.host}/sample/app:1.10.0@${digest}`)
    expect(run.summary).toContain('<td><code>1.9.3</code></td>')
  })

  it.each(['token', 'basic'] as const)(
    'pulls a private image with the right password (%s auth)',
    async mode => {
      const run = await act({
        image: `${L[mode].host}/private/app:3.1.0`,
        username: 'alice',
        password: L.users['alice']!
      })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({
        tag: '3.2.0',
        digest: L.digests['private/app']!['3.2.0'],
        'update-available': 'true',
        'update-type': 'minor',
        current: '3.1.0'
      })
    }
  )

  it.each(['token', 'basic'] as const)(
    'fails with the wrong password, naming what to fix (%s auth)',
    async mode => {
      const run = await act({
        image: `${L[mode].host}/private/app`,
        username: 'alice',
        password: 'not-the-password-42'
      })
      expect(run.code).not.toBe(0)
      expect(failure(run)).toMatch(/refused credentials from the 'username' and 'password' inputs/)
      expect(run.stdout.replace(/::add-mask::.*/g, '')).not.toContain('not-the-password-42')
      expect(run.stdout).toContain('::add-mask::not-the-password-42')
    }
  )

  it('says a private image asked for anonymously does not exist or is private', async () => {
    const run = await act({ image: `${L.token.host}/private/app` })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/Repository 'private\/app' does not exist or is private/)
  })

  it('says a repository does not exist', async () => {
    const run = await act({ image: `${L.open.host}/nope/missing` })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(
      /Could not list the tags of 'nope\/missing'.*404 NAME_UNKNOWN.*does not exist on this registry/
    )
  })
})

describe('digests', () => {
  it('gives the index digest and the platform digest of a multi-platform image', async () => {
    const d = L.digests['sample/multi']!['1.1']
    const run = await act({ image: `${L.token.host}/sample/multi:1.0`, platform: 'linux/arm64' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      tag: '1.1',
      digest: d.index,
      'platform-digest': d.arm64,
      'update-type': 'minor'
    })
    expect(run.summary).toContain(d.arm64)
  })
})

describe('5,000 tags behind a paginating front', () => {
  it('takes at most 9 requests with pages of up to 1,000', async () => {
    const f = await front({ pageCap: 1000 })
    const run = await act({ image: `${f.host}/big/many` })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      tag: '4.99.9',
      total: '5000',
      count: '5000',
      digest: L.digests['big/many']!['4.99.9']
    })
    expect(f.requests.length).toBeLessThanOrEqual(9)
    expect(f.requests.map(r => r.method + (r.path.startsWith('/token') ? ' token' : ''))).toEqual([
      'GET',
      'GET token',
      'GET',
      'GET',
      'GET',
      'GET',
      'GET',
      'HEAD'
    ])
  })

  it.each(['relative', 'absolute'])(
    'takes at most 53 requests with a 100-tag cap and %s Links',
    async link => {
      const f = await front({ pageCap: 100, link })
      const run = await act({ image: `${f.host}/big/many` })
      expect(run.code).toBe(0)
      expect(run.outputs['total']).toBe('5000')
      expect(run.outputs['tag']).toBe('4.99.9')
      expect(f.requests.length).toBeLessThanOrEqual(53)
    }
  )

  it('refuses a Link to another host', async () => {
    const f = await front({ pageCap: 100, link: 'foreign' })
    const run = await act({ image: `${f.host}/big/many` })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/next-page link to another host/)
  })

  it('rides out a 429 with Retry-After and a 5xx', async () => {
    const f = await front({
      pageCap: 1000,
      faults: [
        {
          match: /last=1\.99\.9/,
          status: 429,
          headers: { 'retry-after': '1' },
          body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}'
        },
        { match: /last=2\.99\.9/, status: 503, body: '<html><title>503</title></html>' }
      ]
    })
    const run = await act({ image: `${f.host}/big/many` })
    expect(run.code).toBe(0)
    expect(run.outputs['total']).toBe('5000')
  })
})

describe('filters through the inputs', () => {
  it.each([
    [{ image: `sample/app:1.9.3-alpine` }, '1.10.0-alpine'],
    [{ image: `sample/app:1.10` }, '1.10'],
    [{ image: `sample/app`, prerelease: 'true' }, '2.0.0-rc1'],
    [{ image: `sample/app`, range: '~1.9' }, '1.9.3'],
    [{ image: `sample/app`, variant: '*' }, '1.10.0'],
    [{ image: `sample/app`, exclude: '^1\\.10' }, '1.9.3'],
    [{ image: `sample/app`, filter: '^v(?<version>.*)$' }, 'v0.9.0'],
    [{ image: `sample/app:v0.9.0` }, '1.10.0']
  ])('%j chooses %s', async (inputs, tag) => {
    const run = await act({ ...inputs, image: `${L.open.host}/${inputs.image}` })
    expect(run.code).toBe(0)
    expect(run.outputs['tag']).toBe(tag)
    expect(run.outputs['digest']).toBe(L.digests['sample/app']![tag])
  })

  it('reports newer tags and the update type', async () => {
    const run = await act({ image: `${L.open.host}/sample/app:1.0.0` })
    expect(run.outputs).toMatchObject({
      current: '1.0.0',
      'update-available': 'true',
      'update-type': 'minor',
      'newer-tags': JSON.stringify(['1.10.0', '1.9.3', '1.2.0'])
    })
  })

  it('takes the current tag from `current` and reports a non-version current tag', async () => {
    const run = await act({ image: `${L.open.host}/sample/app`, current: 'latest' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      current: 'latest',
      'update-available': 'false',
      'newer-tags': '[]',
      tag: '1.10.0'
    })
    expect(run.stdout).toMatch(/::notice::The current tag 'latest' is not a version/)
  })

  it('fails with every filter count and the nearest misses when nothing passes', async () => {
    const run = await act({ image: `${L.open.host}/sample/app:1.9.3`, range: '>=3' })
    expect(run.code).not.toBe(0)
    const message = failure(run)
    expect(message).toMatch(
      /No tag of 127\.0\.0\.1:\d+\/sample\/app passes the filters \(16 tags listed\)/
    )
    expect(message).toMatch(/range >=3: removed 5\b/)
    expect(message).toMatch(/precision: 3 components: removed 2\b/)
    expect(message).toMatch(/Nearest removed: 1\.10\.0 \(removed by range\)/)
    expect(run.summary).toContain('range &gt;=3')
    expect(run.outputs).toEqual({})
  })
})

describe('bad input', () => {
  it.each([
    [{ image: '' }, /Input 'image': is required/],
    [
      { image: 'Foo/Bar' },
      /Input 'image': 'Foo\/Bar' is not a valid image reference: repository name 'Bar' must be lowercase/
    ],
    [{ image: 'x', range: '^^1' }, /Input 'range': '\^\^1' is not a semver range/],
    [{ image: 'x', filter: '(' }, /Input 'filter'/],
    [{ image: 'x', platform: 'linux' }, /Input 'platform'/],
    [{ image: 'x', prerelease: 'yes' }, /Input 'prerelease': 'yes' is not 'true' or 'false'/],
    [{ image: 'x', password: 'p' }, /Input 'username'/],
    [{ image: 'x', precision: 'all' }, /Input 'precision'/]
  ])('%j', async (inputs, message) => {
    const run = await act(inputs)
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(message)
  })
})

describe('a registry that is down', () => {
  it('fails within a bounded time with a clear message', async () => {
    const run = await act({ image: '127.0.0.1:9/sample/app' })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/127\.0\.0\.1:9: the registry is unreachable/)
    expect(run.durationMs).toBeLessThan(30_000)
  })
})

describe('secrets', () => {
  it('masks the password and every token and prints neither', async () => {
    const run = await act(
      { image: `${L.token.host}/private/app`, username: 'alice', password: L.users['alice']! },
      { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' }
    )
    expect(run.code).toBe(0)
    const masked = [...run.stdout.matchAll(/::add-mask::(.*)/g)].map(m => m[1]!)
    expect(masked).toContain(L.users['alice'])
    expect(masked.filter(m => m.split('.').length === 3).length).toBeGreaterThanOrEqual(1) // a JWT
    const shown =
      run.stdout.replace(/::add-mask::.*/g, '') +
      run.stderr +
      run.summary +
      JSON.stringify(run.outputs)
    for (const secret of masked) expect(shown).not.toContain(secret)
    expect(shown).not.toMatch(/authorization|Bearer ey|Basic [A-Za-z0-9+/=]{8}/i)
  })
})
