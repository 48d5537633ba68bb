import { describe, expect, it } from '@jest/globals'
import { RewriteError } from '../../src/files/errors.js'
import { findReferences } from '../../src/files/find.js'
import type { ReferenceChange } from '../../src/files/rewrite.js'
import { applyChanges } from '../../src/files/rewrite.js'
import type { FoundReference } from '../../src/files/types.js'
import { plainScalarText } from '../../src/files/yaml/scalars.js'
import { editSpans, expectOnlySpansChanged, expected, fixture } from './helpers.js'

const D = (c: string) => `sha256:${c.repeat(64)}`

/** The new tag (and digest) for each reference, by what is written. */
type Plan = Record<string, [string, string?]>

// prettier-ignore
const PLANS: [string, Plan][] = [
  ['api.Dockerfile', {
    'docker/dockerfile:1.7': ['1.7'],
    'python:3.12-slim-bookworm': ['3.13-slim-bookworm'],
    'node:20.11-alpine3.19': ['22.4-alpine3.20'],
    'golang:1.22.5': ['1.23.0', D('1')],
    'ghcr.io/astral-sh/uv:0.4.18': ['0.5.1'],
    [`gcr.io/distroless/python3-debian12:nonroot@${D('e')}`]: ['nonroot', D('2')]
  }],
  ['windows.Dockerfile', {
    'mcr.microsoft.com/windows/servercore:ltsc2022': ['ltsc2025'],
    'mcr.microsoft.com/dotnet/sdk:8.0.204-windowsservercore-ltsc2022': ['8.0.300-windowsservercore-ltsc2022', D('3')]
  }],
  ['tags.Dockerfile', {
    'python:3.12-slim': ['3.13-slim'],
    'python:3.12': ['3.13', D('4')],
    'docker.io/library/debian:bookworm-20240513': ['bookworm-20240612', D('5')],
    'alpine:3.19': ['3.20'],
    [`redis:7.2@${D('b')}`]: ['7.4'],
    'nginx:1.25.4-alpine': ['1.27.0-alpine', D('6')],
    [`docker.io/library/python@${D('c')}`]: ['3.13.0', D('7')]
  }],
  ['k8s.crlf.yaml.fixture', {
    'ghcr.io/acme/api:v1.4.2': ['v1.5.0'],
    'envoyproxy/envoy:v1.30.1': ['v1.31.0', D('8')],
    [`docker.io/library/python:3.12.4-slim@${D('d')}`]: ['3.12.5-slim', D('9')],
    'busybox:1.36': ['1.37'],
    'alpine:3.19.1': ['3.20.0']
  }],
  ['compose.yml.fixture', {
    'python:3.12-slim': ['3.13-slim'],
    'postgres:16.2-alpine': ['16.3-alpine', D('a')],
    'redis:7.2.4': ['7.4.0'],
    'docker.io/library/nginx:1.25': ['1.27'],
    'docker.elastic.co/elasticsearch/elasticsearch:8.13.0': ['8.14.1'],
    'rabbitmq:3.13-management': ['4.0-management']
  }],
  ['values.yaml.fixture', {
    'docker.io/bitnami/postgresql:16.2.0-debian-12-r6': ['16.3.0-debian-12-r10', D('b')],
    'quay.io/prometheuscommunity/postgres-exporter:v0.15.0': ['v0.16.0', D('c')],
    [`redis:7.2@${D('f')}`]: ['7.10'],
    'ghcr.io/acme/worker:2.3.1': ['2.4.0']
  }],
  ['ci.yml.fixture', {
    'node:20.12-bookworm': ['22.4-bookworm'],
    'postgres:16.2': ['16.3'],
    'redis:7.2.4-alpine': ['7.4.0-alpine'],
    'hadolint/hadolint:v2.12.0': ['v2.13.0'],
    'ghcr.io/acme/tools:1.0.0': ['1.1.0', D('d')],
    'mcr.microsoft.com/playwright:v1.43.0-jammy': ['v1.45.0-jammy']
  }]
]

function changesFor(references: readonly FoundReference[], plan: Plan): ReferenceChange[] {
  return references.map(reference => {
    const [tag, digest] = plan[reference.written] ?? []
    if (!tag) throw new Error(`no plan for ${reference.written}`)
    return { reference, tag, ...(digest && { digest }) }
  })
}

