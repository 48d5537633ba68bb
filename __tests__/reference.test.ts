import { describe, expect, it } from '@jest/globals'
import { displayName, formatReference, parseReference } from '../src/reference.js'

const HEX = 'a'.repeat(64)

describe('parseReference', () => {
  // prettier-ignore
  it.each([
    ['ubuntu', 'docker.io', 'registry-1.docker.io', 'library/ubuntu', undefined, undefined],
    ['python', 'docker.io', 'registry-1.docker.io', 'library/python', undefined, undefined],
    ['docker.io/ubuntu', 'docker.io', 'registry-1.docker.io', 'library/ubuntu', undefined, undefined],
    ['index.docker.io/u/app', 'docker.io', 'registry-1.docker.io', 'u/app', undefined, undefined],
    ['registry-1.docker.io/ubuntu', 'docker.io', 'registry-1.docker.io', 'library/ubuntu', undefined, undefined],
    ['u/app:1', 'docker.io', 'registry-1.docker.io', 'u/app', '1', undefined],
    ['localhost/app', 'localhost', 'localhost', 'app', undefined, undefined],
    ['localhost:5000/app', 'localhost:5000', 'localhost:5000', 'app', undefined, undefined],
    ['localhost:5000', 'docker.io', 'registry-1.docker.io', 'library/localhost', '5000', undefined],
    ['host:5000/a/b:t', 'host:5000', 'host:5000', 'a/b', 't', undefined],
    ['[::1]:5000/a', '[::1]:5000', '[::1]:5000', 'a', undefined, undefined],
    [`a@sha384:${'b'.repeat(96)}`, 'docker.io', 'registry-1.docker.io', 'library/a', undefined, `sha384:${'b'.repeat(96)}`],
    [`a@sha512:${'c'.repeat(128)}`, 'docker.io', 'registry-1.docker.io', 'library/a', undefined, `sha512:${'c'.repeat(128)}`],
    ['Foo/bar', 'Foo', 'Foo', 'bar', undefined, undefined],
    [`a:b@sha256:${HEX}`, 'docker.io', 'registry-1.docker.io', 'library/a', 'b', `sha256:${HEX}`],
    [`img@sha256:${HEX}`, 'docker.io', 'registry-1.docker.io', 'library/img', undefined, `sha256:${HEX}`],
    ['ghcr.io/owner/app:v1.2.3', 'ghcr.io', 'ghcr.io', 'owner/app', 'v1.2.3', undefined],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.15.0', 'docker.elastic.co', 'docker.elastic.co', 'elasticsearch/elasticsearch', '8.15.0', undefined],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app', '123456789012.dkr.ecr.us-east-1.amazonaws.com', '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'team/app', undefined, undefined],
    ['  python:3.12-slim  ', 'docker.io', 'registry-1.docker.io', 'library/python', '3.12-slim', undefined],
    ['a/b__c/d-e.f', 'docker.io', 'registry-1.docker.io', 'a/b__c/d-e.f', undefined, undefined]
  ])('%s', (input, registry, endpoint, repository, tag, digest) => {
    const ref = parseReference(input)
    expect(ref).toEqual({ registry, endpoint, repository, ...(tag && { tag }), ...(digest && { digest }) })
  })

  // prettier-ignore
  it.each([
    ['', /is empty/],
    ['foo/Bar', /must be lowercase/],
    [`x:${'t'.repeat(129)}`, /1 to 128 characters/],
    ['app:-bad', /tag '-bad'/],
    [HEX, /64-character hex string/],
    ['app@sha256:abc', /not a digest/],
    [`app@sha256:${'A'.repeat(64)}`, /64 lowercase hex/],
    ['bad//ref', /not a valid path component/],
    ['host:5000/a_/b', /not a valid path component/],
    [`r.io/${'a'.repeat(256)}`, /longer than 255/],
    ['-host.io/app', /not a registry host/],
    // As docker's own parser (distribution/reference, go-digest) decides.
    [`app@md5:${'a'.repeat(32)}`, /'md5' is not a digest algorithm docker knows/],
    [`app@sha1:${'a'.repeat(40)}`, /'sha1' is not a digest algorithm/],
    [`app@constructor:${'a'.repeat(40)}`, /'constructor' is not a digest algorithm/],
    [`app@sha384:${'a'.repeat(64)}`, /sha384 digest has exactly 96/],
    [`app@sha512:${'a'.repeat(96)}`, /sha512 digest has exactly 128/],
    [`app@sha256:${'a'.repeat(65)}`, /sha256 digest has exactly 64/],
    ['[::1.2.3.4]:5000/app', /not a registry host/],
    ['[1.2.3.4]/app', /not a registry host/]
  ])('rejects %j', (input, message) => {
    expect(() => parseReference(input)).toThrow(message)
  })

  it('names the input in the error', () => {
    expect(() => parseReference('Foo/Bar', 'image')).toThrow(/^Input 'image':/)
  })
})

describe('formatReference and displayName', () => {
  it('pins a Docker Hub image with its canonical name', () => {
    const ref = parseReference('python:3.12')
    expect(formatReference(ref, '3.14.7', `sha256:${HEX}`)).toBe(
      `docker.io/library/python:3.14.7@sha256:${HEX}`
    )
    expect(displayName(ref)).toBe('python')
  })

  it('keeps other registries as written', () => {
    const ref = parseReference('ghcr.io/o/app')
    expect(displayName(ref)).toBe('ghcr.io/o/app')
    expect(formatReference(ref, '1')).toBe('ghcr.io/o/app:1')
  })
})
