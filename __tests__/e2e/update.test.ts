/**
 * `update-files` and `image: auto` through the bundled action, against the
 * real registry in its three auth modes: several images across registries
 * in one run, every reference moving within its own shape, the files
 * rewritten byte for byte; a second run changes nothing; a digest-only
 * update; one failing image reported in its row and failing the step at the
 * end, after the others were written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act, closeAll, failure } from '../helpers/action.js'
import { b64, dockerHome } from '../helpers/docker-home.js'
import { lab } from '../helpers/lab.js'
import { tempDir } from '../lab/temp-dirs.mjs'
import { pushTag } from '../helpers/push.js'
import { tempDirWith } from '../helpers/temp-files.js'

const L = lab().scratch
const { users } = lab()
afterAll(closeAll)

const PREFIX = `upd${Date.now().toString(36)}`
const WEB_TAGS = [
  '1.0.0',
  '1.1.0',
  '1.2.0',
  '1.1',
  '1.2',
  '1.1.0-alpine',
  '1.2.0-alpine',
  '2.0.0-rc1'
]
const DB_TAGS = ['13.1', '13.4', '14.2']
const digests: Record<string, string> = {}

/** Each tag its own manifest, so a wrong choice shows in the digest. */
const push = async (repo: string, tag: string, label?: string): Promise<string> =>
  (digests[`${repo}:${tag}`] = await pushTag(L.open.url, repo, tag, label))

beforeAll(async () => {
  for (const tag of WEB_TAGS) await push(`${PREFIX}/web`, tag)
  for (const tag of DB_TAGS) await push(`${PREFIX}/db`, tag)
})

const web = `${L.open.host}/${PREFIX}/web`
const db = (host: string): string => `${host}/${PREFIX}/db`

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8')

/** The basic-auth registry's login, where docker/login-action would have put it. */
function loggedIn(): Record<string, string> {
  const home = dockerHome({
    auths: { [L.basic.host]: { auth: b64(`alice:${users['alice']}`) } }
  })
  return { DOCKER_CONFIG: join(home.home, '.docker') }
}

describe('image: auto over a repository', () => {
  const dockerfile = (base: string, second: string): string =>
    [
      '# check=skip=all',
      `ARG BASE=${base}`,
      'FROM ${BASE} AS build',
      'RUN echo build',
      '',
      `from ${second}`,
      'COPY --from=build /out /out',
      ''
    ].join('\n')
  const compose = (dbTag: string, webTag: string): string =>
    [
      'services:',
      '  db:',
      `    image: ${db(L.token.host)}:${dbTag}   # the database`,
      '  web:',
      `    image: "${web}:${webTag}"`,
      ''
    ].join('\r\n')
  const kube = (pinned: string): string =>
    [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: backup',
      `              image: ${db(L.basic.host)}:${pinned}`,
      ''
    ].join('\n')

  let dir = ''
  const inputs = (): Record<string, string> => ({
    image: 'auto',
    'update-files': 'Dockerfile\n*.yml\nk8s/*.yaml'
  })

  beforeAll(() => {
    dir = tempDirWith({
      Dockerfile: dockerfile(`${web}:1.1.0-alpine`, `${web}:1.0.0`),
      'compose.yml': compose('13.1', '1.1'),
      'README.md': `Run \`docker run ${web}:1.0.0\` to try it.\n`,
      'k8s/backup.yaml': kube(`13.1@${digests[`${PREFIX}/db:13.1`]}`)
    })
  })

  it('checks every image once, rewrites each reference within its own shape, and reports them all', async () => {
    const run = await act(inputs(), { GITHUB_WORKSPACE: dir, ...loggedIn() })
    expect(failure(run)).toBe('')
    expect(run.code).toBe(0)
    expect(read(dir, 'Dockerfile')).toBe(dockerfile(`${web}:1.2.0-alpine`, `${web}:1.2.0`))
    expect(read(dir, 'compose.yml')).toBe(compose('14.2', '1.2'))
    expect(read(dir, 'k8s/backup.yaml')).toBe(kube(`14.2@${digests[`${PREFIX}/db:14.2`]}`))
    expect(read(dir, 'README.md')).toContain(`${web}:1.0.0`)
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([
      'Dockerfile',
      'compose.yml',
      'k8s/backup.yaml'
    ])
    const rows = JSON.parse(run.outputs['results']!) as Record<string, unknown>[]
    expect(rows).toHaveLength(5)
    expect(rows).toContainEqual(
      expect.objectContaining({
        image: `${web}`,
        current: '1.1.0-alpine',
        tag: '1.2.0-alpine',
        digest: digests[`${PREFIX}/web:1.2.0-alpine`],
        'update-available': true,
        'update-type': 'minor',
        file: 'Dockerfile',
        line: 2
      })
    )
    expect(rows).toContainEqual(
      expect.objectContaining({ current: '13.1', tag: '14.2', 'update-type': 'major', line: 3 })
    )
    expect(run.outputs['update-available']).toBe('true')
    expect(run.outputs['update-type']).toBe('major')
    const matrix = JSON.parse(run.outputs['matrix']!) as { include: Record<string, unknown>[] }
    expect(matrix.include.map(e => `${e['image']}:${e['current']}→${e['tag']}`).sort()).toEqual(
      [
        `${db(L.basic.host)}:13.1→14.2`,
        `${db(L.token.host)}:13.1→14.2`,
        `${web}:1.0.0→1.2.0`,
        `${web}:1.1.0-alpine→1.2.0-alpine`,
        `${web}:1.1→1.2`
      ].sort()
    )
    expect(run.stdout).toMatch(/::notice [^:]*file=Dockerfile,line=2::/)
    expect(run.stdout).toMatch(/::group::/)
    expect(run.summary).toContain('<code>compose.yml:3</code>')
    expect(run.summary).toContain('major')
  })

  it('changes nothing on a second run over the rewritten files', async () => {
    const before = ['Dockerfile', 'compose.yml', 'k8s/backup.yaml'].map(f => read(dir, f))
    const run = await act(inputs(), { GITHUB_WORKSPACE: dir, ...loggedIn() })
    expect(run.code).toBe(0)
    expect(['Dockerfile', 'compose.yml', 'k8s/backup.yaml'].map(f => read(dir, f))).toEqual(before)
    expect(run.outputs['changed-files']).toBe('[]')
    expect(run.outputs['update-available']).toBe('false')
    expect(run.outputs['matrix']).toBe('{"include":[]}')
  })

  it('moves a reference pinned by digest when its tag was pushed again (update-type digest)', async () => {
    const moved = await push(`${PREFIX}/db`, '14.2', 'rebuilt 14.2')
    const run = await act(inputs(), { GITHUB_WORKSPACE: dir, ...loggedIn() })
    expect(run.code).toBe(0)
    expect(read(dir, 'k8s/backup.yaml')).toBe(kube(`14.2@${moved}`))
    expect(run.outputs['update-type']).toBe('digest')
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual(['k8s/backup.yaml'])
  })
})

