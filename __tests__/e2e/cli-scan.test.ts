/**
 * `registry-tags scan` as a user runs it: the bundled bin, in a directory of
 * its own holding a Dockerfile and a compose file that reference two images
 * of the real lab registry. Without --write it changes nothing; --json gives
 * the action's results rows; --write rewrites exactly the references that
 * moved (every other byte kept) and a second --write changes nothing; an
 * image that fails is a row and exit 1 after the others; --explain shows how
 * the tags were read, for a scan and for a plain lookup.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CLI, runCli } from '../helpers/action.js'
import { lab } from '../helpers/lab.js'
import { tempDir } from '../lab/temp-dirs.mjs'
import { tempDirWith } from '../helpers/temp-files.js'

const STACK_LINE = /^\s+at /m

let host: string
/** The lab's digest of sample/app or library/python at a tag. */
const digestOf = (repository: string, tag: string): string => lab().digests[repository]![tag]

beforeAll(() => {
  host = lab().open.host
})

const dockerfile = () => `# check=skip=all
FROM ${host}/sample/app:1.0.0 AS build
RUN make
FROM ${host}/library/python:3.12-slim
COPY --from=build /app /app
`

const compose = () =>
  [
    'services:',
    '  web:',
    `    image: "${host}/sample/app:1.9.3-alpine" # the web tier`,
    '  worker:',
    `    image: ${host}/library/python:3.14.0`,
    '  edge:',
    `    image: '${host}/sample/app:latest'`,
    ''
  ].join('\r\n')

/** A fresh directory holding `files`, and the CLI run there with a HOME of its own. */
function project(files: Record<string, string>) {
  const dir = tempDirWith(files, 'cli-scan')
  const home = tempDir('cli-scan-home')
  const cli = (...args: string[]) =>
    runCli(args, {
      cwd: dir,
      env: { PATH: process.env['PATH'], HOME: home, REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '10000' }
    })
  const read = () =>
    Object.fromEntries(readdirSync(dir).map(name => [name, readFileSync(join(dir, name), 'utf8')]))
  return { dir, cli, read }
}

const sample = () => ({ Dockerfile: dockerfile(), 'compose.yaml': compose() })

describe('scan without --write', () => {
  it('prints one table of every reference and changes nothing', async () => {
    const { cli, read } = project(sample())
    const run = await cli('scan')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const app = `${host}/sample/app`
    const python = `${host}/library/python`
    const lines = run.stdout.split('\n').map(line => line.split(/ {2,}/))
    expect(lines.slice(0, 6)).toEqual([
      ['IMAGE', 'FILE:LINE', 'CURRENT → NEW', 'UPDATE', 'DIGEST'],
      [app, 'Dockerfile:2', '1.0.0 → 1.10.0', 'minor', digestOf('sample/app', '1.10.0')],
      [
        app,
        'compose.yaml:3',
        '1.9.3-alpine → 1.10.0-alpine',
        'minor',
        digestOf('sample/app', '1.10.0-alpine')
      ],
      [app, 'compose.yaml:7', 'latest', '-', digestOf('sample/app', 'latest')],
      [
        python,
        'Dockerfile:4',
        '3.12-slim → 3.14-slim',
        'minor',
        digestOf('library/python', '3.14-slim')
      ],
      [python, 'compose.yaml:5', '3.14.0', '-', digestOf('library/python', '3.14.0')]
    ])
    expect(run.stdout.split('\n').slice(6).join('\n')).toBe(
      `
compose.yaml:7: 'latest' is not a version (not a version)

5 references to 2 images in 2 files: 3 with an update.
2 files would be rewritten (run with --write): Dockerfile, compose.yaml.
`
    )
    expect(read()).toEqual(sample())
  })

  it('prints the results rows with --json', async () => {
    const { cli, read } = project(sample())
    const run = await cli('scan', '--json', 'Dockerfile', 'compose.yaml')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const rows = JSON.parse(run.stdout)
    expect(rows).toHaveLength(5)
    const newest = digestOf('sample/app', '1.10.0')
    expect(rows[0]).toEqual({
      image: `${host}/sample/app`,
      current: '1.0.0',
      tag: '1.10.0',
      digest: newest,
      'update-available': true,
      'update-type': 'minor',
      file: 'Dockerfile',
      line: 2,
      reference: `${host}/sample/app:1.10.0@${newest}`,
      'newer-tags': ['1.10.0', '1.9.3', '1.2.0']
    })
    expect(rows.map((r: { file: string; line: number }) => `${r.file}:${r.line}`)).toEqual([
      'Dockerfile:2',
      'compose.yaml:3',
      'compose.yaml:7',
      'Dockerfile:4',
      'compose.yaml:5'
    ])
    expect(read()).toEqual(sample())
  })

  it('shows progress on stderr with --verbose, one line an image as its check ends', async () => {
    const { cli } = project(sample())
    const run = await cli('scan', '--verbose')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Checking 2 images referenced in 2 files\n')
    expect(run.stderr).toContain(`${host}/sample/app: 3 references, 2 with an update\n`)
    expect(run.stderr).toContain(`  ${host}/sample/app: 16 tags in 1 page\n`)
    expect(run.stderr).toContain(`${host}/library/python: 2 references, 1 with an update\n`)
  })

  it('reads only the files the globs match', async () => {
    const { cli } = project(sample())
    const run = await cli('scan', '--json', '*.yaml')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).map((r: { file: string }) => r.file)).toEqual([
      'compose.yaml',
      'compose.yaml',
      'compose.yaml'
    ])
  })
})

