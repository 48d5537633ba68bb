/**
 * Registries run by a hosting company, which always serve verified TLS.
 * With `image: auto`, `insecure` never applies to them: a repository's files
 * name the registries, and a fork could otherwise send a token for
 * ghcr.io in clear, or to a forged certificate (issue 17).
 */

/** Hosts, and the domains whose every subdomain is one (`*.pkg.dev`). */
const HOSTS = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com',
  'ghcr.io',
  'docker.pkg.github.com',
  'quay.io',
  'gcr.io',
  'registry.gitlab.com',
  'mcr.microsoft.com',
  'public.ecr.aws',
  'nvcr.io',
  'registry.k8s.io',
  'docker.elastic.co',
  'cgr.dev',
  'registry.redhat.io',
  'registry.access.redhat.com',
  'registry.digitalocean.com',
  'container-registry.oracle.com'
])
const DOMAINS = [
  'gcr.io',
  'pkg.dev',
  'amazonaws.com',
  'amazonaws.com.cn',
  'azurecr.io',
  'azurecr.cn',
  'azurecr.us',
  'ocir.io',
  'icr.io',
  'jfrog.io',
  'docker.io',
  'quay.io',
  'ghcr.io',
  'gitlab.com',
  'github.com',
  'githubusercontent.com'
]

/** The host of `host[:port]`, lowercase, without a trailing dot. */
function hostOf(endpoint: string): string {
  const host = endpoint.startsWith('[') ? endpoint : endpoint.replace(/:\d*$/, '')
  return host.toLowerCase().replace(/\.$/, '')
}

/** True for a hosted registry (`ghcr.io`, `ghcr.io:443`, `eu.gcr.io`, `x.dkr.ecr.us-east-1.amazonaws.com`). */
export function isHostedRegistry(endpoint: string): boolean {
  const host = hostOf(endpoint)
  return HOSTS.has(host) || DOMAINS.some(domain => host.endsWith(`.${domain}`))
}
