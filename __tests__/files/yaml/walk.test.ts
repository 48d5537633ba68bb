/**
 * Walking YAML maps with their paths: compose anchors and merge keys,
 * Kubernetes containers labelled by name, GitLab hidden jobs, and the alias
 * bomb that must stay linear.
 */
import { describe, expect, it } from '@jest/globals'
import { isScalar, parseDocument, visit } from 'yaml'
import type { Alias } from 'yaml'
import { aliasTargets } from '../../../src/files/yaml/anchors.js'
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

const REDEFINED = `one: &a {image: nginx:1.26}
two: *a
x-other: &a {image: nginx:1.27}
three: *a
`

const MERGE_LIST = `x-a: &a {image: app:1, port: 80}
x-b: &b {image: app:2}
svc:
  <<: [*a, *b]
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
  ['GitLab hidden jobs at priority 0', GITLAB, ['.build 0 docker:27']],
  ['an anchor redefined: each alias is the last one before it (each map once per priority)', REDEFINED, [
    'one 1 nginx:1.26',
    'x-other 0 nginx:1.27',
    'three 1 nginx:1.27'
  ]],
  ['merge keys from a list of aliases, the first one winning', MERGE_LIST, [
    'x-a 0 app:1',
    'x-b 0 app:2',
    'svc 1 app:1'
  ]],
  ['an alias before its anchor stands for nothing', ['x: *late', 'y: &late {image: app:1}', 'z: *late'].join('\n'), [
    'y 1 app:1'
  ]]
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

// prettier-ignore
const ALIAS_SHAPES: [string, string][] = [
  ['redefined anchors', 'a: &x 1\nb: *x\nc: &x 2\nd: *x\ne: [&x 3, *x]\n'],
  ['anchors on keys and aliases as keys', '? &k key\n: v\n*k : w2\nm: {&j j: *k, *j : 1}\n'],
  ['an anchor around its own alias', 'a: &r [1, *r]\nb: *r\n'],
  ['an alias before its anchor', 'a: *z\nb: &z 1\n'],
  ['merge keys', 'base: &b {image: a}\nsvc:\n  <<: *b\n  other: &b {image: c}\nlast: *b\n']
]

describe('aliasTargets', () => {
  it.each(ALIAS_SHAPES)('resolves %s as the yaml package does', (_name, text) => {
    const doc = parseDocument(text, { uniqueKeys: false })
    const targets = aliasTargets(doc)
    const aliases: Alias[] = []
    visit(doc, { Alias: (_key, node) => void aliases.push(node) })
    expect(aliases.length).toBeGreaterThan(0)
    for (const alias of aliases) expect(targets.get(alias)).toBe(alias.resolve(doc))
  })

  // The package resolves each alias by visiting the whole document: 20,000 took minutes.
  it('resolves 20,000 aliases of one anchor (a walk that used to take minutes)', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: *a`)
    const text = `a: &a {image: app:1}\n${keys.join('\n')}\n`
    const seen = walk(text)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBe('a 1 app:1')
  })
})
