import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { dirname, join } from 'node:path'
import { WorkspaceFileError } from '../../src/files/errors.js'
import {
  expandGlobs,
  MAX_FILE_BYTES,
  readTextFile,
  writeFileAtomic
} from '../../src/files/workspace.js'
import { UsageError } from '../../src/errors.js'
import { tempDir } from '../lab/temp-dirs.mjs'

/** A workspace holding these files (contents don't matter), and a directory beside it. */
function workspace(files: string[]): { root: string; outside: string } {
  const parent = tempDir('files')
  const root = join(parent, 'ws')
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), `${file}\n`)
  }
  mkdirSync(root, { recursive: true })
  const outside = join(parent, 'outside')
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.yml'), 'image: secret:1\n')
  return { root, outside }
}

const FILES = [
  'Dockerfile',
  'api/Dockerfile',
  'api/compose.yaml',
  'web/Dockerfile.dev',
  '.github/workflows/ci.yml',
  '.github/workflows/release.yaml',
  'charts/shop/values.yaml',
  'charts/shop/templates/deploy.yaml',
  'vendor/lib/Dockerfile',
  'node_modules/pkg/Dockerfile',
  'api/node_modules/pkg/compose.yaml',
  '.git/Dockerfile',
  'docs/README.md'
]

describe('expandGlobs', () => {
  // prettier-ignore
  it.each([
    ['**/Dockerfile*', ['Dockerfile', 'api/Dockerfile', 'web/Dockerfile.dev']],
    ['vendor/lib/Dockerfile\nvendor', []],
    ['.github/workflows/*.yml\n.github/workflows/*.yaml', ['.github/workflows/ci.yml', '.github/workflows/release.yaml']],
    ['**/*.yaml\n!charts/*/templates/**', ['.github/workflows/release.yaml', 'api/compose.yaml', 'charts/shop/values.yaml']],
    ['# comments and blank lines\n\n  Dockerfile  \n\n# !Dockerfile\n', ['Dockerfile']],
    ['**/Dockerfile\n!vendor', ['Dockerfile', 'api/Dockerfile']],
    ['!**/Dockerfile\n**/Dockerfile', []],
    ['**/*.{yml,yaml}\n!.github/**', ['api/compose.yaml', 'charts/shop/templates/deploy.yaml', 'charts/shop/values.yaml']],
    ['api', ['api/Dockerfile', 'api/compose.yaml']],
    ['./charts/\n!charts/shop/templates', ['charts/shop/values.yaml']],
    ['missing/**', []],
    ['', []],
    ['node_modules/pkg/Dockerfile\n.git/Dockerfile\n**/compose.yaml', ['api/compose.yaml']]
  ])('%j', async (patterns, files) => {
    const { root } = workspace(FILES)
    expect(await expandGlobs(patterns, root)).toEqual(files)
  })

  // prettier-ignore
  it.each([
    ['/etc/passwd', /the pattern '\/etc\/passwd' is absolute/],
    ['../outside/*.yml', /has a '\.\.' segment/],
    ['api/../../outside/*', /has a '\.\.' segment/],
    ['!/etc/**', /is absolute/],
    ['~/x', /is absolute/],
    ['C:/x', /is absolute/],
    ['!', /is empty after its !/]
  ])('refuses %j, naming the input', async (patterns, message) => {
    const { root } = workspace(FILES)
    const refusal = expandGlobs(patterns, root, 'update-files')
    await expect(refusal).rejects.toThrow(UsageError)
    await expect(expandGlobs(patterns, root)).rejects.toThrow(/^Input 'update-files': /)
    await expect(expandGlobs(patterns, root)).rejects.toThrow(message)
  })

  it('lists each file inside once, and does not crawl a link to a directory outside', async () => {
    const { root, outside } = workspace(['compose/prod.yml'])
    // A second name of a file already listed: one file, read and rewritten once.
    symlinkSync('compose/prod.yml', join(root, 'docker-compose.yml'))
    symlinkSync(join(outside, 'secret.yml'), join(root, 'secret.yml'))
    symlinkSync(outside, join(root, 'elsewhere'))
    expect(await expandGlobs('**/*.yml', root)).toEqual(['compose/prod.yml', 'secret.yml'])
  })

  it('never crawls a link into .git/ or node_modules/', async () => {
    const { root } = workspace(['.git/hooks/x.yml', 'node_modules/m/compose.yml', 'app.yml'])
    symlinkSync('.git', join(root, 'gitdir'))
    symlinkSync('node_modules/m', join(root, 'mods'))
    symlinkSync('.git/hooks', join(root, 'hooks'))
    expect(await expandGlobs('**/*.yml\ngitdir\nhooks/x.yml', root)).toEqual(['app.yml'])
  })

  it('lists each file once through a directory loop', async () => {
    const { root } = workspace(['sub/a.yml', 'b.yml'])
    symlinkSync('..', join(root, 'sub', 'loop'))
    const files = await expandGlobs('**/*.yml', root)
    expect(files).toEqual(['b.yml', 'sub/a.yml'])
  })
})

