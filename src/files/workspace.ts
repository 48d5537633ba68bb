/**
 * The files of `update-files`: globs relative to the workspace, read and
 * written only inside it and never in `.git/`, `node_modules/` or `vendor/` (symbolic
 * links out of it or into those are refused), each file once by its real
 * path, read with a size cap, written whole or not at all.
 */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import { open, realpath, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import { UsageError } from '../errors.js'
import { WorkspaceFileError } from './errors.js'

/** Files bigger than this are not read (a problem for that file, not a crash). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

const NEVER = ['**/.git/**', '**/node_modules/**', '**/vendor/**']
/** Directories never read nor written, whatever name or link leads there. */
const NEVER_DIRS = new Set(['.git', 'node_modules', 'vendor'])

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** True when the real path `real` lies in `.git/`, `node_modules/` or `vendor/` of the workspace (or of a folder in it). */
function isInNeverDir(root: string, real: string): boolean {
  return relative(root, real)
    .split(sep)
    .some(part => NEVER_DIRS.has(part))
}

/** Why a pattern or path could reach outside the workspace, if it could. */
function escapeReason(path: string): string | undefined {
  if (/^(?:[/\\~]|[A-Za-z]:)/.test(path))
    return 'is absolute; give a path relative to the workspace'
  if (path.split(/[/\\]/).includes('..'))
    return "has a '..' segment; give a path inside the workspace"
  return undefined
}

interface Patterns {
  readonly include: string[]
  readonly exclude: string[]
}

function parsePatterns(patterns: string, input: string): Patterns {
  const include: string[] = []
  const exclude: string[] = []
  for (const raw of patterns.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const negated = line.startsWith('!')
    const pattern = negated ? line.slice(1).trim() : line
    const reason = pattern ? escapeReason(pattern) : 'is empty after its !'
    if (reason) throw new UsageError(input, `the pattern '${line}' ${reason}.`)
    ;(negated ? exclude : include).push(pattern)
  }
  return { include, exclude }
}

/**
 * The glob crawler's view of the file system, in which symbolic links to
 * directories outside the workspace do not resolve: they are not crawled.
 * Links to files outside are listed, and reading them is refused by name.
 */
function crawlInside(root: string): { realpath: typeof fs.realpath } {
  const realpathInside = ((
    path: string,
    callback: (error: Error | null, resolved: string) => void
  ) =>
    fs.realpath(path, (error, resolved) => {
      if (error || (isInside(root, resolved) && !isInNeverDir(root, resolved)))
        return callback(error, resolved)
      fs.stat(resolved, (statError, stats) => {
        const outside = new Error(
          `${path} leads outside the workspace, or into .git/, node_modules/ or vendor/`
        )
        callback(statError ?? (stats.isDirectory() ? outside : null), resolved)
      })
    })) as unknown as typeof fs.realpath
  return { realpath: realpathInside }
}

/**
 * Newline-separated globs (blank lines and `#` comments ignored, `!pattern`
 * excludes, whatever its place; a directory stands for every file under it,
 * as with @actions/glob) relative to `workspace`: the files matched,
 * sorted, relative, with '/' separators. `.git/`, `node_modules/` and `vendor/` are
 * never matched; absolute patterns and '..' are refused (UsageError naming `input`).
 */
export async function expandGlobs(
  patterns: string,
  workspace: string,
  input = 'update-files'
): Promise<string[]> {
  const { include, exclude } = parsePatterns(patterns, input)
  if (include.length === 0) return []
  const root = await realpath(workspace)
  const files = await glob(include, {
    cwd: root,
    ignore: [...exclude, ...NEVER],
    dot: true,
    onlyFiles: true,
    expandDirectories: true,
    followSymbolicLinks: true,
    fs: crawlInside(root)
  })
  const sorted = files
    .map(file => file.split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return onePerRealPath(root, sorted)
}

/**
 * The first name of each file: a link loop (`sub/loop → ..`) or two links
 * to one file must not make it read, counted or rewritten twice. A name
 * whose real path cannot be read is kept, for reading it to say why.
 */
async function onePerRealPath(root: string, files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const file of files) {
    const real = await realpath(join(root, file)).catch(() => file)
    if (seen.has(real)) continue
    seen.add(real)
    kept.push(file)
  }
  return kept
}

/** The real path of a workspace file, refused when the name or a symbolic link leads outside. */
async function resolveInside(workspace: string, file: string, mayBeNew = false): Promise<string> {
  const reason = escapeReason(file)
  if (reason) throw new WorkspaceFileError(file, `refused: the path ${reason}.`)
  const root = await realpath(workspace)
  const path = resolve(root, file)
  let real: string
  try {
    real = await realpath(path)
  } catch (error) {
    if (!mayBeNew || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new WorkspaceFileError(file, `cannot be read: ${(error as Error).message}`, {
        cause: error
      })
    }
    real = join(await realpath(dirname(path)), basename(path))
  }
  if (!isInside(root, real)) {
    const target = relative(root, real)
    throw new WorkspaceFileError(
      file,
      `refused: it is a symbolic link (or lies under one) that leads outside the workspace (to ${target}); only files inside the workspace are read or written.`
    )
  }
  if (isInNeverDir(root, real)) {
    throw new WorkspaceFileError(
      file,
      'refused: it is (or lies under) a symbolic link into .git/, node_modules/ or vendor/, which are never read or written.'
    )
  }
  return real
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * The file's text (UTF-8, a BOM kept so that it is written back). Throws
 * WorkspaceFileError when it lies outside the workspace, is no regular file,
 * is bigger than MAX_FILE_BYTES, or is not UTF-8 text.
 */
export async function readTextFile(workspace: string, file: string): Promise<string> {
  const path = await resolveInside(workspace, file)
  // Checked before opening: opening a named pipe would wait for a writer.
  if (!(await stat(path)).isFile()) throw new WorkspaceFileError(file, 'is not a regular file.')
  const handle = await open(path, 'r').catch((error: Error) => {
    throw new WorkspaceFileError(file, `cannot be read: ${error.message}`, { cause: error })
  })
  try {
    const stats = await handle.stat()
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_FILE_BYTES) + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > MAX_FILE_BYTES) {
      throw new WorkspaceFileError(
        file,
        `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not read.`
      )
    }
    try {
      return UTF8.decode(buffer.subarray(0, bytesRead))
    } catch (error) {
      throw new WorkspaceFileError(file, 'is not UTF-8 text; not read.', { cause: error })
    }
  } finally {
    await handle.close()
  }
}

/**
 * Writes `text` to the file whole or not at all: a temporary file beside it
 * with the original's mode, then a rename over it. On failure the temporary
 * file is removed and the original is as it was.
 */
export async function writeFileAtomic(
  workspace: string,
  file: string,
  text: string
): Promise<void> {
  const path = await resolveInside(workspace, file, true)
  const mode = await stat(path).then(
    stats => stats.mode & 0o7777,
    () => undefined
  )
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666)
    try {
      if (mode !== undefined) await handle.chmod(mode)
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw new WorkspaceFileError(file, `could not be written: ${(error as Error).message}`, {
      cause: error
    })
  }
}