describe('scan --write', () => {
  it('rewrites exactly the references that moved, and a second run changes nothing', async () => {
    const { cli, read } = project(sample())
    const first = await cli('scan', '--write')
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toContain('Rewrote 2 files: Dockerfile, compose.yaml.\n')
    expect(read()).toEqual({
      Dockerfile: dockerfile()
        .replace('sample/app:1.0.0', 'sample/app:1.10.0')
        .replace('python:3.12-slim', 'python:3.14-slim'),
      'compose.yaml': compose().replace('app:1.9.3-alpine"', 'app:1.10.0-alpine"')
    })
    const after = read()
    const second = await cli('scan', '--write')
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('5 references to 2 images in 2 files: 0 with an update.\n')
    expect(second.stdout).toContain('No file to rewrite.\n')
    expect(read()).toEqual(after)
  })

  it('pins digests with --pin-digest, and moves a pinned digest that is no longer the tag`s', async () => {
    const stale = digestOf('sample/app', '1.2.0')
    const { cli, read } = project({
      Dockerfile: `FROM ${host}/sample/app:1.9.3 AS a\nFROM ${host}/sample/app:1.10.0@${stale}\n`
    })
    const run = await cli('scan', '--write', '--pin-digest', '--json')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const rows = JSON.parse(run.stdout)
    expect(rows.map((r: { 'update-type': string }) => r['update-type'])).toEqual([
      'minor',
      'digest'
    ])
    const newest = digestOf('sample/app', '1.10.0')
    expect(read()).toEqual({
      Dockerfile: `FROM ${host}/sample/app:1.10.0@${newest} AS a\nFROM ${host}/sample/app:1.10.0@${newest}\n`
    })
  })
})

describe('an image that cannot be checked', () => {
  it('is a failed row; the others are checked and written; exit 1 with the reason', async () => {
    const { cli, read } = project({
      Dockerfile: `FROM ${host}/sample/missing:1.0\nFROM ${host}/sample/app:1.2.0\n`
    })
    const run = await cli('scan', '--write')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`^${host}/sample/missing +Dockerfile:1 +1\\.0 +failed +-$`, 'm')
    )
    expect(run.stdout).toMatch(/^.*sample\/app +Dockerfile:2 +1\.2\.0 → 1\.10\.0 +minor /m)
    expect(run.stdout).toContain('2 references to 2 images in 1 file: 1 with an update, 1 failed.')
    expect(run.stderr).toMatch(
      new RegExp(
        `^registry-tags: 1 of 2 images could not be checked:\\n- ${host}/sample/missing: .*NAME_UNKNOWN`
      )
    )
    expect(run.stderr).not.toMatch(STACK_LINE)
    expect(read().Dockerfile).toBe(
      `FROM ${host}/sample/missing:1.0\nFROM ${host}/sample/app:1.10.0\n`
    )
  })
})

