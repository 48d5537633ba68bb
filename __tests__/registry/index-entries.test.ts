/**
 * The entries of an image index as registries send them (python's OCI index
 * with BuildKit attestations, a Docker manifest list with arm variants),
 * and the entry for a platform.
 */
import { describe, expect, it } from '@jest/globals'
import { ANONYMOUS } from '../../src/credentials/credential.js'
import type { RequestContext } from '../../src/registry/failures.js'
import { RegistryError } from '../../src/registry/failures.js'
import { choosePlatform, readIndexEntries } from '../../src/registry/index-entries.js'

const ctx: RequestContext = {
  action: 'resolve the platform digest of python:3.14.7',
  registry: 'docker.io (registry-1.docker.io)',
  repository: 'library/python',
  credential: ANONYMOUS,
  isDockerHub: true
}
const d = (c: string) => `sha256:${c.repeat(64)}`

/** python:3.14.7 as Docker Hub serves it: images, then one attestation per image. */
const OCI_INDEX = {
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  manifests: [
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: d('a'),
      size: 2226,
      platform: { architecture: 'amd64', os: 'linux' }
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: d('b'),
      size: 2226,
      platform: { architecture: 'arm', os: 'linux', variant: 'v7' }
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: d('c'),
      size: 2226,
      platform: { architecture: 'arm64', os: 'linux', variant: 'v8' }
    },
    {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: d('e'),
      size: 840,
      annotations: {
        'vnd.docker.reference.digest': d('a'),
        'vnd.docker.reference.type': 'attestation-manifest'
      },
      platform: { architecture: 'unknown', os: 'unknown' }
    }
  ]
}

/** A Windows and Linux manifest list (mcr.microsoft.com style), and entries a hostile registry could send. */
const MANIFEST_LIST = {
  schemaVersion: 2,
  mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
  manifests: [
    {
      digest: d('1'),
      platform: { architecture: 'amd64', os: 'windows', 'os.version': '10.0.20348.2966' }
    },
    { digest: d('2'), platform: { architecture: 'amd64', os: 'linux' } },
    { digest: 'sha256:short', platform: { architecture: 'amd64', os: 'linux' } },
    { digest: d('3'), platform: { architecture: 'amd64\u001b[2J', os: 'linux' } },
    { digest: d('4') },
    'not an entry',
    { digest: d('5'), platform: { architecture: 's390x', os: 'linux', variant: '' } }
  ]
}

describe('readIndexEntries', () => {
  it('reads images and leaves attestations out', () => {
    expect(readIndexEntries(OCI_INDEX, ctx)).toEqual([
      { digest: d('a'), platform: { os: 'linux', architecture: 'amd64' } },
      { digest: d('b'), platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
      { digest: d('c'), platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }
    ])
  })

  it('skips entries of the wrong shape, never dereferencing them', () => {
    expect(readIndexEntries(MANIFEST_LIST, ctx).map(e => e.digest)).toEqual([
      d('1'),
      d('2'),
      d('5')
    ])
  })

  it('refuses an index without a list of manifests', () => {
    expect(() => readIndexEntries({ schemaVersion: 2, manifests: {} }, ctx)).toThrow(RegistryError)
    expect(() => readIndexEntries({ schemaVersion: 2 }, ctx)).toThrow(
      'the image index has no list of manifests'
    )
  })
})

describe('choosePlatform', () => {
  const entries = readIndexEntries(OCI_INDEX, ctx)
  // prettier-ignore
  const WANTED: [{ os: string; architecture: string; variant?: string }, string][] = [
    [{ os: 'linux', architecture: 'amd64' }, d('a')],
    [{ os: 'linux', architecture: 'arm64' }, d('c')],
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, d('c')],
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, d('b')]
  ]
  it.each(WANTED)('%j', (wanted, digest) => {
    expect(choosePlatform(entries, wanted, 'python:3.14.7')).toBe(digest)
  })

  it('names what the index offers when the platform is not there', () => {
    expect(() =>
      choosePlatform(entries, { os: 'windows', architecture: 'amd64' }, 'python:3.14.7')
    ).toThrow(
      /^python:3\.14\.7 has no windows\/amd64 image; it offers linux\/amd64, linux\/arm\/v7, linux\/arm64(\/v8)?\. Set 'platform' to one of these\.$/
    )
  })
})
