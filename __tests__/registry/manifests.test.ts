/** Manifests and indexes of the wrong shape: clear errors, and only sha256 digests come out. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parsePlatform } from '../../src/registry/platform.js'
import { disposeRigs, rig } from '../helpers/client.js'
import type { Scripted } from '../helpers/servers.js'
import { scriptedServer } from '../helpers/servers.js'

const servers: Scripted[] = []
afterEach(async () => {
  disposeRigs()
  while (servers.length) await servers.pop()!.close()
})

const sha = (body: string): string => `sha256:${createHash('sha256').update(body).digest('hex')}`
const INDEX = 'application/vnd.oci.image.index.v1+json'
const D1 = `sha256:${'1'.repeat(64)}`

/** A registry whose HEAD gives `headDigest` (if any) and whose GET of any manifest gives `body`. */
async function serving(body: string, headDigest?: string): Promise<Scripted> {
  const server = await scriptedServer((req, res) => {
    const headers: Record<string, string> = { 'content-type': INDEX }
    if (headDigest !== undefined) headers['docker-content-digest'] = headDigest
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  servers.push(server)
  return server
}

describe('tagDigest', () => {
  it.each([
    ['no header', undefined],
    ['a header that is not a digest', 'sha256:$(id)'],
    ['a short digest', 'sha256:abc'],
    ['another algorithm', `sha512:${'a'.repeat(128)}`]
  ])('hashes the manifest when HEAD gives %s', async (_name, header) => {
    const body = JSON.stringify({ schemaVersion: 2, manifests: [] })
    const r = await serving(body, header)
    expect(await rig().client(`${r.host}/x/app`).digest('1.0')).toBe(sha(body))
  })
})

describe('platformDigest', () => {
  const linux = (architecture: string, digest = D1) => ({
    digest,
    platform: { os: 'linux', architecture }
  })
  // prettier-ignore
  it.each([
    ['manifests is not a list', { manifests: { a: 1 } }, /has no list of manifests/],
    ['entries without platform', { manifests: [{ digest: D1 }, 'x', null, 7] }, /no linux\/amd64 image; it offers no platforms/],
    ['a digest that is not sha256', { manifests: [linux('amd64', 'not-a-digest')] }, /no linux\/amd64 image/],
    ['a digest with shell in it', { manifests: [linux('amd64', 'sha256:$(id)')] }, /no linux\/amd64 image/],
    ['a platform with a newline', { manifests: [{ digest: D1, platform: { os: 'linux', architecture: 'amd64\n::warning::x' } }] }, /offers no platforms/],
  ])('refuses an index whose %s', async (_name, index, message) => {
    const body = JSON.stringify({ mediaType: INDEX, ...index })
    const r = await serving(body)
    const calls = rig().client(`${r.host}/x/app`)
    const error: unknown = await calls
      .platformDigest(sha(body), parsePlatform('linux/amd64')!)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toMatch(/\$\(id\)|::warning::/)
  })

  it('picks the entry for the platform, skipping broken ones', async () => {
    const good = `sha256:${'2'.repeat(64)}`
    const body = JSON.stringify({
      mediaType: INDEX,
      manifests: [{ digest: 'x' }, linux('arm64'), linux('amd64', good)]
    })
    const r = await serving(body)
    const calls = rig().client(`${r.host}/x/app`)
    expect(await calls.platformDigest(sha(body), parsePlatform('linux/amd64')!)).toBe(good)
  })

  it('refuses a manifest that does not match the digest asked for', async () => {
    const body = JSON.stringify({ mediaType: INDEX, manifests: [linux('amd64')] })
    const r = await serving(body)
    const calls = rig().client(`${r.host}/x/app`)
    await expect(calls.platformDigest(D1, parsePlatform('linux/amd64')!)).rejects.toThrow(
      /does not match the digest asked for/
    )
  })
})
