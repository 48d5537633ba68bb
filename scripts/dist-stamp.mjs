/**
 * What dist/ was built from, so the end-to-end tests (which run the bundle,
 * not src/) cannot pass on a stale one. `npm run package` and a successful
 * scripts/check-dist.sh record the hash of the bundle's inputs (src/,
 * package.json, package-lock.json, tsconfig.json) next to the hash of dist/
 * in .tmp/dist-stamp.json; staleDist() compares both with the checkout.
 *
 *   node scripts/dist-stamp.mjs write   # after a build that matches src/
 *   node scripts/dist-stamp.mjs check   # exits 1, naming the command, when stale
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const STAMP = join(ROOT, '.tmp', 'dist-stamp.json')
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json']

/** Every file under each of `paths` (files or directories), relative to ROOT, sorted. */
function filesUnder(paths) {
  const out = []
  const walk = at => {
    if (!existsSync(at)) return
    if (!statSync(at).isDirectory()) return void out.push(relative(ROOT, at).split(sep).join('/'))
    for (const name of readdirSync(at)) walk(join(at, name))
  }
  for (const path of paths) walk(join(ROOT, path))
  return out.sort()
}

/** One hash of the names and contents of the files under `paths`. */
export function hashOf(paths) {
  const hash = createHash('sha256')
  for (const file of filesUnder(paths)) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(ROOT, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function writeStamp() {
  mkdirSync(dirname(STAMP), { recursive: true })
  writeFileSync(STAMP, JSON.stringify({ inputs: hashOf(INPUTS), dist: hashOf(['dist']) }) + '\n')
}

/**
 * Why dist/ may not be what src/ builds, naming the command that fixes it;
 * undefined when the last recorded build is of this very src/ and dist/.
 */
export function staleDist() {
  const fix =
    "run 'npm run package' (it rebuilds dist/ and records what from), or 'bash scripts/check-dist.sh' when dist/ is committed and should already match"
  if (!existsSync(STAMP)) return `dist/ is not known to be built from this src/: ${fix}.`
  let stamp
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'))
  } catch {
    return `${relative(ROOT, STAMP)} is unreadable: ${fix}.`
  }
  if (stamp.inputs !== hashOf(INPUTS)) {
    return `src/ (or package.json, package-lock.json, tsconfig.json) changed since dist/ was built: ${fix}.`
  }
  if (stamp.dist !== hashOf(['dist'])) return `dist/ changed since it was built: ${fix}.`
  return undefined
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2]
  if (command === 'write') writeStamp()
  else if (command === 'check') {
    const stale = staleDist()
    if (stale) {
      console.error(stale)
      process.exit(1)
    }
    console.log('dist/ was built from this src/')
  } else {
    console.error('usage: node scripts/dist-stamp.mjs write|check')
    process.exit(2)
  }
}
