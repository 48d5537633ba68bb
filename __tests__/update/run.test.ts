/**
 * An update run over a workspace's files, through one engine against a V2
 * registry on loopback: every image checked concurrently, the moved
 * references spliced into the files (or only shown), and the one message
 * for the images that could not be checked.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Engine } from '../../src/engine.js'
import { parseReference } from '../../src/reference.js'
import { checkReferences, describeFailures, updateFiles } from '../../src/update/run.js'
import { referencedEndpoints, readWorkspace } from '../../src/update/workspace.js'
import type { ImageCheck } from '../../src/update/types.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { tempDirWith } from '../helpers/temp-files.js'
import { digestOf, startRegistry } from '../helpers/registry.js'
import type { Scripted } from '../helpers/servers.js'

const closers: { close(): Promise<void> }[] = []
const engines: Engine[] = []
afterEach(async () => {
  while (engines.length) engines.pop()!.dispose()
  while (closers.length) await closers.pop()!.close()
})

async function setUp(files: (host: string) => Record<string, string>) {
  const server: Scripted = await startRegistry({
    repositories: {
      'library/python': [
        '3.12-slim',
        '3.12.7-slim',
        '3.14-slim',
        '3.14.7-slim',
        '3.14.7',
        '3.15.0rc1-slim'
      ],
      'library/nginx': ['1.26.2-alpine', '1.27.3-alpine', '1.27.3'],
      'team/app': ['v1.0.0', 'v1.1.0']
    }
  })
  closers.push(server)
  const workspace = tempDirWith(files(server.host), 'update-run')
  const engine = new Engine({
    log: { debug() {}, info() {}, warning() {} },
    onSecret: () => undefined,
    credentials: { dockerConfig: false, env: {} },
    timeoutMs: 30_000,
    requestTimeoutMs: 5_000
  })
  engines.push(engine)
  return { host: server.host, workspace, engine }
}

const DOCKERFILE = (host: string) =>
  `FROM ${host}/library/python:3.12-slim AS build\nRUN pip install .\n\nFROM ${host}/library/nginx:1.26.2-alpine\n`
const COMPOSE = (host: string) =>
  `services:\n  app:\n    image: ${host}/team/app:v1.0.0\n  web:\n    image: "${host}/library/nginx:1.26.2-alpine"\n  gone:\n    image: ${host}/team/gone:1.0\n`

describe('an update run', () => {
  it('checks every image once, whatever the number of references to it', async () => {
    const { host, workspace, engine } = await setUp(h => ({
      Dockerfile: DOCKERFILE(h),
      'compose.yml': COMPOSE(h)
    }))
    const scan = await readWorkspace('Dockerfile\ncompose.yml', workspace)
    expect(referencedEndpoints(scan)).toEqual([expect.stringContaining(host)])
    const ended: string[] = []
    const checks = await checkReferences(engine, scan, {
      policy: buildPolicy({}),
      onCheck: c => void ended.push(c.group.key)
    })
    expect(checks.map(c => c.group.key).sort()).toEqual(ended.sort())
    const rows = checks.flatMap(c =>
      c.results.map(r => [r.reference.file, r.current, r.tag, r.update ?? null])
    )
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Dockerfile', '3.12-slim', '3.14-slim', 'minor'],
        ['Dockerfile', '1.26.2-alpine', '1.27.3-alpine', 'minor'],
        ['compose.yml', '1.26.2-alpine', '1.27.3-alpine', 'minor'],
        ['compose.yml', 'v1.0.0', 'v1.1.0', 'minor']
      ])
    )
    const gone = checks.find(c => c.group.key.endsWith('team/gone'))
    expect(gone?.error?.message).toMatch(/Repository 'team\/gone' does not exist/)
  })

  // prettier-ignore
  const WRITES: [string, boolean][] = [['shows the new texts without writing', false], ['writes the files', true]]
  it.each(WRITES)('%s', async (_name, write) => {
    const { host, workspace, engine } = await setUp(h => ({
      Dockerfile: DOCKERFILE(h),
      'compose.yml': COMPOSE(h)
    }))
    const scan = await readWorkspace('*', workspace)
    const checks = await checkReferences(engine, scan, { policy: buildPolicy({}) })
    const report = await updateFiles(scan, checks, { pinDigest: true, write })
    const dockerfile = `FROM ${host}/library/python:3.14-slim@${digestOf('library/python', '3.14-slim')} AS build\nRUN pip install .\n\nFROM ${host}/library/nginx:1.27.3-alpine@${digestOf('library/nginx', '1.27.3-alpine')}\n`
    expect(report.rewritten.get('Dockerfile')).toBe(dockerfile)
    expect(report.rewritten.get('compose.yml')).toContain(
      `image: ${host}/team/app:v1.1.0@${digestOf('team/app', 'v1.1.0')}\n`
    )
    // The image that failed keeps its line.
    expect(report.rewritten.get('compose.yml')).toContain(`image: ${host}/team/gone:1.0\n`)
    expect(report.problems).toEqual([])
    expect(readFileSync(join(workspace, 'Dockerfile'), 'utf8')).toBe(
      write ? dockerfile : DOCKERFILE(host)
    )
  })

  it('keeps to one image when asked (image: python with update-files)', async () => {
    const { host, workspace } = await setUp(h => ({ Dockerfile: DOCKERFILE(h) }))
    const scan = await readWorkspace(
      'Dockerfile',
      workspace,
      parseReference(`${host}/library/nginx`)
    )
    expect(scan.groups.map(g => g.key)).toEqual([`${host}/library/nginx`])
  })
})

describe('describeFailures', () => {
  it('names every image that could not be checked, with why', async () => {
    const { workspace, engine } = await setUp(h => ({ 'compose.yml': COMPOSE(h) }))
    const scan = await readWorkspace('compose.yml', workspace)
    const checks = await checkReferences(engine, scan, { policy: buildPolicy({}) })
    const message = describeFailures(checks)
    expect(message?.split('\n')).toEqual([
      '1 of 3 images could not be checked:',
      expect.stringMatching(
        /^- .*\/team\/gone: Could not list the tags of 'team\/gone' on .*Repository 'team\/gone' does not exist/
      )
    ])
  })

  it('is undefined when every image was checked', () => {
    const ok = { group: {}, results: [{ tag: '1.0' }], log: [] } as unknown as ImageCheck
    expect(describeFailures([ok, ok])).toBeUndefined()
    expect(describeFailures([])).toBeUndefined()
  })
})
