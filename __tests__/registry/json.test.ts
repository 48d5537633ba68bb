/** Registry JSON is untrusted: objects checked for shape, digests for form. */
import { describe, expect, it } from '@jest/globals'
import { RegistryError } from '../../src/registry/failures.js'
import type { RequestContext } from '../../src/registry/failures.js'
import { isDigest, isRecord, parseJsonObject } from '../../src/registry/json.js'
import { ANONYMOUS } from '../../src/credentials/credential.js'

const ctx: RequestContext = {
  action: 'list the tags of library/python',
  registry: 'docker.io (registry-1.docker.io)',
  repository: 'library/python',
  credential: ANONYMOUS,
  isDockerHub: true
}

describe('parseJsonObject', () => {
  it('reads a tag list', () => {
    const body = Buffer.from('{"name":"library/python","tags":["3.14.7","3.14"]}')
    expect(parseJsonObject(body, ctx)).toEqual({ name: 'library/python', tags: ['3.14.7', '3.14'] })
  })

  // prettier-ignore
  const NOT_OBJECTS: string[] = ['["3.14.7"]', 'null', '"tags"', '42', '<html><body>502 Bad Gateway</body></html>', '{"tags":', '']
  it.each(NOT_OBJECTS)('refuses %j, naming what was asked of whom', text => {
    const read = () => parseJsonObject(Buffer.from(text), ctx)
    expect(read).toThrow(RegistryError)
    expect(read).toThrow(
      'Could not list the tags of library/python on docker.io (registry-1.docker.io): the answer was not a JSON object.'
    )
  })
})

describe('isRecord and isDigest', () => {
  // prettier-ignore
  const VALUES: [unknown, boolean][] = [[{}, true], [{ a: 1 }, true], [[], false], [null, false], ['x', false], [1, false]]
  it.each(VALUES)('isRecord(%j) → %s', (value, ok) => expect(isRecord(value)).toBe(ok))

  // prettier-ignore
  const DIGESTS: [unknown, boolean][] = [
    ['sha256:e58d8b4a3a6a8e8d7c0f4b1c3a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3', true],
    ['sha256:E58D8B4A3A6A8E8D7C0F4B1C3A9B0C1D2E3F405162738495A6B7C8D9E0F1A2B3', false],
    ['sha512:e58d8b4a3a6a8e8d7c0f4b1c3a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3', false],
    ['sha256:e58d8b4a', false],
    ['sha256:e58d8b4a3a6a8e8d7c0f4b1c3a9b0c1d2e3f405162738495a6b7c8d9e0f1a2b3\n', false],
    [42, false]
  ]
  it.each(DIGESTS)('isDigest(%j) → %s', (value, ok) => expect(isDigest(value)).toBe(ok))
})
