import { describe, expect, it } from '@jest/globals'
import { parseChallenges, pickChallenge } from '../../src/transport/challenge.js'

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
