import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { summary } from '../helpers.js'

const scan = (text: string, file = 'compose.yaml') => findReferences(file, text)
const found = (text: string) => summary(scan(text).references)

describe('YAML references', () => {
  // prettier-ignore
  it.each([
    ['an anchored scalar is one reference', 'a: {image: &i python:3.12}\nb: {image: *i}\nc: [{image: *i}]\n', [[1, 'python:3.12', 'a.image']]],
    ['merge keys, in a list too', 'x-a: &a {image: node:20}\nx-b: &b {restart: always}\nservices:\n  web:\n    <<: [*b, *a]\n', [[1, 'node:20', 'services.web.image']]],
    ['an own key wins over a merged one', 'x-a: &a {image: node:20}\nservices:\n  web:\n    <<: *a\n    image: node:22\n', [[1, 'node:20', 'x-a.image'], [5, 'node:22', 'services.web.image']]],
    ['GitLab CI, hidden jobs too', 'image: ruby:3.3\n.base: &base\n  image: node:20-alpine\ntest:\n  <<: *base\n', [[1, 'ruby:3.3', 'image'], [3, 'node:20-alpine', 'test.image']]],
    ['an action’s docker:// image', 'runs:\n  using: docker\n  image: docker://alpine:3.19\n', [[3, 'alpine:3.19', 'runs.image: docker://']]],
    ['a workflow’s services in flow style', 'jobs:\n  t:\n    services: {db: "postgres:16", c: {image: redis:7}}\n', [[3, 'postgres:16', 'jobs.t.services.db'], [3, 'redis:7', 'jobs.t.services.c.image']]],
    ['container only under jobs', 'container: node:20\nx:\n  container: node:20\n', []],
    ['sequence items by index without a short name', 'spec:\n  containers:\n    - image: nginx:1.25\n    - name: a b\n      image: nginx:1.26\n', [[3, 'nginx:1.25', 'spec.containers[0].image'], [5, 'nginx:1.26', 'spec.containers[1].image']]],
    ['a BOM', '\ufeffimage: python:3.12\n', [[1, 'python:3.12', 'image']]],
    ['a tag at the document start', '--- !shop\nimage: python:3.12\n...\n---\nimage: node:20\n', [[2, 'python:3.12', 'image'], [5, 'node:20', 'image']]],
    ['empty documents and comments only', '# nothing\n---\n---\n', []],
    ['an empty file', '', []]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })

  // prettier-ignore
  it.each([
    ['a number', 'image: 1.5\n'], ['null', 'image:\n'], ['a list', 'image: [python:3.12]\n'],
    ['a block scalar', 'image: |-\n  python:3.12\n'], ['a folded block scalar', 'image: >\n  python:3.12\n'],
    ['a multi-line plain scalar', 'image: ghcr.io/acme/app:1.0\n  -next\n'],
    ['a multi-line quoted scalar', 'image: "ghcr.io/acme/app:1.0\n  x"\n'],
    ['an escape in double quotes', 'image: "python:3\\u002e12"\n'],
    ['a doubled quote in single quotes', "image: 'python:3.12'''\n"],
    ['interpolation without a default', 'image: "python:${PY}"\nb: {image: "${R}/app:1.0"}\n'],
    ['a required variable', 'image: "${IMAGE:?set IMAGE}"\nb: {image: "python:${PY:?}"}\n'],
    ['an alternative value', 'image: "python:${PY:+3.12}"\n'],
    ['a default without a version', 'image: "python:${PY:-latest}"\n'],
    ['a nested default', 'image: "${A:-${B:-python:3.12}}"\n'],
    ['a $$ escape', 'image: "python:$$3.12"\n'],
    ['Tekton parameters', 'image: $(params.image)\n'],
    ['a CircleCI parameter', 'image: cimg/node:<< parameters.v >>\nb: {image: "cimg/node:<<pipeline.x>>"}\n'],
    ['a workflow expression', 'image: ${{ matrix.image }}\n'],
    ['a Helm template', 'image: "{{ .Values.image }}:1.0"\n'],
    ['a key that is not image', 'images: python:3.12\nbaseImage: python:3.12\n'],
    ['an image with spaces', 'image: "python:3.12 "\n'],
    ['a path', 'image: assets/logo.png\n'],
    ['a URL', 'image: https://example.com/a.png\n'],
    ['docker:// outside uses and image', 'with:\n  ref: docker://alpine:3.19\n']
  ])('not a reference: %s', (_, text) => {
    expect(found(text)).toEqual([])
  })

  it('follows aliases without exploding (a billion laughs)', () => {
    const levels = ['a: &a [{image: python:3.12}, {image: python:3.12}]']
    for (let i = 1; i < 30; i++) {
      levels.push(
        `l${i}: &l${i} [*${i === 1 ? 'a' : `l${i - 1}`}, *${i === 1 ? 'a' : `l${i - 1}`}]`
      )
    }
    const started = Date.now()
    expect(found(`${levels.join('\n')}\n`)).toEqual([
      [1, 'python:3.12', 'a[0].image'],
      [1, 'python:3.12', 'a[1].image']
    ])
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('Helm values', () => {
  // prettier-ignore
  it.each([
    ['a number-looking tag is read as written', 'image:\n  repository: redis\n  tag: 7.10\n', [[3, 'redis:7.10', 'helm values image']]],
    ['a registry', 'image: {registry: quay.io, repository: org/app, tag: v1}\n', [[1, 'quay.io/org/app:v1', 'helm values image']]],
    ['merged defaults', 'x: &d {repository: nginx, pullPolicy: Always}\nimage:\n  <<: *d\n  tag: "1.25"\n', [[4, 'nginx:1.25', 'helm values image']]],
    ['no tag key', 'image: {repository: nginx}\n', []],
    ['an empty tag', 'image: {repository: nginx, tag: ""}\n', []],
    ['a null or boolean tag', 'a: {image: {repository: nginx, tag: ~}}\nb: {image: {repository: nginx, tag: true}}\n', []],
    ['a digest in the tag', `image: {repository: nginx, tag: "1.25@sha256:${'a'.repeat(64)}"}\n`, []],
    ['a templated repository', 'image: {repository: "{{ .Values.r }}", tag: "1"}\n', []],
    ['a name that is no repository', 'image: {repository: Nginx, tag: "1"}\n', []]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })

  it('writes the tag and digest in their own scalars; a null digest is nowhere to write', () => {
    const text = 'image:\n  repository: nginx\n  tag: 1.25\n  digest:\n'
    const [reference] = scan(text, 'values.yaml').references
    expect(reference?.edit).toEqual({
      tag: {
        span: { start: 34, end: 38 },
        found: '1.25',
        before: '',
        after: '',
        colon: false,
        plainYaml: true
      }
    })
  })
})

describe('YAML problems', () => {
  // prettier-ignore
  it.each([
    ['a Helm template', 'spec:\n  {{- if .Values.x }}\n  image: nginx:1.25\n  {{- end }}\n'],
    ['a Jinja template', 'services:\n{% for s in x %}\n  {{ s }}:\n    image: nginx:1.25\n{% endfor %}\n']
  ])('a template that is YAML only once rendered is no problem and no reference: %s', (_, text) => {
    expect(scan(text)).toEqual({ file: 'compose.yaml', references: [] })
  })

  // prettier-ignore
  it.each([
    ['duplicate keys', 'services:\n  web:\n    image: nginx:1.25\n    image: nginx:1.26\n', 4, /Map keys must be unique/],
    ['a bad second document', 'image: nginx:1.25\n---\nfoo: [1\nbar: 2\n', 4, /not valid YAML/],
    ['a tab indent', 'services:\n\tweb: {}\n', 2, /not valid YAML/]
  ])('%s', (_, text, line, message) => {
    const result = scan(text)
    expect(result.references).toEqual([])
    expect(result.problem).toEqual({ file: 'compose.yaml', line, message: expect.stringMatching(message) })
  })
})
