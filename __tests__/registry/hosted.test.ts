import { describe, expect, it } from '@jest/globals'
import { parseInputs } from '../../src/options.js'
import { isHostedRegistry } from '../../src/registry/hosted.js'
import { silentLogger } from '../../src/logger.js'
import { engineOptions } from '../../src/run-requests.js'

describe('isHostedRegistry', () => {
  // prettier-ignore
  it.each([
    'docker.io', 'registry-1.docker.io', 'ghcr.io', 'ghcr.io:443', 'GHCR.IO', 'quay.io', 'gcr.io', 'eu.gcr.io',
    'europe-docker.pkg.dev', '123456789012.dkr.ecr.us-east-1.amazonaws.com', 'public.ecr.aws',
    'myregistry.azurecr.io', 'registry.gitlab.com', 'mcr.microsoft.com', 'nvcr.io', 'registry.k8s.io'
  ])('%s is hosted', endpoint => expect(isHostedRegistry(endpoint)).toBe(true))

  // prettier-ignore
  it.each([
    'registry.example.com', 'localhost:5000', '127.0.0.1:5000', '[::1]:5000', 'ghcr.io.evil.example',
    'notghcr.io', 'pkg.dev.example', 'harbor.internal:8443'
  ])('%s is self-hosted', endpoint => expect(isHostedRegistry(endpoint)).toBe(false))
})

describe("engineOptions: 'insecure' with image: auto", () => {
  it('applies to the self-hosted registries the files name, never to a hosted one', () => {
    const options = parseInputs(
      name => ({ image: 'auto', 'update-files': '*', insecure: 'true' })[name] ?? ''
    )
    const named = ['ghcr.io:443', 'docker.io', 'registry.internal:5000', 'eu.gcr.io', '10.0.0.5']
    const engine = engineOptions(options, silentLogger, () => {}, {}, named)
    expect([...(engine.insecureHosts ?? [])]).toEqual(['registry.internal:5000', '10.0.0.5'])
  })
})