describe('readTextFile', () => {
  it('reads UTF-8 text as it is, a BOM and CRLF kept', async () => {
    const { root } = workspace([])
    writeFileSync(join(root, 'Dockerfile'), '\ufeffFROM python:3.12\r\n# ü\r\n')
    expect(await readTextFile(root, 'Dockerfile')).toBe('\ufeffFROM python:3.12\r\n# ü\r\n')
  })

  it('refuses a link that leads outside, and says so', async () => {
    const { root, outside } = workspace([])
    symlinkSync(join(outside, 'secret.yml'), join(root, 'secret.yml'))
    mkdirSync(join(root, 'sub'))
    symlinkSync(outside, join(root, 'sub', 'dir'))
    await expect(readTextFile(root, 'secret.yml')).rejects.toThrow(WorkspaceFileError)
    await expect(readTextFile(root, 'secret.yml')).rejects.toThrow(
      /^secret.yml: refused: it is a symbolic link .* leads outside the workspace/
    )
    await expect(readTextFile(root, 'sub/dir/secret.yml')).rejects.toThrow(
      /leads outside the workspace/
    )
  })

  it('refuses a link to a file in .git/ or node_modules/, and a name under a link there', async () => {
    const { root } = workspace(['.git/hooks/x.yml', 'node_modules/m/c.yml'])
    symlinkSync('.git/hooks/x.yml', join(root, 'x.yml'))
    symlinkSync('.git', join(root, 'gitdir'))
    symlinkSync('node_modules/m/c.yml', join(root, 'c.yml'))
    for (const file of ['x.yml', 'gitdir/hooks/x.yml', 'c.yml']) {
      await expect(readTextFile(root, file)).rejects.toThrow(
        /into \.git\/, node_modules\/ or vendor\//
      )
      await expect(writeFileAtomic(root, file, 'x')).rejects.toThrow(WorkspaceFileError)
    }
    expect(readFileSync(join(root, '.git/hooks/x.yml'), 'utf8')).toBe('.git/hooks/x.yml\n')
  })

  it('reads through a link that stays inside', async () => {
    const { root } = workspace(['compose/prod.yml'])
    symlinkSync('compose/prod.yml', join(root, 'docker-compose.yml'))
    expect(await readTextFile(root, 'docker-compose.yml')).toBe('compose/prod.yml\n')
  })

  // prettier-ignore
  it.each([
    ['/etc/hostname', /the path is absolute/],
    ['../outside/secret.yml', /has a '\.\.' segment/],
    ['missing.yml', /missing.yml: cannot be read: ENOENT/],
    ['dir', /dir: is not a regular file/]
  ])('refuses %j', async (file, message) => {
    const { root } = workspace(['dir/x'])
    await expect(readTextFile(root, file)).rejects.toThrow(WorkspaceFileError)
    await expect(readTextFile(root, file)).rejects.toThrow(message)
  })

  it('refuses a named pipe without waiting for a writer', async () => {
    const { root } = workspace([])
    execFileSync('mkfifo', [join(root, 'pipe.yml')])
    await expect(readTextFile(root, 'pipe.yml')).rejects.toThrow(/is not a regular file/)
  })

  it('refuses a file bigger than the cap, and one that is not UTF-8', async () => {
    const { root } = workspace([])
    writeFileSync(join(root, 'big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20))
    writeFileSync(join(root, 'ok.yaml'), Buffer.alloc(MAX_FILE_BYTES, 0x20))
    writeFileSync(join(root, 'latin1.yaml'), Buffer.from([0x69, 0x3a, 0x20, 0xe9, 0x0a]))
    await expect(readTextFile(root, 'big.yaml')).rejects.toThrow(/big.yaml: is larger than 5 MiB/)
    expect((await readTextFile(root, 'ok.yaml')).length).toBe(MAX_FILE_BYTES)
    await expect(readTextFile(root, 'latin1.yaml')).rejects.toThrow(
      /latin1.yaml: is not UTF-8 text/
    )
  })
})

describe('writeFileAtomic', () => {
  it('replaces the file whole, keeps its mode, and leaves no temporary file', async () => {
    const { root } = workspace(['api/Dockerfile'])
    const path = join(root, 'api/Dockerfile')
    chmodSync(path, 0o640)
    await writeFileAtomic(root, 'api/Dockerfile', '\ufeffFROM python:3.13\r\n')
    expect(readFileSync(path, 'utf8')).toBe('\ufeffFROM python:3.13\r\n')
    expect(statSync(path).mode & 0o7777).toBe(0o640)
    expect(readdirSync(join(root, 'api'))).toEqual(['Dockerfile'])
  })

  it('keeps an executable bit, and writes a new file', async () => {
    const { root } = workspace(['run.yml'])
    chmodSync(join(root, 'run.yml'), 0o755)
    await writeFileAtomic(root, 'run.yml', 'x\n')
    expect(statSync(join(root, 'run.yml')).mode & 0o777).toBe(0o755)
    await writeFileAtomic(root, 'new.yml', 'y\n')
    expect(readFileSync(join(root, 'new.yml'), 'utf8')).toBe('y\n')
  })

  it('writes through a link inside to its target, keeping the link', async () => {
    const { root } = workspace(['compose/prod.yml'])
    symlinkSync('compose/prod.yml', join(root, 'docker-compose.yml'))
    await writeFileAtomic(root, 'docker-compose.yml', 'image: nginx:1.27\n')
    expect(readFileSync(join(root, 'compose/prod.yml'), 'utf8')).toBe('image: nginx:1.27\n')
    expect(readdirSync(root).sort()).toEqual(['compose', 'docker-compose.yml'])
  })

  it('refuses a link that leads outside and leaves its target alone', async () => {
    const { root, outside } = workspace([])
    symlinkSync(join(outside, 'secret.yml'), join(root, 'secret.yml'))
    await expect(writeFileAtomic(root, 'secret.yml', 'x')).rejects.toThrow(
      /leads outside the workspace/
    )
    expect(readFileSync(join(outside, 'secret.yml'), 'utf8')).toBe('image: secret:1\n')
    await expect(writeFileAtomic(root, '../outside/secret.yml', 'x')).rejects.toThrow(
      /'\.\.' segment/
    )
  })

  it('leaves what was there and no temporary file when the rename fails', async () => {
    const { root } = workspace(['charts/values.yaml/x'])
    const failed = writeFileAtomic(root, 'charts/values.yaml', 'image: {repository: a, tag: "1"}\n')
    await expect(failed).rejects.toThrow(WorkspaceFileError)
    await expect(writeFileAtomic(root, 'charts/values.yaml', 'x')).rejects.toThrow(
      /^charts\/values.yaml: could not be written: E(ISDIR|NOTEMPTY|EXIST)/
    )
    expect(readdirSync(join(root, 'charts'))).toEqual(['values.yaml'])
    expect(readdirSync(join(root, 'charts/values.yaml'))).toEqual(['x'])
  })
})
