/**
 * Hostile repositories (issue 17) through the bundled action and command
 * line: file names that are workflow commands or Markdown, a registry error
 * body that writes to the terminal, files built to exhaust the reader, a
 * link into .git/, the step's timeout over the file phase, a file naming
 * many registries, a digest docker would refuse. Registries: lab/hostile.mjs
 * and servers of this file, all on loopback.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { startHostile } from '../../lab/hostile.mjs'
import { runAction } from '../../lab/runner.mjs'
import type { Run } from '../helpers/action.js'
import { act, closeAll, closeLater, DIST_DIR, failure, visible, NODE } from '../helpers/action.js'
import { tempDirWith } from '../helpers/temp-files.js'
import { userCli } from '../helpers/user-cli.js'

afterAll(closeAll)

const STACK = '    at '

/** A registry with 1.0.0 and 1.2.0: a reference at 1.0.0 moves, so its file name is logged. */
const registry = async () =>
  closeLater(await startHostile({ mode: 'plain', tags: ['1.0.0', '1.2.0'] }))

const auto = (dir: string, inputs: Record<string, string> = {}) =>
  act(
    { image: 'auto', 'update-files': '**/*.yml\n**/Dockerfile*', ...inputs },
    { GITHUB_WORKSPACE: dir }
  )

/** Lines the runner would read as workflow commands, besides the action's own outputs and masks. */
const commands = (run: Run): string[] =>
  run.stdout.split('\n').filter(line => line.trimStart().startsWith('::') || line.includes('##['))

describe('1. file names cannot forge workflow commands', () => {
  it('logs, annotates and summarises a file named with newlines and commands, escaped', async () => {
    const h = await registry()
    const name =
      'x\n::add-mask::x\n::set-output name=tag::evil\n::warning title=t::pwned\n##[group]g.yml'
    const dir = tempDirWith({ [name]: `image: ${h.image}:1.0.0\n` })
    const run = await auto(dir)
    expect(run.code).toBe(0)
    // The reference moved: the name did reach the log, the annotation and the summary.
    expect(readFileSync(join(dir, name), 'utf8')).toBe(`image: ${h.image}:1.2.0\n`)
    expect(run.stdout).toContain('\\::add-mask::x')
    for (const line of commands(run)) {
      expect(line).not.toMatch(/^\s*::(add-mask::x|set-output|warning title=t)/)
      expect(line).not.toContain('##[group]')
    }
    expect(run.outputs['tag']).toBeUndefined()
    expect(run.stdout).not.toMatch(/^::add-mask::x$/m)
    // The notice's file= property is percent-encoded as the runner reads it back.
    const notice = run.stdout.split('\n').find(line => line.startsWith('::notice '))!
    expect(notice).toMatch(/file=x%0A\\%3A%3Aadd-mask%3A%3Ax%0A/)
  })
})

describe('2. file names cannot end the summary table', () => {
  it('keeps a blank line, a heading and an image in a file name inside its cell', async () => {
    const h = await registry()
    const name = 'a\n\n# Pwned\n![x](https%3A%2F%2Fevil.example%2Fi.png)\n<img src=x>.yml'
    const dir = tempDirWith({ [name]: `image: ${h.image}:1.0.0\n` })
    const run = await auto(dir)
    expect(run.code).toBe(0)
    expect(run.summary).toContain('<table>')
    expect(run.summary).not.toMatch(/\n\s*\n# Pwned/)
    expect(run.summary).not.toContain('<img')
    expect(run.summary).toContain('\\x0a\\x0a# Pwned')
    // No blank line inside a table: a blank line would end GitHub's HTML block there.
    const tables = run.summary.match(/<table>[\s\S]*?<\/table>/g) ?? []
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) expect(table).not.toMatch(/\n\s*\n/)
  })
})

describe('3. a server cannot write to the terminal', () => {
  it('shows ESC, BEL and OSC 52 of an error body escaped on stderr', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [
            { code: 'NAME_UNKNOWN', message: '\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u009b31m gone' }
          ]
        })
      )
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    closeLater({ close: () => new Promise<void>(resolve => server.close(() => resolve())) })
    const { port } = server.address() as AddressInfo
    const run = await userCli([`127.0.0.1:${port}/x/app`], {
      env: { REGISTRY_TAGS_REQUEST_TIMEOUT_MS: '5000' }
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('\\x1b]52;c;ZXZpbA==\\x07')
    // eslint-disable-next-line no-control-regex -- finding them is the point
    expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})

