/** Images a Dockerfile names outside FROM: the `# syntax=` frontend and `RUN --mount=…,from=`. */
import { describe, expect, it } from '@jest/globals'
import { mountSources, syntaxFrontend } from '../../../src/files/dockerfile/extra.js'
import { locatedAt } from '../../../src/files/located.js'

describe('syntaxFrontend', () => {
  // prettier-ignore
  it.each([
    ['# syntax=docker/dockerfile:1.7\nFROM alpine:3.19\n', 'docker/dockerfile:1.7'],
    ['#syntax = docker/dockerfile:1\n', 'docker/dockerfile:1'],
    ['# escape=`\n# syntax=docker/dockerfile:1.6\nFROM x\n', 'docker/dockerfile:1.6'],
    ['\uFEFF# SYNTAX=docker/dockerfile:1.4\r\n', 'docker/dockerfile:1.4'],
    ['# check=skip=all\n  # syntax=example.com/frontend:2\n', 'example.com/frontend:2'],
    ['FROM alpine:3.19\n# syntax=docker/dockerfile:1\n', undefined],
    ['# a comment\n# syntax=docker/dockerfile:1\n', undefined],
    ['', undefined]
  ])('in %j is %j', (text, frontend) => {
    const found = syntaxFrontend(text)
    expect(found?.text).toBe(frontend)
    if (found) expect(text.slice(found.at[0], (found.at.at(-1) ?? 0) + 1)).toBe(frontend)
  })
})

describe('mountSources', () => {
  /** Each source with its offset, the arguments starting at offset 10 of the file. */
  const sources = (args: string) =>
    mountSources(locatedAt(args, 10), '\\').map(s => [s.text, s.at[0]])
  /** Where `from=<image>` puts the image, written out by hand. */
  const at = (args: string, image: string) => 10 + args.indexOf(`from=${image}`) + 'from='.length

  // prettier-ignore
  it.each([
    ['--mount=type=bind,from=debian:12,target=/d cp /d/x /x', ['debian:12']],
    ['--mount=from=golang:1.22,source=/go --mount=type=cache,target=/c make', ['golang:1.22']],
    ['--mount=type=cache,from=build,target=/c make', ['build']],
    ['--mount=type=bind,from=$BASE echo', []],
    ['--mount=type=bind,"from=x:1" echo', []],
    ['--mount=type=bind,from= echo', []],
    ['echo --mount=type=bind,from=x:1', []],
    ['--network=none --mount=type=bind,from=alpine:3.19 true', ['alpine:3.19']]
  ])('RUN %s', (args, images) => {
    expect(sources(args)).toEqual(images.map(image => [image, at(args, image)]))
  })
})
