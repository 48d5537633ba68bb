/** Tags read as versions for the tests of versions/: a tag that is not one fails the test. */
import { isVersion, parseTag } from '../../src/versions/parse.js'
import type { Version } from '../../src/versions/parse.js'

export function version(tag: string): Version {
  const parsed = parseTag(tag)
  if (!isVersion(parsed)) throw new Error(`${tag} is not a version: ${parsed.reason}`)
  return parsed
}

export const versions = (tags: readonly string[]): Version[] => tags.map(version)