describe('applyChanges over real files', () => {
  it.each(PLANS)('%s: the expected bytes, only the edited spans changed', (name, plan) => {
    const { file, text } = fixture(name)
    const { references } = findReferences(file, text)
    const after = applyChanges(text, changesFor(references, plan))
    expect(after).toBe(expected(name))
    expectOnlySpansChanged(text, after, editSpans(references))
    expect(after.split('\r\n').length).toBe(text.split('\r\n').length)
    expect(after.startsWith('\ufeff')).toBe(text.startsWith('\ufeff'))
  })

  it.each(PLANS)(
    '%s: a second scan finds the new references, and rewriting them again changes nothing',
    (name, plan) => {
      const { file, text } = fixture(name)
      const before = findReferences(file, text).references
      const after = applyChanges(text, changesFor(before, plan))
      const again = findReferences(file, after).references
      const wanted = before.map(reference => {
        const [tag, digest] = plan[reference.written] ?? []
        // A Helm map without a digest key has nowhere to write one.
        return [reference.context, tag, reference.edit.digest ? digest : undefined]
      })
      expect(
        again.map(reference => [reference.context, reference.image.tag, reference.image.digest])
      ).toEqual(wanted)
      const same = again.map(reference => ({
        reference,
        tag: reference.image.tag as string,
        digest: reference.image.digest
      }))
      expect(applyChanges(after, same)).toBe(after)
    }
  )
})

