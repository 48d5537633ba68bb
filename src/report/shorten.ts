/**
 * Shortening for what a person reads at a glance (job summary, pull request
 * body, the terminal); the full values stay in the outputs and `--json`.
 */

/** `sha256:` and 13 hex digits then `…`: enough to tell digests apart. */
export function shortDigest(digest: string, hex = 13): string {
  const cut = digest.indexOf(':') + 1 + hex
  return digest.length > cut + 1 ? `${digest.slice(0, cut)}…` : digest
}

/**
 * `services/…/production/deployment.yaml`: a path longer than `max` keeps
 * its first folder and last two parts (or only the last), so a table row
 * stays a few lines high. Paths that fit, or have three parts or fewer,
 * are kept whole.
 */
export function shortPath(path: string, max = 40): string {
  const parts = path.split('/')
  if (path.length <= max || parts.length <= 3) return path
  const first = parts[0] as string
  const short = `${first}/…/${parts.slice(-2).join('/')}`
  if (short.length <= max) return short
  return `${first}/…/${parts[parts.length - 1] as string}`
}
