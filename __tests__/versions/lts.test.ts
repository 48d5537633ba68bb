/** The LTS rules: which images have lines (by the last path component), and which versions are on them. */
import { describe, expect, it } from '@jest/globals'
import { ltsLineFor } from '../../src/versions/lts.js'
import { isVersion, parseTag } from '../../src/versions/parse.js'
import type { Version } from '../../src/versions/parse.js'

const read = (tag: string): Version => {
  const v = parseTag(tag)
  if (!isVersion(v)) throw new Error(`${tag} is not a version`)
  return v
}

describe('ltsLineFor', () => {
  it.each([
    ['library/ubuntu', 'ubuntu'],
    ['mirror/hub/library/ubuntu', 'ubuntu'],
    ['library/node', 'node'],
    ['library/eclipse-temurin', 'eclipse-temurin'],
    ['corp/mirror/amazoncorretto', 'amazoncorretto'],
    ['library/ibm-semeru-runtimes', 'ibm-semeru-runtimes'],
    ['sapmachine', 'sapmachine'],
    ['library/openjdk', 'openjdk']
  ])('%s has the lines of %s', (repository, image) => {
    expect(ltsLineFor(repository)?.images).toContain(image)
  })

  it.each(['library/python', 'library/ubuntu-debootstrap', 'nodejs/node-builder', 'library/nodes'])(
    '%s has none',
    repository => expect(ltsLineFor(repository)).toBeUndefined()
  )
})

describe('the rules', () => {
  const is = (repository: string, tag: string) => ltsLineFor(repository)!.isLts(read(tag))

  it.each([
    ['22.04', true],
    ['24.04', true],
    ['26.04', true],
    ['14.04.5', true],
    ['22.10', false],
    ['23.04', false],
    ['25.10', false],
    ['26.10', false],
    ['jammy-20240808', false]
  ])('ubuntu %s: %s', (tag, lts) => expect(is('library/ubuntu', tag)).toBe(lts))

  it.each([
    ['22-alpine', true],
    ['24.8.0-bookworm-slim', true],
    ['26', true],
    ['23', false],
    ['25.1.0-alpine3.21', false],
    ['0.10', false],
    ['0.12.18', false]
  ])('node %s: %s', (tag, lts) => expect(is('library/node', tag)).toBe(lts))

  it.each([
    ['8u462-b08-jre', true],
    ['11.0.28_6-jdk', true],
    ['17-jre-jammy', true],
    ['21.0.8_9-jre', true],
    ['25.0.4_7-jre', true],
    ['29-jdk', true],
    ['33', true],
    ['7-jdk', false],
    ['9', false],
    ['22-jre', false],
    ['24.0.2_12-jdk', false],
    ['26-jre', false],
    ['27', false],
    ['31', false]
  ])('eclipse-temurin %s: %s', (tag, lts) => expect(is('library/eclipse-temurin', tag)).toBe(lts))
})
