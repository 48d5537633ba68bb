/** A YAML scalar read as an image reference: from its start, after `docker://`, or after Argo CD's `=`. */
import { describe, expect, it } from '@jest/globals'
import type { Node } from 'yaml'
import { parseDocument } from 'yaml'
import { scalarReference } from '../../../src/files/yaml/reference-scalar.js'

/** The value of the document's `v:` key, read as scalarReference reads it. */
function read(value: string, options?: { scheme?: boolean; afterEquals?: boolean }) {
  const text = `v: ${value}\n`
  const node = parseDocument(text).get('v', true) as Node | null
  const found = scalarReference(node, text, options)
  return (
    found && {
      written: found.written,
      tag: found.image.tag,
      span: text.slice(found.edit.tag.span.start, found.edit.tag.span.end)
    }
  )
}

describe('scalarReference', () => {
  // prettier-ignore
  it.each([
    ['python:3.12-slim', undefined, { written: 'python:3.12-slim', tag: '3.12-slim', span: '3.12-slim' }],
    ['"ghcr.io/acme/api:1.4.0"', undefined, { written: 'ghcr.io/acme/api:1.4.0', tag: '1.4.0', span: '1.4.0' }],
    ["'redis:7.2'", undefined, { written: 'redis:7.2', tag: '7.2', span: '7.2' }],
    ['postgres:${PG_TAG:-16.2}', undefined, { written: 'postgres:16.2', tag: '16.2', span: '16.2' }],
    ['postgres:${PG_TAG:-latest}', undefined, undefined],
    ['postgres:${PG_TAG}', undefined, undefined],
    ['"{{ .Values.image }}:1.0"', undefined, undefined],
    ['3.12', undefined, undefined],
    ['docker://alpine:3.19', { scheme: true }, { written: 'alpine:3.19', tag: '3.19', span: '3.19' }],
    ['docker://alpine:3.19', undefined, undefined],
    ['alpine:3.19', { scheme: true }, undefined],
    ['nginx=registry.example.com/nginx:1.25.3', { afterEquals: true }, { written: 'registry.example.com/nginx:1.25.3', tag: '1.25.3', span: '1.25.3' }],
    ['"multi\\nline:1"', undefined, undefined]
  ])('%s with %j', (value, options, out) => {
    expect(read(value, options)).toEqual(out)
  })
})
