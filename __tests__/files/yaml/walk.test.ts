/**
 * Walking YAML maps with their paths: compose anchors and merge keys,
 * Kubernetes containers labelled by name, GitLab hidden jobs, and the alias
 * bomb that must stay linear.
 */
import { describe, expect, it } from '@jest/globals'
import { isScalar, parseDocument } from 'yaml'
import { Walker } from '../../../src/files/yaml/walk.js'

/** Every map reached: its path, priority and the `image` it holds (if any). */
function walk(text: string): string[] {
  const doc = parseDocument(text)
  const seen: string[] = []
  const walker = new Walker(doc, (path, entries, priority) => {
    const image = entries.find(e => e.key === 'image')?.value
    if (isScalar(image)) seen.push(`${path.join('.')} ${priority} ${String(image.value)}`)
  })
  walker.walk(doc.contents)
  return seen
}

const COMPOSE = `x-base: &base
  image: python:3.12-slim
  restart: always
services:
  api:
    <<: *base
    command: serve
  worker:
    <<: *base
    image: python:3.12-alpine
  web:
    image: nginx:1.27
`

const K8S = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/o/app:1.0
      containers:
        - name: app
          image: ghcr.io/o/app:1.0
        - image: busybox:1.37
`

const GITLAB = `.build:
  image: docker:27
build:
  extends: .build
  script: [docker build .]
test:
  image:
    name: python:3.12
`

// prettier-ignore
const DOCUMENTS: [string, string, string[]][] = [
  ['compose anchors and merge keys', COMPOSE, [
    'x-base 0 python:3.12-slim',
    'services.api 1 python:3.12-slim',
    'services.worker 1 python:3.12-alpine',
    'services.web 1 nginx:1.27'
  ]],
  ['Kubernetes containers by name', K8S, [
    'spec.template.spec.initContainers.[migrate] 1 ghcr.io/o/app:1.0',
    'spec.template.spec.containers.[app] 1 ghcr.io/o/app:1.0',
    'spec.template.spec.containers.[1] 1 busybox:1.37'
  ]],
  ['GitLab hidden jobs at priority 0', GITLAB, ['.build 0 docker:27']]
]

describe('Walker', () => {
  it.each(DOCUMENTS)('%s', (_name, text, expected) => {
    expect(walk(text)).toEqual(expected)
  })

  it('walks an alias bomb in linear time', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`)
    }
    const text = `${levels.join('\n')}\nservices:\n  app:\n    image: nginx:1.27\n    env: *l\n`
    const started = Date.now()
    expect(walk(text)).toEqual(['services.app 1 nginx:1.27'])
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
