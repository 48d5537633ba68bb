/** Which strings found in files are image references worth updating: a tag or a digest, nothing else. */
import { describe, expect, it } from '@jest/globals'
import { parseImage } from '../../src/files/parse-image.js'

// prettier-ignore
const WRITTEN: [string, string | undefined][] = [
  ['python:3.12-slim', 'docker.io/library/python:3.12-slim'],
  ['ghcr.io/octo-org/app:v1.2.3', 'ghcr.io/octo-org/app:v1.2.3'],
  ['127.0.0.1:5000/team/app:1.0', '127.0.0.1:5000/team/app:1.0'],
  ['nginx@sha256:0a4d1c1d8f5b8b8e9e1c6e2b0f3a6c1e9e9d1c0b2a3f4e5d6c7b8a9f0e1d2c3b', 'docker.io/library/nginx@sha256:0a4d1c1d8f5b8b8e9e1c6e2b0f3a6c1e9e9d1c0b2a3f4e5d6c7b8a9f0e1d2c3b'],
  // Nothing to update without a tag or digest.
  ['python', undefined],
  ['ghcr.io/octo-org/app', undefined],
  // Not references: text around them, variables, URLs, bad names.
  [' python:3.12', undefined],
  ['python:3.12 AS build', undefined],
  ['${BASE_IMAGE}:3.12', undefined],
  ['https://example.com/app:1.0', undefined],
  ['Python:3.12', undefined],
  ['', undefined]
]

describe('parseImage', () => {
  it.each(WRITTEN)('%j → %s', (written, expected) => {
    const image = parseImage(written)
    const named =
      image &&
      `${image.registry}/${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`
    expect(named).toBe(expected)
  })
})
