/**
 * The command line as a user runs it: the committed bin (dist/cli/index.js,
 * which the dist check keeps equal to a fresh build), run as a process
 * against a scripted registry on 127.0.0.1. Checks stdout, --json,
 * exit status 0/1/2, credentials (flags, docker config, helper) and that
 * stderr never shows a stack trace or a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'
import { b64, dockerHome, helperScript } from '../helpers/docker-home.js'
import { tempRoot } from '../lab/temp-dirs.mjs'
import { CLI, runCli } from '../helpers/action.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DIGEST = `sha256:${'d'.repeat(64)}`
const TAGS = ['1.0.0', '1.2.0', '1.10.0', '2.0.0-rc1', 'latest', '1.2.0-alpine']
const PASSWORD = 's3cret-pass'
const STACK_LINE = /^\s+at /m

let scratch: string
const bin = CLI
let registry: Scripted
/** A port nothing listens on: the registry closed. */
let closedHost: string

/** The CLI with a HOME of its own (no docker config unless given) and short request timeouts. */
function cli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const env = {
    PATH: process.env['PATH'],
    HOME: join(scratch, 'empty-home'),
    REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '5000',
    ...options.env
  }
  return runCli(args, {
    env,
    cwd: ROOT,
    ...(options.stdin !== undefined && { stdin: options.stdin })
  })
}

const basic = (user: string, password: string) => `Basic ${b64(`${user}:${password}`)}`

function answer(
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse
): void {
  const path = (req.url ?? '').split('?')[0]!
  const repo = /^\/v2\/(x\/app|private\/app)\//.exec(path)?.[1]
  if (repo === 'private/app' && req.headers.authorization !== basic('alice', PASSWORD)) {
    res.writeHead(401, {
      'www-authenticate': 'Basic realm="test"',
      'content-type': 'application/json'
    })
    // A registry that echoes what it was sent: the CLI must not show the secret.
    const sent = req.headers.authorization ?? 'nothing'
    const echoed = sent.startsWith('Basic ')
      ? Buffer.from(sent.slice(6), 'base64').toString()
      : sent
    res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: `bad login ${echoed}` }] }))
    return
  }
  if (repo && path.endsWith('/tags/list')) {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ name: repo, tags: TAGS }))
    return
  }
  if (repo && path.includes('/manifests/')) {
    res.writeHead(200, {
      'docker-content-digest': DIGEST,
      'content-type': 'application/vnd.oci.image.manifest.v1+json'
    })
    res.end()
    return
  }
  res.writeHead(404, { 'content-type': 'application/json' })
  res.end(
    JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known' }] })
  )
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tempRoot(), 'registry-tags-cli-'))
  registry = await scriptedServer(answer)
  const closed = await scriptedServer(() => undefined)
  closedHost = closed.host
  await closed.close()
})