describe('failures', () => {
  it('reports an image that cannot be checked in its row, writes the others, and fails at the end', async () => {
    const dir = tempDirWith({
      Dockerfile: `FROM ${L.open.host}/${PREFIX}/missing:1.0\n`,
      'compose.yml': `services:\n  web:\n    image: ${web}:1.1\n`
    })
    const run = await act({ image: 'auto', 'update-files': '*' }, { GITHUB_WORKSPACE: dir })
    expect(run.code).not.toBe(0)
    expect(read(dir, 'compose.yml')).toContain(`${web}:1.2\n`)
    const rows = JSON.parse(run.outputs['results']!) as Record<string, unknown>[]
    expect(rows.find(r => r['file'] === 'Dockerfile')?.['error']).toMatch(/not found|NAME_UNKNOWN/i)
    expect(failure(run)).toMatch(/1 of 2 images could not be checked/)
    expect(failure(run)).toContain(`${PREFIX}/missing`)
  })

  it('leaves a file it cannot parse untouched and says where', async () => {
    const broken = `services:\n  web:\n    image: ${web}:1.1\n  bad: [unclosed\n`
    const dir = tempDirWith({ 'compose.yml': broken })
    const run = await act(
      { image: 'auto', 'update-files': 'compose.yml' },
      { GITHUB_WORKSPACE: dir }
    )
    expect(run.code).toBe(0)
    expect(read(dir, 'compose.yml')).toBe(broken)
    expect(run.stdout).toMatch(/::warning [^:]*file=compose.yml,line=\d+::/)
  })

  it.each([
    [{ image: 'auto' }, /'update-files': not given, and the default globs .*matched no files/],
    [{ image: 'auto', 'update-files': '*', username: 'alice', password: 'x' }, /'username'/],
    [{ image: 'python', 'pin-digest': 'true' }, /'pin-digest'.*update-files/],
    [{ image: 'auto', 'update-files': '../outside/*' }, /'update-files'/],
    [
      { image: 'auto', 'update-files': 'deploy/*.yml' },
      /'update-files': matched no files in .*actions\/checkout/
    ]
  ])('refuses bad usage: %j', async (given, message) => {
    const run = await act(given as Record<string, string>, { GITHUB_WORKSPACE: tempDir('ws') })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(message)
  })
})
