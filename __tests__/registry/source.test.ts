import { afterEach, describe, expect, it } from '@jest/globals'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { parseReference } from '../../src/reference.js'
import { RegistryApi } from '../../src/registry/api.js'
import {
  MAX_SOURCE_BODY_BYTES,
  fromLabels,
  httpsLink,
  readImageSource
} from '../../src/registry/source.js'
import { disposeRigs, rig } from '../helpers/client.js'

describe('fromLabels', () => {
  it('reads the OCI keys first, then label-schema', () => {
    expect(
      fromLabels({
        'org.opencontainers.image.source': 'https://github.com/octo/app',
        'org.label-schema.vcs-url': 'https://gitlab.com/other/app',
        'org.opencontainers.image.revision': '0123456789abcdef',
        'org.opencontainers.image.url': 'https://octo.example/app'
      })
    ).toEqual({
      source: 'https://github.com/octo/app',
      revision: '0123456789abcdef',
      url: 'https://octo.example/app'
    })
    expect(
      fromLabels({ 'org.label-schema.vcs-url': 'git+https://github.com/octo/app.git' })
    ).toEqual({
      source: 'https://github.com/octo/app'
    })
  })

  // prettier-ignore
  it.each([
    ['http://github.com/octo/app'],
    ['javascript:alert(1)'],
    ['git@github.com:octo/app.git'],
    ['https://user:pw@github.com/octo/app'],
    [`https://github.com/${'a'.repeat(3000)}`],
    [42]
  ])('keeps no link from %j', value => {
    expect(fromLabels({ 'org.opencontainers.image.source': value })).toEqual({})
  })

  it('keeps a revision only when it looks like one', () => {
    expect(fromLabels({ 'org.opencontainers.image.revision': 'v1.2.3' })).toEqual({
      revision: 'v1.2.3'
    })
    expect(fromLabels({ 'org.opencontainers.image.revision': '<b>x</b>\n' })).toEqual({})
    expect(fromLabels(['not', 'a', 'record'])).toEqual({})
  })
})

describe('httpsLink', () => {
  it('prints the URL as a URL does, so no character can end a link early', () => {
    expect(httpsLink(' https://github.com/o/r <x> ')).toBe('https://github.com/o/r%20%3Cx%3E')
    expect(httpsLink('https://github.com/o/r/a b')).toBe('https://github.com/o/r/a%20b')
  })
})

describe('readImageSource against a registry that sends too much or nonsense', () => {
  const digest = `sha256:${'a'.repeat(64)}`
  let server: Server | undefined
  afterEach(async () => {
    disposeRigs()
    await new Promise(resolve => (server ? server.close(resolve) : resolve(undefined)))
    server = undefined
  })

  async function registry(body: Buffer): Promise<string> {
    server = createServer((req, res) => {
      if (req.url === '/v2/') return void res.writeHead(200).end('{}')
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' })
      res.end(body)
    })
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve))
    return `127.0.0.1:${(server!.address() as AddressInfo).port}`
  }

  async function read(host: string) {
    const ref = parseReference(`${host}/app`)
    return readImageSource(new RegistryApi(ref, rig().session), ref.repository, digest)
  }

  it('stops reading a manifest over 4 MiB', async () => {
    const host = await registry(Buffer.alloc(MAX_SOURCE_BODY_BYTES + 1, 0x20))
    await expect(read(host)).rejects.toThrow(/answered more than 4 MiB/)
  })

  it('refuses an answer that is not a JSON object', async () => {
    const host = await registry(Buffer.from('["org.opencontainers.image.source"]'))
    await expect(read(host)).rejects.toThrow(/not a JSON object/)
  })
})
