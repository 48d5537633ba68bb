import { describe, expect, it } from '@jest/globals'
import {
  configKey,
  configPath,
  decodeAuth,
  findAuth,
  helperFor,
  keyHostname
} from '../../src/credentials/docker-config.js'
import type { DockerConfig } from '../../src/credentials/docker-config.js'

const b64 = (s: string): string => Buffer.from(s).toString('base64')

describe('configPath', () => {
  it('prefers $DOCKER_CONFIG (a directory) over ~/.docker', () => {
    expect(configPath({ DOCKER_CONFIG: '/etc/dc', HOME: '/home/u' })).toBe('/etc/dc/config.json')
    expect(configPath({ HOME: '/home/u' })).toBe('/home/u/.docker/config.json')
  })
})

describe('keys', () => {
  // prettier-ignore
  it.each([
    ['docker.io', 'https://index.docker.io/v1/'],
    ['index.docker.io', 'https://index.docker.io/v1/'],
    ['registry-1.docker.io', 'https://index.docker.io/v1/'],
    ['ghcr.io', 'ghcr.io'],
    ['localhost:5000', 'localhost:5000']
  ])('%s is stored under %s', (registry, key) => {
    expect(configKey(registry)).toBe(key)
  })

  // prettier-ignore
  it.each([
    ['https://index.docker.io/v1/', 'index.docker.io'],
    ['https://quay.io/v1/', 'quay.io'],
    ['http://host:5000', 'host:5000'],
    ['host:5000', 'host:5000']
  ])('%s names host %s', (key, host) => {
    expect(keyHostname(key)).toBe(host)
  })
})

describe('findAuth', () => {
  const config: DockerConfig = {
    auths: {
      'https://index.docker.io/v1/': { auth: b64('hubuser:hubpass') },
      'https://quay.io/v1/': { auth: b64('q:p') },
      'http://reg.local:5000': { username: 'u', password: 'p' }
    }
  }

  it.each([
    ['docker.io', 'https://index.docker.io/v1/'],
    ['quay.io', 'https://quay.io/v1/'],
    ['reg.local:5000', 'http://reg.local:5000']
  ])('finds %s under %s', (registry, key) => {
    expect(findAuth(config, registry)?.key).toBe(key)
  })

  it('finds nothing for another registry, or for the same host on another port', () => {
    expect(findAuth(config, 'ghcr.io')).toBeUndefined()
    expect(findAuth(config, 'reg.local:5001')).toBeUndefined()
  })
})

describe('helperFor', () => {
  it('takes credHelpers for the registry over credsStore', () => {
    const config: DockerConfig = {
      credsStore: 'desktop',
      credHelpers: {
        '123456789012.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login',
        'https://index.docker.io/v1/': 'pass'
      }
    }
    expect(helperFor(config, '123456789012.dkr.ecr.us-east-1.amazonaws.com')).toEqual({
      name: 'ecr-login',
      from: 'credHelpers'
    })
    expect(helperFor(config, 'docker.io')).toEqual({ name: 'pass', from: 'credHelpers' })
    expect(helperFor(config, 'ghcr.io')).toEqual({ name: 'desktop', from: 'credsStore' })
    expect(helperFor({}, 'ghcr.io')).toBeUndefined()
  })
})

describe('decodeAuth', () => {
  it('splits at the first colon, so passwords may hold colons', () => {
    expect(decodeAuth(b64('user:pa:ss:word'))).toEqual({ username: 'user', password: 'pa:ss:word' })
    expect(decodeAuth(b64('AWS:eyJwYXlsb2Fk'))).toEqual({
      username: 'AWS',
      password: 'eyJwYXlsb2Fk'
    })
  })

  it('refuses an entry without a user name', () => {
    expect(() => decodeAuth(b64(':nopass'))).toThrow(/not base64 of user:password/)
    expect(() => decodeAuth(b64('nocolon'))).toThrow(/not base64 of user:password/)
  })
})