describe('files that name no image, and bad usage', () => {
  it('says so on stderr, prints nothing (or [] with --json), and exits 0', async () => {
    const { cli } = project({ 'README.md': `FROM ${host}/sample/app:1.0.0\n` })
    const run = await cli('scan')
    expect(run).toEqual({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(/^warning: No file matches \*\*\/Dockerfile, /)
    })
    const json = await cli('scan', '--json', 'README.md')
    expect(json.stdout).toBe('[]\n')
    expect(json.stderr).toMatch(/No image references found in the 1 file that README.md matched/)
  })

  it('warns of a file it cannot parse, leaves it untouched, and checks the others', async () => {
    const broken = 'services:\n  web:\n    image: [unclosed\n'
    const { cli, read } = project({ ...sample(), 'broken.yaml': broken })
    const run = await cli('scan', '--write', '--json', '*.yaml', 'Dockerfile')
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^warning: broken\.yaml:\d+: left untouched: \S/)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(run.stdout)).toHaveLength(5)
    expect(read()['broken.yaml']).toBe(broken)
  })

  it.each([
    [['scan', '/etc/passwd'], /^registry-tags: <globs> the pattern '\/etc\/passwd' is absolute/],
    [
      ['scan', '../x/Dockerfile'],
      /^registry-tags: <globs> the pattern '..\/x\/Dockerfile' has a '..' segment/
    ],
    [['scan', '--platform', 'linux/arm64'], /^registry-tags: --platform /]
  ])('%j exits 2 with one line', async (args, message) => {
    const { cli } = project(sample())
    const run = await cli(...args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('--explain', () => {
  it('shows how each reference`s current and chosen tags were read', async () => {
    const { cli } = project(sample())
    const run = await cli('scan', '--explain')
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const explained = run.stdout.slice(run.stdout.indexOf('How the tags were read:'))
    const rows = explained.split('\n').map(line => line.split(/ {2,}/))
    expect(rows[1]).toEqual([
      'FILE:LINE',
      'TAG',
      'PREFIX',
      'VERSION',
      'PRERELEASE',
      'VARIANT',
      'REVISION'
    ])
    expect(rows).toContainEqual([
      'compose.yaml:3',
      'current',
      '1.9.3-alpine',
      '-',
      '1.9.3',
      '-',
      'alpine',
      '-'
    ])
    expect(rows).toContainEqual(['', 'chosen', '1.10.0-alpine', '-', '1.10.0', '-', 'alpine', '-'])
    expect(rows).toContainEqual([
      'Dockerfile:4',
      'current',
      '3.12-slim',
      '-',
      '3.12',
      '-',
      'slim',
      '-'
    ])
    expect(explained).toContain("compose.yaml:7: 'latest' is not a version")
    const json = JSON.parse((await cli('scan', '--json', '--explain')).stdout)
    expect(json[1].explain).toEqual({
      current: expect.objectContaining({ tag: '1.9.3-alpine', variant: 'alpine' }),
      chosen: expect.objectContaining({ tag: '1.10.0-alpine', variant: 'alpine' })
    })
    expect(json[2].explain).toEqual({ current: null, chosen: null })
  })

  it('shows the reading and the rules for a plain lookup', async () => {
    const { cli } = project({})
    const run = await cli('--explain', `${host}/library/python:3.12-slim`)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('3.14-slim')
    expect(lines[1]).toBe('')
    expect(lines[2]).toBe('How the tags were read:')
    expect(lines.slice(4, 6).map(line => line.split(/ {2,}/))).toEqual([
      ['current', '3.12-slim', '-', '3.12', '-', 'slim', '-'],
      ['chosen', '3.14-slim', '-', '3.14', '-', 'slim', '-']
    ])
    expect(lines[6]).toBe(
      "Rules: variant 'slim' (auto: the current tag's); precision 2 components (auto: the current tag's)."
    )
    const json = JSON.parse(
      (await cli('--json', '--explain', `${host}/library/python:3.12-slim`)).stdout
    )
    expect(json).toMatchObject({
      tag: '3.14-slim',
      explain: {
        current: expect.objectContaining({ tag: '3.12-slim', variant: 'slim' }),
        chosen: expect.objectContaining({ tag: '3.14-slim', variant: 'slim' })
      }
    })
  })
})

describe('the bundle', () => {
  /** Whether a chunk the bin may load holds `marker`. */
  const inChunk = (marker: string): boolean =>
    readdirSync(dirname(CLI))
      .filter(f => /^\d+\.index\.js$/.test(f))
      .some(f => readFileSync(join(dirname(CLI), f), 'utf8').includes(marker))

  it.each([
    ['the engine', 'class Engine '],
    ['the YAML parser', 'class Composer '],
    ['the scan', 'function runScan(']
  ])('loads %s only when a lookup or scan runs, not for --help', (_name, marker) => {
    expect(readFileSync(CLI, 'utf8')).not.toContain(marker)
    expect(inChunk(marker)).toBe(true)
  })
})
