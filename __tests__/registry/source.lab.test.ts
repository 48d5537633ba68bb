/**
 * An image's source read from a real registry (Debian's docker-registry in
 * the lab): from the manifest's or index's annotations in one request, from
 * the config's labels in two, from a platform image's config in three; only
 * https links kept.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { pushLabelledImage, pushLabelledIndex } from '../../lab/source-images.mjs'
import { parseReference } from '../../src/reference.js'
import { RegistryApi } from '../../src/registry/api.js'
import { readImageSource } from '../../src/registry/source.js'
import { closeAll } from '../helpers/action.js'
import { disposeRigs, rig } from '../helpers/client.js'
import { lab } from '../helpers/lab.js'

afterEach(disposeRigs)
afterAll(closeAll)

const L = lab().scratch
const REPO = `src${Date.now().toString(36)}/app`
const SOURCE = 'https://github.com/octo/app'
const digests: Record<string, string> = {}

beforeAll(async () => {
  const base = L.open.url
  const oci = (source: string) => ({
    'org.opencontainers.image.source': source,
    'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567'
  })
  digests['annotated'] = (
    await pushLabelledImage(base, REPO, { tag: 'annotated', annotations: oci(SOURCE) })
  ).digest
  digests['labelled'] = (
    await pushLabelledImage(base, REPO, {
      tag: 'labelled',
      labels: { 'org.label-schema.vcs-url': `${SOURCE}.git` }
    })
  ).digest
  digests['index'] = (
    await pushLabelledIndex(base, REPO, { tag: 'index', annotations: oci(SOURCE) })
  ).digest
  digests['entries'] = (
    await pushLabelledIndex(base, REPO, { tag: 'entries', entryAnnotations: oci(SOURCE) })
  ).digest
  digests['index-labels'] = (
    await pushLabelledIndex(base, REPO, { tag: 'index-labels', labels: oci(SOURCE) })
  ).digest
  digests['plain-http'] = (
    await pushLabelledImage(base, REPO, {
      tag: 'plain-http',
      labels: oci('http://github.com/octo/app')
    })
  ).digest
  digests['none'] = (await pushLabelledImage(base, REPO, { tag: 'none' })).digest
})

async function read(tag: string): Promise<{ source: object; requests: number }> {
  const r = rig()
  const ref = parseReference(`${L.open.host}/${REPO}`)
  const api = new RegistryApi(ref, r.session)
  const before = r.http.requests
  const source = await readImageSource(api, ref.repository, digests[tag]!)
  return { source, requests: r.http.requests - before }
}

const REVISION = '0123456789abcdef0123456789abcdef01234567'

describe('readImageSource', () => {
  // prettier-ignore
  it.each([
    ['annotated', { source: SOURCE, revision: REVISION }, 1],
    ['labelled', { source: SOURCE }, 2],
    ['index', { source: SOURCE, revision: REVISION }, 1],
    ['entries', { source: SOURCE, revision: REVISION }, 1],
    ['index-labels', { source: SOURCE, revision: REVISION }, 3],
    ['plain-http', { revision: REVISION }, 2],
    ['none', {}, 2]
  ])('%s: %j in %d requests', async (tag, expected, requests) => {
    const got = await read(tag)
    expect(got.source).toEqual(expected)
    expect(got.requests).toBe(requests)
  })
})