describe('4-5. files built to exhaust the reader are their own problem', () => {
  it('reports the bombs and reads the other files, quickly', async () => {
    const h = await registry()
    const doubling = ['ARG A=x', ...Array(24).fill('ARG A=$A$A'), 'FROM python:$A', ''].join('\n')
    const dir = tempDirWith({
      'bomb/Dockerfile': doubling,
      'nest/Dockerfile': `FROM ${'${X:-'.repeat(20_000)}python${'}'.repeat(20_000)}\n`,
      'many/Dockerfile': Array.from({ length: 140_000 }, (_, i) => `FROM python:3.${i % 99}`).join(
        '\n'
      ),
      'keys.yml': `${Array.from({ length: 120_000 }, (_, i) => `k${i}: v`).join('\n')}\n`,
      // 50,000 `- ` on one line killed node inside the yaml package; 20,000 aliases took minutes.
      'deep.yml': `${'- '.repeat(50_000)}a\n`,
      'aliases.yml': `x: &a {image: ${h.image}:1.0.0}\n${Array.from({ length: 20_000 }, (_, i) => `k${i}: *a`).join('\n')}\n`,
      'ok.yml': `image: ${h.image}:1.0.0\n`
    })
    const started = Date.now()
    const run = (await runAction({
      inputs: { image: 'auto', 'update-files': '**/*.yml\n**/Dockerfile' },
      env: { GITHUB_WORKSPACE: dir },
      node: NODE,
      script: join(DIST_DIR, 'index.js'),
      timeoutMs: 170_000
    })) as Run
    expect(run.code).toBe(0)
    expect(Date.now() - started).toBeLessThan(160_000)
    expect(readFileSync(join(dir, 'ok.yml'), 'utf8')).toBe(`image: ${h.image}:1.2.0\n`)
    const warnings = run.stdout.split('\n').filter(l => l.startsWith('::warning'))
    expect(warnings.join('\n')).toMatch(
      /bomb\/Dockerfile was left untouched: .*more than 4096 characters/
    )
    expect(warnings.join('\n')).toMatch(/nest\/Dockerfile was left untouched: .*64 KiB/)
    expect(warnings.join('\n')).toMatch(/many\/Dockerfile was left untouched: .*10000 instructions/)
    expect(warnings.join('\n')).toMatch(/keys\.yml was left untouched: .*100,000 YAML lines/)
    expect(warnings.join('\n')).toMatch(/deep\.yml was left untouched: .*100 levels deep; not read/)
    expect(readFileSync(join(dir, 'aliases.yml'), 'utf8')).toMatch(/^x: &a \{image: .*:1\.2\.0\}\n/)
    expect(visible(run)).not.toMatch(/Maximum call stack|RangeError/)
    expect(visible(run)).not.toContain(STACK)
  }, 180_000)
})

describe("6. the step's timeout bounds the file phase", () => {
  it('fails when reading the files takes longer than timeout', async () => {
    // Just under the YAML bound (100,000 lines and items): about 2 s each to read.
    const big = `${Array.from({ length: 19_000 }, (_, i) => `k${i}: [a, b, {c: d}]`).join('\n')}\n`
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.yml`, big]))
    const dir = tempDirWith(files)
    const run = (await runAction({
      inputs: { image: 'auto', 'update-files': '*.yml', timeout: '1' },
      env: { GITHUB_WORKSPACE: dir },
      node: NODE,
      script: join(DIST_DIR, 'index.js'),
      timeoutMs: 170_000
    })) as Run
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(
      /timeout \(1 s\) ran out while reading the files 'update-files' matched/
    )
    expect(visible(run)).not.toContain(STACK)
  }, 180_000)
})

describe('7. links never lead into .git/ or node_modules/', () => {
  it('leaves .git/hooks/x.yml alone when gitdir → .git', async () => {
    const h = await registry()
    const hook = `image: ${h.image}:1.0.0\n`
    const dir = tempDirWith({
      '.git/hooks/x.yml': hook,
      'node_modules/m/c.yml': hook,
      'app.yml': hook
    })
    symlinkSync('.git', join(dir, 'gitdir'))
    symlinkSync('node_modules/m/c.yml', join(dir, 'c.yml'))
    symlinkSync('..', join(dir, '.git', 'loop'))
    const run = await auto(dir, { 'update-files': '**/*.yml\ngitdir/hooks/x.yml\nc.yml' })
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, '.git/hooks/x.yml'), 'utf8')).toBe(hook)
    expect(readFileSync(join(dir, 'node_modules/m/c.yml'), 'utf8')).toBe(hook)
    expect(readFileSync(join(dir, 'app.yml'), 'utf8')).toBe(`image: ${h.image}:1.2.0\n`)
  })
})

describe('8. a file naming many registries', () => {
  it('contacts at most 32 of them and says why the others were not checked', async () => {
    const names = Array.from(
      { length: 200 },
      (_, i) => `  s${i}:\n    image: 127.0.0.1:${i + 1}/app:1.0`
    )
    const dir = tempDirWith({ 'compose.yml': `services:\n${names.join('\n')}\n` })
    const run = await auto(dir, { timeout: '60' })
    expect(run.code).not.toBe(0)
    expect(visible(run)).toMatch(/the files name 200 registries, and one run contacts at most 32/)
    expect(visible(run)).not.toContain(STACK)
  }, 90_000)
})

describe('10-11. registry protocol leftovers', () => {
  it("uses one token for the whole lookup when the registry's clock is ten minutes behind", async () => {
    const h = closeLater(await startHostile({ mode: 'plain', auth: 'bearer', issuedAgoS: 600 }))
    const run = await act({ image: `${h.image}:1.0.0` })
    expect(run.code).toBe(0)
    const tokens = h.requests.filter(r => r.path.startsWith('/token'))
    const withToken = h.requests.filter(r => r.authorization?.startsWith('Bearer '))
    expect(withToken.length).toBeGreaterThanOrEqual(2)
    expect(tokens).toHaveLength(1)
  })

  it('stops a Link whose cursor keeps changing over the same tags, with a clear error', async () => {
    const h = closeLater(await startHostile({ mode: 'link-cursor' }))
    const run = await act({ image: h.image })
    expect(run.code).not.toBe(0)
    expect(failure(run)).toMatch(/last 3 pages brought no new tags/)
    expect(h.requests.filter(r => r.path.includes('/tags/list')).length).toBeLessThanOrEqual(5)
  })
})

describe('12. digests as docker reads them', () => {
  it('refuses an md5 digest by name', async () => {
    const run = await userCli([`python@md5:${'a'.repeat(32)}`])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/'md5' is not a digest algorithm docker knows/)
  })
})