afterAll(async () => {
  await registry?.close()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('the bundle', () => {
  it('is an executable file that starts with the node shebang', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    expect(statSync(bin).mode & 0o111).not.toBe(0)
  })

  it('prints usage for --help and -h, the version for --version (exit 0)', async () => {
    for (const flag of ['--help', '-h']) {
      const help = await cli([flag])
      expect(help).toMatchObject({ code: 0, stderr: '' })
      expect(help.stdout).toMatch(/^Usage: registry-tags \[flags\] <image>\n/)
    }
    const version = await cli(['--version'])
    const { version: expected } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' })
  })
})

describe('a tag found (exit 0)', () => {
  it('prints the chosen tag alone when stdout is not a terminal, and nothing on stderr', async () => {
    const found = await cli([`${registry.host}/x/app:1.0.0`])
    expect(found).toEqual({ code: 0, stdout: '1.10.0\n', stderr: '' })
  })

  it('prints the outputs as one JSON object with --json', async () => {
    const found = await cli(['--json', `${registry.host}/x/app:1.0.0`])
    expect(found.code).toBe(0)
    expect(JSON.parse(found.stdout)).toEqual({
      tag: '1.10.0',
      version: '1.10.0',
      digest: DIGEST,
      'platform-digest': '',
      reference: `${registry.host}/x/app:1.10.0@${DIGEST}`,
      tags: JSON.stringify(['1.10.0', '1.2.0', '1.0.0']),
      count: '3',
      total: String(TAGS.length),
      current: '1.0.0',
      released: '',
      'update-available': 'true',
      'update-type': 'minor',
      'newer-tags': JSON.stringify(['1.10.0', '1.2.0'])
    })
  })

  it('applies the flags: --variant, --prerelease, --current', async () => {
    const alpine = await cli(['--variant', 'alpine', `${registry.host}/x/app`])
    expect(alpine.stdout).toBe('1.2.0-alpine\n')
    const pre = await cli([
      '--prerelease',
      '--current',
      '1.2.0',
      '--json',
      `${registry.host}/x/app`
    ])
    expect(JSON.parse(pre.stdout)).toMatchObject({
      tag: '2.0.0-rc1',
      current: '1.2.0',
      'update-type': 'major'
    })
  })

  it('shows progress on stderr with --verbose', async () => {
    const found = await cli(['--verbose', `${registry.host}/x/app`])
    expect(found.code).toBe(0)
    expect(found.stdout).toBe('1.10.0\n')
    expect(found.stderr).toContain(`${registry.host}/x/app: ${TAGS.length} tags in 1 page`)
  })

  it('says on stderr, with --verbose, when the current tag is not a version', async () => {
    const found = await cli(['--verbose', `${registry.host}/x/app:latest`])
    expect(found.stdout).toBe('1.10.0\n')
    expect(found.stderr).toContain(
      'The current tag latest is not a version, so no tag counts as newer.'
    )
  })
})

describe('errors (exit 1) and bad usage (exit 2): one message, no stack trace', () => {
  it.each<[string, () => string[], number, RegExp]>([
    [
      'no tag passes',
      () => ['--range', '^9', `${registry.host}/x/app`],
      1,
      /No tag of .*x\/app passes the filters/
    ],
    ['repository not found', () => [`${registry.host}/x/missing`], 1, /404 NAME_UNKNOWN/],
    ['registry unreachable', () => [`${closedHost}/x/app`], 1, /^registry-tags: .*127\.0\.0\.1/],
    ['no image', () => [], 2, /^registry-tags: <image> is required/],
    ['an unknown flag', () => ['--bogus', 'x/app'], 2, /^registry-tags: --bogus is not a flag/],
    [
      '--password',
      () => ['--password', 'hunter2', 'x/app'],
      2,
      /^registry-tags: --password is not accepted/
    ],
    [
      'a bad regex',
      () => ['--filter', '(', 'x/app'],
      2,
      /^registry-tags: --filter '\(' is not a valid regular expression/
    ],
    [
      'a bad platform',
      () => ['--platform', 'linux', 'x/app'],
      2,
      /^registry-tags: --platform 'linux' is not os\/arch/
    ],
    [
      'a bad image',
      () => ['Not/An Image'],
      2,
      /^registry-tags: <image> 'Not\/An Image' is not a valid image reference/
    ],
    [
      'repositories of docker.io alone',
      () => ['--repositories', 'docker.io'],
      2,
      /^registry-tags: --repositories Docker Hub has no catalog/
    ],
    [
      'an empty password',
      () => ['--username', 'alice', '--password-stdin', 'x/app'],
      2,
      /read an empty password/
    ]
  ])('%s', async (_, args, code, message) => {
    const failed = await cli(args())
    expect(failed.code).toBe(code)
    expect(failed.stdout).toBe('')
    expect(failed.stderr).toMatch(message)
    expect(failed.stderr).not.toMatch(STACK_LINE)
    expect(failed.stderr).not.toContain('hunter2')
    if (code === 2) expect(failed.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('credentials', () => {
  const image = () => `${registry.host}/private/app`
  const seenAuth = () =>
    registry.seen.filter(s => s.path.startsWith('/v2/private/')).map(s => s.authorization)

  it('reads the password from stdin for --username', async () => {
    registry.seen.length = 0
    const found = await cli(['--username', 'alice', '--password-stdin', image()], {
      stdin: `${PASSWORD}\n`
    })
    expect(found).toEqual({ code: 0, stdout: '1.10.0\n', stderr: '' })
    expect(seenAuth()).toContain(basic('alice', PASSWORD))
  })

  it('never shows a refused password, even when the registry echoes it', async () => {
    const wrong = 'wrong-pass-42'
    const failed = await cli(['--verbose', '--username', 'alice', '--password-stdin', image()], {
      stdin: wrong
    })
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/bad login alice:\*\*\*/)
    expect(failed.stderr).not.toContain(wrong)
    expect(failed.stderr).not.toContain(b64(`alice:${wrong}`))
    expect(failed.stderr).not.toMatch(STACK_LINE)
  })

  it('uses the docker config that docker login wrote, unless --no-docker-config', async () => {
    const home = dockerHome({ auths: { [registry.host]: { auth: b64(`alice:${PASSWORD}`) } } })
    const found = await cli([image()], { env: { HOME: home.home } })
    expect(found).toEqual({ code: 0, stdout: '1.10.0\n', stderr: '' })
    const refused = await cli(['--no-docker-config', image()], { env: { HOME: home.home } })
    expect(refused.code).toBe(1)
    expect(refused.stderr).not.toContain(PASSWORD)
  })

  it('asks a docker credential helper', async () => {
    const home = dockerHome(
      { credHelpers: { [registry.host]: 'cli-test' } },
      {
        'cli-test': helperScript(registry.host, 'alice', PASSWORD)
      }
    )
    const found = await cli(['--json', image()], { env: { HOME: home.home, PATH: home.path } })
    expect(found.code).toBe(0)
    expect(JSON.parse(found.stdout)).toMatchObject({ tag: '1.10.0', digest: DIGEST })
    expect(found.stderr).not.toContain(PASSWORD)
  })
})
