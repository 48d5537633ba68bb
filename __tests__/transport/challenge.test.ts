import { describe, expect, it } from '@jest/globals'
import {
  RealmRefusedError,
  checkRealm,
  parseChallenges,
  pickChallenge
} from '../../src/transport/challenge.js'
import { isLoopbackHost } from '../../src/transport/hosts.js'

// Real WWW-Authenticate headers, as protocol.md quotes them.
// prettier-ignore
const REAL: [string, string | string[], { scheme: string; params: Record<string, string> }[]][] = [
  ['Docker Hub', 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/python:pull' } }]],
  ['ghcr.io', 'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/r:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:o/r:pull' } }]],
  ['quay.io', 'Bearer realm="https://quay.io/v2/auth",service="quay.io",scope="repository:coreos/etcd:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://quay.io/v2/auth', service: 'quay.io', scope: 'repository:coreos/etcd:pull' } }]],
  ['ECR (Basic only)', 'Basic realm="https://123456789012.dkr.ecr.us-east-1.amazonaws.com/",service="ecr.amazonaws.com"',
    [{ scheme: 'basic', params: { realm: 'https://123456789012.dkr.ecr.us-east-1.amazonaws.com/', service: 'ecr.amazonaws.com' } }]],
  ['public.ecr.aws', 'Bearer realm="https://public.ecr.aws/token/",service="public.ecr.aws",scope="aws"',
    [{ scheme: 'bearer', params: { realm: 'https://public.ecr.aws/token/', service: 'public.ecr.aws', scope: 'aws' } }]],
  ['ACR catalog', 'Bearer realm="https://myreg.azurecr.io/oauth2/token",service="myreg.azurecr.io",scope="registry:catalog:*"',
    [{ scheme: 'bearer', params: { realm: 'https://myreg.azurecr.io/oauth2/token', service: 'myreg.azurecr.io', scope: 'registry:catalog:*' } }]],
  ['GitLab', 'Bearer realm="https://gitlab.com/jwt/auth",service="container_registry",scope="repository:group/project:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://gitlab.com/jwt/auth', service: 'container_registry', scope: 'repository:group/project:pull' } }]],
  ['Harbor', 'Bearer realm="https://harbor.example.com/service/token",service="harbor-registry",scope="repository:library/nginx:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://harbor.example.com/service/token', service: 'harbor-registry', scope: 'repository:library/nginx:pull' } }]],
  ['Harbor catalog (Basic)', 'Basic realm="harbor"', [{ scheme: 'basic', params: { realm: 'harbor' } }]],
  ['docker.elastic.co', 'Bearer realm="https://docker-auth.elastic.co/auth",service="token-service",scope="repository:elasticsearch/elasticsearch:pull"',
    [{ scheme: 'bearer', params: { realm: 'https://docker-auth.elastic.co/auth', service: 'token-service', scope: 'repository:elasticsearch/elasticsearch:pull' } }]],
  ['Artifactory', 'Basic realm="Artifactory Realm"', [{ scheme: 'basic', params: { realm: 'Artifactory Realm' } }]],
  ['Codeberg: two challenges comma-joined', 'Bearer realm="https://codeberg.org/v2/token",service="container_registry",scope="*",Basic realm="https://codeberg.org/v2",service="container_registry",scope="*"',
    [{ scheme: 'bearer', params: { realm: 'https://codeberg.org/v2/token', service: 'container_registry', scope: '*' } },
     { scheme: 'basic', params: { realm: 'https://codeberg.org/v2', service: 'container_registry', scope: '*' } }]],
  ['two header lines', ['Basic realm="r1"', 'Bearer realm="https://t/token",service="s"'],
    [{ scheme: 'basic', params: { realm: 'r1' } }, { scheme: 'bearer', params: { realm: 'https://t/token', service: 's' } }]],
  ['insufficient_scope with several scopes', 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull repository:c/d:pull",error="insufficient_scope"',
    [{ scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:a/b:pull repository:c/d:pull', error: 'insufficient_scope' } }]],
  ['case and spacing', 'BEARER Realm = "https://x/token" , Service=reg', [{ scheme: 'bearer', params: { realm: 'https://x/token', service: 'reg' } }]],
  ['escapes in quoted strings', 'Bearer realm="https://x/t\\"o\\\\k",service="a,b"', [{ scheme: 'bearer', params: { realm: 'https://x/t"o\\k', service: 'a,b' } }]],
  ['token68', 'Negotiate YIIB==, Basic realm="x"', [{ scheme: 'negotiate', params: { token68: 'YIIB==' } }, { scheme: 'basic', params: { realm: 'x' } }]]
]

describe('parseChallenges', () => {
  it.each(REAL)('%s', (_name, header, expected) => {
    expect(parseChallenges(header)).toEqual(expected)
  })

  it('reads nothing from nothing', () => {
    expect(parseChallenges(undefined)).toEqual([])
    expect(parseChallenges('')).toEqual([])
  })

  it('survives garbage without looping', () => {
    expect(() => parseChallenges('=== ,,, "unterminated')).not.toThrow()
  })
})

describe('pickChallenge', () => {
  it('prefers Bearer with a realm over Basic', () => {
    expect(pickChallenge(parseChallenges(REAL[11]![1]))?.scheme).toBe('bearer')
  })

  it('falls back to Basic and ignores schemes it cannot answer', () => {
    expect(pickChallenge(parseChallenges('Negotiate abc, Basic realm="x"'))?.scheme).toBe('basic')
    expect(pickChallenge(parseChallenges('Negotiate abc'))).toBeUndefined()
    expect(pickChallenge(parseChallenges('Bearer service="no-realm"'))).toBeUndefined()
  })
})

describe('checkRealm', () => {
  const policy = (registry: string, withCredential = true) => ({
    registry,
    withCredential,
    allowsPlainHttp: (host: string) => isLoopbackHost(host) || host === 'insecure.example:5000'
  })

  // prettier-ignore
  it.each([
    ['an https realm elsewhere', 'https://auth.example/token', 'reg.example', 'https://auth.example/token'],
    ['a relative realm, resolved against the URL that answered', '/token', 'reg.example', 'https://reg.example/token'],
    ['plain HTTP to an insecure host', 'http://insecure.example:5000/token', 'insecure.example:5000', 'http://insecure.example:5000/token'],
    ['a loopback realm for a loopback registry', 'http://127.0.0.1:5001/token', '127.0.0.1:5000', 'http://127.0.0.1:5001/token'],
    ['IPv6 loopback for an IPv6 loopback registry', 'http://[::1]:5001/token', '[::1]:5000', 'http://[::1]:5001/token']
  ])('accepts %s', (_name, realm, registry, expected) => {
    expect(checkRealm(realm, `https://${registry}/v2/a/tags/list`, policy(registry))).toBe(expected)
  })

  it('accepts a plain-HTTP realm elsewhere when no credential goes there', () => {
    expect(
      checkRealm('http://auth.example/t', 'https://reg.example/v2/', policy('reg.example', false))
    ).toBe('http://auth.example/t')
  })

  // prettier-ignore
  it.each([
    ['ftp:', 'ftp://auth.example/token', /scheme 'ftp' is refused/],
    ['data:', 'data:text/plain,x', /scheme 'data' is refused/],
    ['plain HTTP with credentials', 'http://auth.example/token', /Refusing to send credentials over plain HTTP to auth\.example/],
    ['cloud metadata', 'https://169.254.169.254/token', /link-local address/],
    ['metadata as a decimal IPv4', 'https://2852039166/token', /169\.254\.169\.254.*link-local|link-local.*169\.254\.169\.254/],
    ['metadata as IPv4-mapped IPv6', 'https://[::ffff:169.254.169.254]/token', /link-local/],
    ['IPv6 link-local', 'https://[fe80::1]/token', /link-local/],
    ['loopback from a public registry', 'https://127.0.0.1:8080/token', /loopback address/],
    ['localhost from a public registry', 'https://localhost/token', /loopback address/]
  ])('refuses %s, naming the registry', (_name, realm, why) => {
    const check = () => checkRealm(realm, 'https://reg.example/v2/', policy('reg.example'))
    expect(check).toThrow(RealmRefusedError)
    expect(check).toThrow(why)
    expect(check).toThrow(/reg\.example/)
  })
})
