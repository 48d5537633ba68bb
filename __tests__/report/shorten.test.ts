/** What a person reads at a glance: digests and paths cut short, never more than needed. */
import { describe, expect, it } from '@jest/globals'
import { shortDigest, shortPath } from '../../src/report/shorten.js'

const DIGEST = 'sha256:9bd049ce6b5ab4b9c4c9cb6f9e5a1fb9fd2e6a7ea2b0b3ffbd3c1a5f2b9e2c1d'

describe('shortDigest', () => {
  // prettier-ignore
  it.each([
    [DIGEST, undefined, 'sha256:9bd049ce6b5ab…'],
    [DIGEST, 6, 'sha256:9bd049…'],
    ['sha256:9bd049ce6b5ab4', undefined, 'sha256:9bd049ce6b5ab4'],
    ['sha256:9bd049ce6b5ab45', undefined, 'sha256:9bd049ce6b5ab…'],
    ['sha512:' + 'e'.repeat(128), 4, 'sha512:eeee…'],
    ['', undefined, '']
  ])('shortDigest(%j, %j) is %j', (digest, hex, out) => {
    expect(shortDigest(digest, hex)).toBe(out)
  })
})

describe('shortPath', () => {
  // prettier-ignore
  it.each([
    ['Dockerfile', undefined, 'Dockerfile'],
    ['services/api/production/deployment.yaml', undefined, 'services/api/production/deployment.yaml'],
    ['services/payments-api/overlays/production/deployment.yaml', undefined, 'services/…/production/deployment.yaml'],
    ['a-very-long-top-folder-name/b/c/d/values-production-eu-west.yaml', undefined, 'a-very-long-top-folder-name/…/values-production-eu-west.yaml'],
    ['one-folder-with-a-long-name/two-also-quite-long/file.yaml', 20, 'one-folder-with-a-long-name/two-also-quite-long/file.yaml'],
    ['a/b/c/d', 3, 'a/…/d']
  ])('shortPath(%j, %j) is %j', (path, max, out) => {
    expect(shortPath(path, max)).toBe(out)
  })
})
