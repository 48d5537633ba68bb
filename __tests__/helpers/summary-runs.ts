/**
 * Update runs made by hand for the tests of what a person sees (job
 * summaries, pull-request bodies, the scan table): images as repositories
 * write them, long paths, an image used in many files, one that fails.
 */
import { createHash } from 'node:crypto'
import type { FoundReference } from '../../src/files/types.js'
import { parseReference } from '../../src/reference.js'
import type { ImageCheck, ReferenceResult, ReferenceUpdate } from '../../src/update/types.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import type { Version } from '../../src/versions/parse.js'
import { found } from './references.js'

export const digestOf = (text: string): string =>
  `sha256:${createHash('sha256').update(text).digest('hex')}`

const version = (tag: string): Version | undefined => {
  const parsed = parseTag(tag)
  return isVersion(parsed) ? parsed : undefined
}

/** [image as written, current tag, new tag, update type, places]. */
type Line = [string, string, string, ReferenceUpdate | '', string[]]

const DEEP = 'services/payments/ledger-reconciliation/deploy/kubernetes/overlays/production'

/** 23 images in 31 references; the new tags are what those repositories publish. */
// prettier-ignore
export const MANY: readonly Line[] = [
  ['python', '3.12-slim', '3.13-slim', 'minor', ['Dockerfile', 'tools/lint/Dockerfile', 'docs/Dockerfile', 'jobs/nightly/Dockerfile', 'jobs/weekly/Dockerfile']],
  ['node', '20.11.1-alpine3.19', '22.12.0-alpine3.21', 'major', ['web/frontend/Dockerfile']],
  ['redis', '7.2.4-alpine', '7.4.1-alpine', 'minor', ['compose.yaml']],
  ['postgres', '16.2-bookworm', '17.2-bookworm', 'major', ['compose.yaml', `${DEEP}/database-statefulset.yaml`]],
  ['nginx', '1.25.4-alpine-slim', '1.27.3-alpine-slim', 'minor', ['web/edge/Dockerfile']],
  ['gradle', '8.10-alpine', '8.12-alpine', 'minor', ['build/ci/Dockerfile.gradle']],
  ['eclipse-temurin', '21.0.2_13-jre-jammy', '21.0.5_11-jre-jammy', 'patch', [`${DEEP}/ledger-deployment.yaml`]],
  ['mcr.microsoft.com/dotnet/aspnet', '8.0.2-bookworm-slim', '8.0.11-bookworm-slim', 'patch', ['services/billing/Dockerfile']],
  ['quay.io/prometheus/prometheus', 'v2.50.1', 'v2.55.1', 'minor', ['monitoring/prometheus/statefulset.yaml']],
  ['grafana/grafana', '10.3.3-ubuntu', '11.4.0-ubuntu', 'major', ['monitoring/grafana/deployment.yaml']],
  ['bitnami/kafka', '3.6.1-debian-12-r12', '3.9.0-debian-12-r4', 'minor', ['streaming/kafka/values.yaml']],
  ['ghcr.io/acme-platform/observability/opentelemetry-collector-contrib', '0.96.0', '0.115.1', 'minor', ['monitoring/otel/daemonset.yaml']],
  ['123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments/ledger-service', '2024.02.1', '2024.11.3', 'minor', [`${DEEP}/ledger-deployment.yaml`]],
  ['mongo', '7.0.5-jammy', '8.0.4-jammy', 'major', ['services/catalog/compose.yaml']],
  ['rabbitmq', '3.12.12-management-alpine', '4.0.5-management-alpine', 'major', ['messaging/rabbitmq.yaml']],
  ['docker.elastic.co/elasticsearch/elasticsearch', '8.12.2', '8.17.0', 'minor', ['search/elasticsearch/statefulset.yaml']],
  ['mysql', '8.3.0-oraclelinux8', '8.4.3-oraclelinux8', 'minor', ['legacy/compose.yaml']],
  ['traefik', 'v2.11.0', 'v3.2.3', 'major', ['ingress/traefik/deployment.yaml']],
  ['haproxy', '2.9.6-alpine', '3.1.1-alpine', 'major', ['ingress/haproxy/Dockerfile']],
  ['alpine', '3.21', '3.21', '', ['tools/Dockerfile']],
  ['debian', 'bookworm-slim', 'bookworm-slim', 'digest', ['base/Dockerfile']],
  ['busybox', '1.37.0-glibc', '1.37.0-glibc', '', ['tools/busybox/Dockerfile']]
]

const FAILED_IMAGE = 'registry.internal.example.com/platform/hardened-base-images/java-runtime'

export const FAILED_MESSAGE =
  `Could not list the tags of platform/hardened-base-images/java-runtime on registry.internal.example.com: ` +
  `the registry answered 404 NAME_UNKNOWN (repository name not known to registry) for ` +
  `GET https://registry.internal.example.com/v2/platform/hardened-base-images/java-runtime/tags/list?n=1000.\n` +
  `Check the image name, or that the credentials for registry.internal.example.com may read it.`

function result(ref: FoundReference, line: Line): ReferenceResult {
  const [, current, tag, update] = line
  const currentVersion = version(current)
  const chosenVersion = update && update !== 'digest' ? version(tag) : undefined
  return {
    reference: ref,
    current,
    tag,
    digest: digestOf(`${line[0]}:${tag}`),
    newer: update && update !== 'digest' ? [tag] : [],
    ...(update && { update }),
    ...(currentVersion && { currentVersion }),
    ...(chosenVersion && { chosenVersion })
  }
}

function checkOf(line: Line, lineNumber: number): ImageCheck {
  const [image, current, , , files] = line
  const refs = files.map((file, i) => found(file, lineNumber + i * 7, `${image}:${current}`))
  const group = { key: image, image: parseReference(image), references: refs }
  return { group, results: refs.map(ref => result(ref, line)), log: [] }
}

/** The run: every line checked, then one image that could not be. */
export function manyImageChecks(failure: Error): ImageCheck[] {
  const checks = MANY.map((line, i) => checkOf(line, 1 + (i % 5) * 12))
  const refs = [
    found('services/payments/ledger-reconciliation/Dockerfile', 1, `${FAILED_IMAGE}:1.4.2`),
    found(`${DEEP}/reconciliation-cronjob.yaml`, 31, `${FAILED_IMAGE}:1.4.2`)
  ]
  const failed: ImageCheck = {
    group: { key: FAILED_IMAGE, image: parseReference(FAILED_IMAGE), references: refs },
    results: refs.map(reference => ({
      reference,
      current: '1.4.2',
      tag: '1.4.2',
      digest: '',
      newer: [],
      error: failure.message
    })),
    error: failure,
    log: []
  }
  return [...checks.slice(0, 9), failed, ...checks.slice(9)]
}

export { FAILED_IMAGE }
