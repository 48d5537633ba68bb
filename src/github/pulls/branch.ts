/**
 * The branch each pull request lives on: `registry-tags/<image>`, or
 * `registry-tags/all` with `group`. One path component after the prefix, so
 * no image's branch can be a directory of another's (git cannot hold both
 * `registry-tags/ghcr.io/o` and `registry-tags/ghcr.io/o/app`).
 */
import { createHash } from 'node:crypto'

export const BRANCH_PREFIX = 'registry-tags/'
/** The longest name after the prefix; longer keys are cut and keep a hash of the whole. */
const MAX_NAME = 100

/**
 * A name `git check-ref-format --branch` accepts: lower case, letters,
 * digits, `.`, `_` and `-` only (`/` and `:` become `-`), no `..`, no part
 * starting with `.` or `-`, no `.lock` or `.` at the end.
 */
export function branchName(key: string): string {
  let name = key
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
  if (name.endsWith('.lock')) name = `${name.slice(0, -5)}-lock`
  if (name.length > MAX_NAME) {
    const hash = createHash('sha1').update(key).digest('hex').slice(0, 10)
    name = `${name.slice(0, MAX_NAME - 11).replace(/[.-]+$/, '')}-${hash}`
  }
  return `${BRANCH_PREFIX}${name || 'image'}`
}
