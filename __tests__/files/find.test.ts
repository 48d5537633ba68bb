import { describe, expect, it } from '@jest/globals'
import { fileKind, findReferences } from '../../src/files/find.js'
import { fixture, summary } from './helpers.js'

const D = (c: string) => `sha256:${c.repeat(64)}`

describe('findReferences over real files', () => {
  // prettier-ignore
  const cases: [string, [number, string, string][]][] = [
    ['api.Dockerfile', [
      [1, 'docker/dockerfile:1.7', '# syntax='],
      [4, 'python:3.12-slim-bookworm', 'FROM (stage build) via ARG BASE_IMAGE'],
      [5, 'node:20.11-alpine3.19', 'FROM (stage assets) via ARG NODE_IMAGE'],
      [8, 'golang:1.22.5', 'FROM (stages tools, lint) via ARG GO_IMAGE'],
      [33, 'ghcr.io/astral-sh/uv:0.4.18', 'COPY --from (stage build)'],
      [45, `gcr.io/distroless/python3-debian12:nonroot@${D('e')}`, 'FROM (stage final)']
    ]],
    ['windows.Dockerfile', [
      [2, 'mcr.microsoft.com/windows/servercore:ltsc2022', 'FROM (stage base) via ARG WINDOWS_TAG'],
      [9, 'mcr.microsoft.com/dotnet/sdk:8.0.204-windowsservercore-ltsc2022', 'FROM (stage sdk)']
    ]],
    ['tags.Dockerfile', [
      [2, 'python:3.12-slim', 'FROM (stage slim) via ARG PY'],
      [2, 'python:3.12', 'FROM (stage plain) via ARG PY'],
      [5, 'docker.io/library/debian:bookworm-20240513', 'FROM (stage 2) via ARG DEBIAN'],
      [11, 'alpine:3.19', 'FROM (stage fallback) via ARG ALPINE_VERSION'],
      [12, `redis:7.2@${D('b')}`, 'FROM (stage 5)'],
      [13, 'nginx:1.25.4-alpine', 'FROM (stage quoted)'],
      [15, `docker.io/library/python@${D('c')}`, 'FROM (stage pinned)']
    ]],
    ['k8s.crlf.yaml.fixture', [
      [16, 'ghcr.io/acme/api:v1.4.2', 'spec.template.spec.initContainers[migrate].image'],
      [20, 'ghcr.io/acme/api:v1.4.2', 'spec.template.spec.containers[app].image'],
      [23, 'envoyproxy/envoy:v1.30.1', 'spec.template.spec.containers[proxy].image'],
      [45, `docker.io/library/python:3.12.4-slim@${D('d')}`, 'spec.jobTemplate.spec.template.spec.containers[report].image'],
      [48, 'busybox:1.36', 'spec.jobTemplate.spec.template.spec.ephemeralContainers[debug].image'],
      [65, 'alpine:3.19.1', 'items[0].spec.containers[shell].image']
    ]],
    ['compose.yml.fixture', [
      [4, 'python:3.12-slim', 'services.web.image'],
      [9, 'postgres:16.2-alpine', 'services.db.image'],
      [26, 'redis:7.2.4', 'services.cache.image'],
      [28, 'docker.io/library/nginx:1.25', 'services.proxy.image'],
      [31, 'docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'services.search.image'],
      [37, 'rabbitmq:3.13-management', 'services.queue.image']
    ]],
    ['values.yaml.fixture', [
      [8, 'docker.io/bitnami/postgresql:16.2.0-debian-12-r6', 'helm values image'],
      [16, 'quay.io/prometheuscommunity/postgres-exporter:v0.15.0', 'helm values metrics.image'],
      [22, `redis:7.2@${D('f')}`, 'helm values redis.image'],
      [26, 'ghcr.io/acme/worker:2.3.1', 'helm values worker.image']
    ]],
    ['ci.yml.fixture', [
      [10, 'node:20.12-bookworm', 'jobs.test.container'],
      [13, 'postgres:16.2', 'jobs.test.services.db.image'],
      [18, 'redis:7.2.4-alpine', 'jobs.test.services.cache'],
      [22, 'hadolint/hadolint:v2.12.0', 'jobs.test.steps[1].uses: docker://'],
      [25, 'ghcr.io/acme/tools:1.0.0', 'jobs.test.steps[2].uses: docker://'],
      [33, 'mcr.microsoft.com/playwright:v1.43.0-jammy', 'jobs.e2e.container.image']
    ]],
    ['not-images.yaml.fixture', []],
    ['README.md.fixture', []]
  ]

  it.each(cases)('%s', (name, references) => {
    const { file, text } = fixture(name)
    const scan = findReferences(file, text)
    expect(scan.problem).toBeUndefined()
    expect(summary(scan.references)).toEqual(references)
    for (const reference of scan.references) expect(reference.file).toBe(file)
  })

  it('normalises what it finds (python, docker.io/python and docker.io/library/python are one image)', () => {
    const { file, text } = fixture('compose.yml.fixture')
    const images = findReferences(file, text).references.map(reference => reference.image)
    expect(images[0]).toEqual({
      registry: 'docker.io',
      endpoint: 'registry-1.docker.io',
      repository: 'library/python',
      tag: '3.12-slim'
    })
    expect(images[3]).toMatchObject({
      registry: 'docker.io',
      repository: 'library/nginx',
      tag: '1.25'
    })
  })

  it('gives the column where the reference starts, or where its tag is written', () => {
    const columns = (name: string) => {
      const { file, text } = fixture(name)
      return findReferences(file, text).references.map(reference => [
        reference.line,
        reference.column
      ])
    }
    expect(columns('api.Dockerfile')).toEqual([
      [1, 10],
      [4, 20],
      [5, 17],
      [8, 14],
      [33, 13],
      [45, 6]
    ])
    expect(columns('k8s.crlf.yaml.fixture')[0]).toEqual([16, 19])
    expect(columns('values.yaml.fixture')[3]).toEqual([26, 50])
  })

  // prettier-ignore
  it.each([
    ['broken.yaml.fixture', 6, /^not valid YAML: All mapping items must start at the same column/],
    ['unterminated.Dockerfile', 2, /^unterminated heredoc <<SCRIPT/]
  ])('reports %s as a problem with its line and finds nothing in it', (name, line, message) => {
    const { file, text } = fixture(name)
    const scan = findReferences(file, text)
    expect(scan.references).toEqual([])
    expect(scan.problem).toEqual({ file, line, message: expect.stringMatching(message) })
  })
})

describe('fileKind', () => {
  // prettier-ignore
  it.each([
    ['Dockerfile', 'dockerfile'], ['build/Containerfile', 'dockerfile'], ['api.Dockerfile', 'dockerfile'],
    ['docker/web.dockerfile', 'dockerfile'], ['Dockerfile.dev', 'dockerfile'], ['app.containerfile', 'dockerfile'],
    ['compose.yaml', 'yaml'], ['.github/workflows/ci.yml', 'yaml'], ['chart/values.YAML', 'yaml'],
    ['.devcontainer/devcontainer.json', 'devcontainer'], ['.devcontainer.json', 'devcontainer'], ['package.json', 'other'],
    ['systemd/db.container', 'quadlet'], ['metrics.image', 'quadlet'], ['orders.build', 'other'],
    ['infra/main.tf', 'hcl'], ['docker-bake.hcl', 'hcl'], ['a.tfvars', 'other'],
    ['README.md', 'other'], ['dockerfile-notes.txt', 'other'], ['Dockerfiles/readme', 'other'], ['yml', 'other']
  ])('%s is %s', (file, kind) => {
    expect(fileKind(file)).toBe(kind)
  })

  it('finds nothing in files of other kinds, whatever they hold', () => {
    expect(findReferences('notes.txt', 'FROM python:3.12\nimage: nginx:1.25\n')).toEqual({
      file: 'notes.txt',
      references: []
    })
  })
})
