/** Terraform and docker buildx bake files: where an image is named, and the traps beside them. */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { literalStrings } from '../../../src/files/hcl/parse.js'
import { applyChanges } from '../../../src/files/rewrite.js'
import { summary } from '../helpers.js'

const found = (text: string, file = 'main.tf') => summary(findReferences(file, text).references)

const DEPLOYMENT = `resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
    labels = {
      app = "web"
    }
  }
  spec {
    replicas = 2
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        init_container {
          name  = "migrate"
          image = "ghcr.io/acme/migrate:1.4.0"
        }
        container {
          name              = "web"
          image             = "nginx:1.25.3" // pinned
          image_pull_policy = "IfNotPresent"
          port {
            container_port = 80
          }
          env {
            name  = "IMAGE"
            value = "busybox:1.36"
          }
        }
      }
    }
  }
}
`

describe('Terraform', () => {
  // prettier-ignore
  it.each([
    ['docker_image name, docker_container image', 'resource "docker_image" "caddy" {\n  name = "caddy:2.7.6-alpine"\n}\nresource "docker_container" "b" {\n  name  = "broker"\n  image = "nats:2.10.7"\n}\n', [[2, 'caddy:2.7.6-alpine', 'docker_image.caddy name'], [6, 'nats:2.10.7', 'docker_container.b image']]],
    ['a kubernetes deployment: init and main containers, not env values', DEPLOYMENT, [[17, 'ghcr.io/acme/migrate:1.4.0', 'kubernetes_deployment_v1.web init_container image'], [21, 'nginx:1.25.3', 'kubernetes_deployment_v1.web container image']]],
    ['Cloud Run containers, a docker_service container_spec', 'resource "google_cloud_run_v2_service" "s" {\n  template {\n    containers {\n      image = "us-docker.pkg.dev/cloudrun/container/hello:1.0"\n    }\n  }\n}\nresource "docker_service" "x" {\n  task_spec {\n    container_spec {\n      image = "redis:7.2.4"\n    }\n  }\n}\n', [[4, 'us-docker.pkg.dev/cloudrun/container/hello:1.0', 'google_cloud_run_v2_service.s containers image'], [11, 'redis:7.2.4', 'docker_service.x container_spec image']]],
    ['references, interpolation, comments, variables, heredocs', 'variable "tag" {\n  default = "nats:2.10"\n}\nresource "docker_container" "a" {\n  image = docker_image.caddy.image_id\n  # image = "nats:2.9"\n  /* image = "nats:2.8" */\n}\nresource "docker_container" "b" {\n  image = "ghcr.io/o/app:${var.tag}"\n}\nresource "docker_container" "c" {\n  image = "nats:2.10" == var.x ? "a:1" : "b:2"\n  labels = <<EOT\n  image = "nats:2.7"\nEOT\n}\n', []],
    ['a string escape is not read as written', 'resource "docker_container" "a" {\n  image = "nats:2.10\\u0030"\n}\n', []],
    ['image outside a container block or a docker resource', 'resource "aws_instance" "vm" {\n  image = "ubuntu:22.04"\n}\nlocals {\n  container { image = "nats:2.10" }\n}\n', []],
    ['one-line blocks and attributes after a map', 'resource "docker_container" "a" { image = "nats:2.10.7" }\nresource "kubernetes_pod" "p" {\n  spec {\n    container {\n      env = { A = "x" }\n      image = "redis:7.2"\n    }\n  }\n}\n', [[1, 'nats:2.10.7', 'docker_container.a image'], [6, 'redis:7.2', 'kubernetes_pod.p container image']]]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })

  it('stops reading a hostile nesting instead of overflowing the stack', () => {
    const deep = `resource "kubernetes_pod" "p" {\n${'a {\n'.repeat(5000)}container { image = "nats:2.10" }\n${'}\n'.repeat(5000)}}\n`
    const started = Date.now()
    expect(() => literalStrings(deep)).not.toThrow()
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

const BAKE = `variable "VERSION" {
  default = "dev"
}

group "default" {
  targets = ["api"]
}

target "api" {
  context    = "."
  dockerfile = "Containerfile"
  contexts = {
    debian = "docker-image://debian:bookworm-20231218-slim"
    src    = "target:src"
    jdk    = "docker-image://amazoncorretto:21.0.1"
  }
  args = {
    BUILDER_IMAGE = "gradle:8.5.0-jdk21"
    GRADLE_OPTS   = "-Xmx1g:2"
    BASE          = "docker-image://alpine:3.19"
  }
  tags      = ["ghcr.io/o/api:\${VERSION}", "ghcr.io/o/api:2.4.0"]
  platforms = ["linux/amd64", "linux/arm64"]
}
`

describe('docker buildx bake', () => {
  it('reads docker-image:// contexts and image args, not tags, other contexts or other args', () => {
    expect(found(BAKE, 'docker-bake.hcl')).toEqual([
      [13, 'debian:bookworm-20231218-slim', 'target api contexts.debian'],
      [15, 'amazoncorretto:21.0.1', 'target api contexts.jdk'],
      [18, 'gradle:8.5.0-jdk21', 'target api args.BUILDER_IMAGE']
    ])
  })

  it('rewrites the tag and pins the digest inside the string', () => {
    const digest = `sha256:${'e'.repeat(64)}`
    const references = findReferences('docker-bake.hcl', BAKE).references
    const changes = references.map(reference => ({
      reference,
      tag: `${reference.image.tag}0`,
      digest
    }))
    const after = applyChanges(BAKE, changes)
    expect(after.split('\n')[12]).toBe(
      `    debian = "docker-image://debian:bookworm-20231218-slim0@${digest}"`
    )
    expect(after.split('\n')[21]).toBe(BAKE.split('\n')[21])
  })
})
