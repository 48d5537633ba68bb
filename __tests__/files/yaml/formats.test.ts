/**
 * YAML formats other than compose, Kubernetes, Helm values and workflows:
 * where each puts an image, and the traps beside them (a line that reads
 * like an image and is not one).
 */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { applyChanges } from '../../../src/files/rewrite.js'
import { summary } from '../helpers.js'

const found = (text: string, file = 'ci.yml') => summary(findReferences(file, text).references)

describe('YAML formats', () => {
  // prettier-ignore
  it.each([
    ['compose: a default that is the whole reference', 'services:\n  db:\n    image: ${DB_IMAGE:-mariadb:11.2.2}\n', [[3, 'mariadb:11.2.2', 'services.db.image']]],
    ['compose: a default that is the tag, `-` form', 'services:\n  c:\n    image: "varnish:${TAG-7.4.2}"\n', [[3, 'varnish:7.4.2', 'services.c.image']]],
    ['compose: a default registry', 'services:\n  p:\n    image: "${REGISTRY:-docker.io}/library/postgres:16.1"\n', [[3, 'docker.io/library/postgres:16.1', 'services.p.image']]],
    ['compose: build with pull_policy build is what compose builds', 'services:\n  b:\n    build: .\n    image: app:1.0\n    pull_policy: build\n', []],
    ['compose: build alone may still pull', 'services:\n  b:\n    build: .\n    image: app:1.0\n', [[4, 'app:1.0', 'services.b.image']]],
    ['GitLab: image as a map, services as strings and maps', 'image:\n  name: docker:24.0.7-cli\n  entrypoint: [""]\nservices:\n  - name: mariadb:11.2.2\n    alias: db\n  - cassandra:4.1.3\n', [[2, 'docker:24.0.7-cli', 'image.name'], [5, 'mariadb:11.2.2', 'services[0]'], [7, 'cassandra:4.1.3', 'services[1]']]],
    ['GitLab: a job’s services, and default:', 'default:\n  services: [redis:7.2]\ntest:\n  script: [make]\n  services:\n    - postgres:16.1\n', [[2, 'redis:7.2', 'default.services[0]'], [6, 'postgres:16.1', 'test.services[0]']]],
    ['GitLab: CI variables and a comment', 'lint:\n  image: $CI_REGISTRY_IMAGE/lint:$LINT_TAG\n  script: [x]\n  # image: maven:3.8\n  services: ["$CI_REGISTRY/db:$V"]\n', []],
    ['GitLab: services lists elsewhere are not images', 'config:\n  endpoints:\n    services: ["web:8080"]\n', []],
    ['Bitbucket: step image as a map, service definitions', 'image: gradle:8.5.0-jdk17\ndefinitions:\n  services:\n    db:\n      image: mariadb:10.11.6\npipelines:\n  default:\n    - step:\n        services: [db]\n        image:\n          name: amazoncorretto:17.0.9\n          run-as-user: 1000\n', [[1, 'gradle:8.5.0-jdk17', 'image'], [5, 'mariadb:10.11.6', 'definitions.services.db.image'], [11, 'amazoncorretto:17.0.9', 'pipelines.default[0].step.image.name']]],
    ['CircleCI: docker images, not the machine image', 'jobs:\n  build:\n    docker:\n      - image: cimg/openjdk:21.0.1\n      - image: cassandra:4.1.3\n  vm:\n    machine:\n      image: ubuntu-2204:2023.10.1\norbs:\n  gradle: circleci/gradle@3.0.0\n', [[4, 'cimg/openjdk:21.0.1', 'jobs.build.docker[0].image'], [5, 'cassandra:4.1.3', 'jobs.build.docker[1].image']]],
    ['Drone: a service’s name is a label', 'steps:\n  - name: test\n    image: elixir:1.15.7-alpine\nservices:\n  - name: broker:1\n    image: nats:2.10.7\n', [[3, 'elixir:1.15.7-alpine', 'steps[test].image'], [6, 'nats:2.10.7', 'services[0].image']]],
    ['Azure: resources, a job container by image, not by alias; no vmImage', 'resources:\n  containers:\n    - container: corretto\n      image: amazoncorretto:21.0.1\npool:\n  vmImage: ubuntu-22.04\njobs:\n  - job: a\n    container: corretto\n  - job: b\n    container: perl:5.38.2-slim\n', [[4, 'amazoncorretto:21.0.1', 'resources.containers[0].image'], [11, 'perl:5.38.2-slim', 'jobs[1].container']]],
    ['Azure: a job in a stage', 'stages:\n  - stage: s\n    jobs:\n      - job: j\n        container: node:20.10\n', [[5, 'node:20.10', 'stages[0].jobs[0].container']]],
    ['Cloud Build: step names, not pushed images', "steps:\n  - name: maven:3.9.6\n    entrypoint: mvn\n  - name: gcr.io/cloud-builders/docker\n    args: ['build', '-t', 'gcr.io/$PROJECT_ID/app:1.0', '.']\nimages:\n  - 'gcr.io/p/app:1.0'\n", [[2, 'maven:3.9.6', 'steps[0]']]],
    ['Buildkite steps named like an image are not Cloud Build steps', 'steps:\n  - name: test:unit\n    command: make test\n  - label: lint:ci\n    plugins: []\n', []],
    ['a Helm-like image map with a name and a tag is not GitLab’s', 'image:\n  name: nginx:1.25\n  tag: "1.25"\n', []],
    ['Cloud Build rule is for top-level steps only', 'jobs:\n  a:\n    steps:\n      - name: lint:ci\n        run: make\n', []],
    ['Woodpecker: steps as a map', 'steps:\n  build:\n    image: erlang:26.2.1\n  name:\n    image: x\n', [[3, 'erlang:26.2.1', 'steps.build.image']]],
    ['Tekton: steps and sidecars, not parameters', 'spec:\n  params:\n    - name: img\n      value: gradle:8.5\n  steps:\n    - name: b\n      image: $(params.img)\n  sidecars:\n    - name: db\n      image: mariadb:11.2.2\n', [[10, 'mariadb:11.2.2', 'spec.sidecars[db].image']]],
    ['kustomize: name + newTag, newName + newTag; no tag, no reference', 'images:\n  - name: tomcat\n    newTag: 10.1.17-jre21\n  - name: web\n    newName: jetty\n    newTag: "12.0.5"\n  - name: proxy\n    newName: caddy\n  - name: v\n    digest: sha256:' + 'a'.repeat(64) + '\n', [[3, 'tomcat:10.1.17-jre21', 'kustomize images[0]'], [6, 'jetty:12.0.5', 'kustomize images[1]']]],
    ['kustomize: a configMapGenerator literal is data', 'configMapGenerator:\n  - name: env\n    literals:\n      - IMAGE=busybox:1.35\n', []],
    ['Argo CD: helm parameters, valuesObject, kustomize images', 'spec:\n  source:\n    helm:\n      parameters:\n        - name: image.repository\n          value: tomcat\n        - name: image.tag\n          value: 10.1.17\n        - name: proxy.image\n          value: caddy:2.7.6\n      valuesObject:\n        db: {image: {repository: mariadb, tag: "11.2"}}\n    kustomize:\n      images:\n        - kong:3.5.0\n        - old=ghcr.io/o/new:1.2.0\n', [[8, 'tomcat:10.1.17', 'helm parameters spec.source.helm.parameters[1] image.tag'], [10, 'caddy:2.7.6', 'helm parameters spec.source.helm.parameters[2] proxy.image'], [12, 'mariadb:11.2', 'helm values spec.source.helm.valuesObject.db.image'], [15, 'kong:3.5.0', 'spec.source.kustomize.images[0]'], [16, 'ghcr.io/o/new:1.2.0', 'spec.source.kustomize.images[1]']]],
    ['helm parameters: a tag alone, or a templated repository', 'helm:\n  parameters:\n    - {name: image.tag, value: "1.0"}\n    - {name: db.repository, value: "{{ .r }}"}\n    - {name: db.tag, value: "2.0"}\n', []],
    ['helmfile: set and inline values; a chart version is no tag', 'releases:\n  - name: web\n    chart: bitnami/nginx\n    version: 15.4.4\n    set:\n      - name: image.registry\n        value: docker.io\n      - name: image.repository\n        value: bitnami/nginx\n      - name: image.tag\n        value: 1.25.3\n    values:\n      - image: {repository: wordpress, tag: 6.4.2}\n', [[11, 'docker.io/bitnami/nginx:1.25.3', 'helm parameters releases[web].set[2] image.tag'], [13, 'wordpress:6.4.2', 'helm values releases[web].values[0].image']]]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })

  it('rewrites only the default of an interpolation, the template stays', () => {
    const text =
      'services:\n  a:\n    image: ${A:-mariadb:11.2.2}\n  b:\n    image: "caddy:${V:-2.7.6}-alpine"\n'
    const changes = findReferences('compose.yaml', text).references.map((reference, i) => ({
      reference,
      tag: ['11.2.3', '2.7.7-alpine'][i] as string,
      digest: `sha256:${'b'.repeat(64)}`
    }))
    expect(applyChanges(text, changes)).toBe(
      `services:\n  a:\n    image: \${A:-mariadb:11.2.3@sha256:${'b'.repeat(64)}}\n  b:\n    image: "caddy:\${V:-2.7.7}-alpine@sha256:${'b'.repeat(64)}"\n`
    )
  })

  it('kustomize: the tag in newTag, the digest in digest: or a new line under newTag (CRLF kept)', () => {
    const digest = `sha256:${'d'.repeat(64)}`
    const text = `images:\r\n  - name: tomcat\r\n    newTag: 10.1.17 # pinned\r\n  - name: jetty\r\n    newTag: 12.0.5\r\n    digest: sha256:${'a'.repeat(64)}\r\n  - {name: kong, newTag: 3.5.0}\r\n`
    const references = findReferences('kustomization.yaml', text).references
    expect(references.map(r => r.line)).toEqual([3, 5, 7])
    const changes = references.map(reference => ({
      reference,
      tag: `${reference.image.tag}1`,
      digest
    }))
    expect(applyChanges(text, changes)).toBe(
      `images:\r\n  - name: tomcat\r\n    newTag: 10.1.171 # pinned\r\n    digest: ${digest}\r\n  - name: jetty\r\n    newTag: 12.0.51\r\n    digest: ${digest}\r\n  - {name: kong, newTag: 3.5.01}\r\n`
    )
  })
})
