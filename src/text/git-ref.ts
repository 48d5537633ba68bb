/**
 * Branch names as git's ref grammar allows them (git check-ref-format
 * --branch): a name an API sends is checked before it reaches the log, a
 * commit message, a pull request or a git ref path (issue 17).
 */

/** GitHub refuses refs longer than this; the check is a bound, not git's own rule. */
const MAX_BRANCH_CHARS = 255

// eslint-disable-next-line no-control-regex -- controls are among what git refuses
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/

/** True when `name` is a branch name git would take (`main`, `release/1.x`). */
export function isBranchName(name: string): boolean {
  if (!name || name.length > MAX_BRANCH_CHARS || name === '@') return false
  if (FORBIDDEN.test(name) || name.includes('..') || name.includes('@{')) return false
  if (name.startsWith('-') || name.endsWith('.')) return false
  return name
    .split('/')
    .every(part => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'))
}