describe('applyChanges, one reference at a time', () => {
  const one = (file: string, text: string) => {
    const [reference] = findReferences(file, text).references
    if (!reference) throw new Error('no reference')
    return reference
  }

  // prettier-ignore
  it.each([
    ['adds a tag and keeps the name as written', 'Dockerfile', `FROM docker.io/python@${D('a')}\n`, '3.13', D('b'), `FROM docker.io/python:3.13@${D('b')}\n`],
    ['removes a digest when none is given', 'Dockerfile', `FROM python:3.12@${D('a')} AS b\n`, '3.13', undefined, 'FROM python:3.13 AS b\n'],
    ['keeps a tag and pins it', 'k.yaml', 'image: "python:3.12"  # pinned\n', '3.12', D('c'), `image: "python:3.12@${D('c')}"  # pinned\n`],
    ['keeps the v prefix the ARG leaves out', 'Dockerfile', 'ARG V=1.4.2\nFROM ghcr.io/a/b:v${V}\n', 'v1.5.0', undefined, 'ARG V=1.5.0\nFROM ghcr.io/a/b:v${V}\n'],
    ['edits an ARG default inside FROM', 'Dockerfile', 'FROM alpine:${A:-3.19}\n', '3.20', D('d'), `FROM alpine:\${A:-3.20}@${D('d')}\n`],
    ['pins an image that comes whole from an ARG inside the ARG', 'Dockerfile', "ARG B='node:20' X=1\nFROM $B\n", '22', D('e'), `ARG B='node:22@${D('e')}' X=1\nFROM $B\n`],
    ['Helm: quotes a tag that plain would read as another number', 'values.yaml', 'image: {repository: redis, tag: 7.2}\n', '7.10', undefined, 'image: {repository: redis, tag: "7.10"}\n'],
    ['Helm: a plain tag stays plain when it reads back as written', 'values.yaml', 'image:\n  repository: redis\n  tag: 7.2 # x\n', '7.4', undefined, 'image:\n  repository: redis\n  tag: 7.4 # x\n'],
    ['Helm: empties a plain digest as ""', 'values.yaml', `image: {repository: r, tag: "1", digest: ${D('a')}}\n`, '2', undefined, 'image: {repository: r, tag: "2", digest: ""}\n'],
    ["Helm: fills a single-quoted empty digest", 'values.yaml', "image: {repository: r, tag: '1', digest: ''}\n", '2', D('f'), `image: {repository: r, tag: '2', digest: '${D('f')}'}\n`]
  ])('%s', (_, file, text, tag, digest, output) => {
    const reference = one(file, text)
    expect(applyChanges(text, [{ reference, tag, ...(digest && { digest }) }])).toBe(output)
  })

  it('makes one edit for two changes of one place that agree', () => {
    const text = 'ARG PY=3.12\nFROM python:${PY}-slim\nFROM python:${PY}\n'
    const references = findReferences('Dockerfile', text).references
    const changes = [
      { reference: references[0] as FoundReference, tag: '3.13-slim' },
      { reference: references[1] as FoundReference, tag: '3.13' }
    ]
    expect(applyChanges(text, changes)).toBe(
      'ARG PY=3.13\nFROM python:${PY}-slim\nFROM python:${PY}\n'
    )
    expect(applyChanges(text, [changes[0], changes[0]] as ReferenceChange[])).toBe(
      applyChanges(text, [changes[0]] as ReferenceChange[])
    )
  })

  it('refuses two changes of one place that disagree', () => {
    const text = 'ARG PY=3.12\nFROM python:${PY}-slim\nFROM python:${PY}\n'
    const [slim, plain] = findReferences('Dockerfile', text).references as FoundReference[]
    const changes = [
      { reference: slim as FoundReference, tag: '3.13-slim' },
      { reference: plain as FoundReference, tag: '3.12.4' }
    ]
    expect(() => applyChanges(text, changes)).toThrow(RewriteError)
    expect(() => applyChanges(text, changes)).toThrow(
      /^Dockerfile:1: two updates disagree about one place .*'3.13' and '3.12.4'/
    )
  })

  it('refuses a tag that does not fit how the file spells it', () => {
    const text = 'ARG PY=3.12\nFROM python:${PY}-slim\n'
    const reference = one('Dockerfile', text)
    expect(() => applyChanges(text, [{ reference, tag: '3.13-alpine' }])).toThrow(
      /cannot write tag '3.13-alpine' for python:3.12-slim/
    )
    expect(() => applyChanges(text, [{ reference, tag: '-slim' }])).toThrow(RewriteError)
  })

  it('refuses when the file changed since the scan, and names where', () => {
    const text = 'services:\n  web:\n    image: nginx:1.25\n'
    const reference = one('compose.yaml', text)
    const changed = text.replace('1.25', '1.26')
    expect(() => applyChanges(changed, [{ reference, tag: '1.27' }])).toThrow(
      /^compose.yaml:3: the file changed since it was read: '1.25' is now '1.26'/
    )
    const shifted = `# a new first line\n${text}`
    expect(() => applyChanges(shifted, [{ reference, tag: '1.27' }])).toThrow(RewriteError)
  })

  // prettier-ignore
  it.each([
    ['a tag with a space', { tag: '1 2' }, /'1 2' is not a valid tag/],
    ['a tag with a quote', { tag: '1"' }, /not a valid tag/],
    ['an empty tag', { tag: '' }, /not a valid tag/],
    ['a short digest', { tag: '1', digest: 'sha256:abc' }, /is not a digest/],
    ['an uppercase digest', { tag: '1', digest: `sha256:${'A'.repeat(64)}` }, /is not a digest/],
    ['a digest with a newline', { tag: '1', digest: `${D('a')}\n` }, /is not a digest/]
  ])('refuses %s', (_, change, message) => {
    const text = 'image: nginx:1.25\n'
    const reference = one('k.yaml', text)
    expect(() => applyChanges(text, [{ reference, ...change }])).toThrow(message)
  })

  it('changes nothing without changes', () => {
    expect(applyChanges('\ufeffFROM a:1\r\n', [])).toBe('\ufeffFROM a:1\r\n')
  })
})

describe('plainScalarText', () => {
  // prettier-ignore
  it.each([
    ['7', '7'], ['7.4', '7.4'], ['3.13', '3.13'], ['123456', '123456'], ['v1.2', 'v1.2'], ['16.2.0-debian-12-r6', '16.2.0-debian-12-r6'],
    ['latest', 'latest'], [D('a'), D('a')],
    ['3.10', '"3.10"'], ['1.0', '"1.0"'], ['20240101', '"20240101"'], ['010', '"010"'], ['1e3', '"1e3"'], ['0x1F', '"0x1F"'],
    ['true', '"true"'], ['no', '"no"'], ['on', '"on"'], ['null', '"null"'], ['~', '"~"'], ['', '""'], ['.5', '".5"']
  ])('%s is written %s', (value, written) => {
    expect(plainScalarText(value)).toBe(written)
  })
})
