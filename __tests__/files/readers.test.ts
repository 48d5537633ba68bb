/**
 * Each format's reader called directly (src/files/find.ts picks one by the
 * file's name): it reads its format whatever the file is called, and
 * reports its problems against the name it was given.
 */
import { describe, expect, it } from '@jest/globals'
import { findDockerfileReferences } from '../../src/files/dockerfile/find.js'
import { findHclReferences } from '../../src/files/hcl/find.js'
import { findDevcontainerReferences } from '../../src/files/jsonc/devcontainer.js'
import { findYamlReferences } from '../../src/files/yaml/find.js'
import type { FileScan } from '../../src/files/types.js'
import { summary } from './helpers.js'

type Reader = (file: string, text: string) => FileScan

/** Each reader, a file, and [line, reference] found (the line the rewrite edits: an ARG's default for `${PY}`). */
// prettier-ignore
const READERS: [string, Reader, string, [number, string][]][] = [
  ['Dockerfile', findDockerfileReferences, 'ARG PY=3.12\nFROM python:${PY}-slim AS build\nFROM gcr.io/distroless/base:nonroot\nCOPY --from=build /app /app\n', [[1, 'python:3.12-slim'], [3, 'gcr.io/distroless/base:nonroot']]],
  ['YAML', findYamlReferences, 'services:\n  db:\n    image: postgres:16.2\n  web:\n    image: "ghcr.io/acme/web:1.4.0"\n', [[3, 'postgres:16.2'], [5, 'ghcr.io/acme/web:1.4.0']]],
  ['HCL', findHclReferences, 'target "app" {\n  tags = ["registry.example.com/app:2.0.1"]\n}\nresource "docker_image" "x" {\n  name = "nginx:1.25.3"\n}\n', [[5, 'nginx:1.25.3']]],
  ['devcontainer.json', findDevcontainerReferences, '{\n  // dev image\n  "image": "mcr.microsoft.com/devcontainers/base:1-bookworm",\n}\n', [[3, 'mcr.microsoft.com/devcontainers/base:1-bookworm']]]
]

describe('format readers', () => {
  it.each(READERS)('%s: reads its format under any name', (_, read, text, lines) => {
    const scan = read('unusual-name.txt', text)
    expect(scan.file).toBe('unusual-name.txt')
    expect(scan.problem).toBeUndefined()
    expect(summary(scan.references).map(([line, written]) => [line, written])).toEqual(lines)
    for (const reference of scan.references) expect(reference.file).toBe('unusual-name.txt')
  })

  // prettier-ignore
  it.each([
    ['YAML', findYamlReferences, 'services: [a\n  image: b:1\n'],
    ['devcontainer.json', findDevcontainerReferences, '{ "image": "x:1", ]']
  ] as [string, Reader, string][])('%s: a file it cannot parse is a problem on the name given, and no reference', (_, read, text) => {
    const scan = read('broken.txt', text)
    expect(scan.references).toEqual([])
    expect(scan.problem?.file).toBe('broken.txt')
    expect(scan.problem?.line).toBeGreaterThanOrEqual(1)
  })
})
