/**
 * What the action's cold start parses: the main chunk of the committed
 * bundle holds no Octokit and no regular-expression engine; they sit in
 * chunks that load only on the paths that use them (ghcr.io owners, inputs
 * with a pattern). Structural, so it can fail without timing anything.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DIST_DIR } from '../helpers/action.js'

const main = readFileSync(join(DIST_DIR, 'index.js'), 'utf8')
const chunks = readdirSync(DIST_DIR).filter(f => /^\d+\.index\.js$/.test(f))
const inChunk = (marker: string): boolean =>
  chunks.some(f => readFileSync(join(DIST_DIR, f), 'utf8').includes(marker))

describe('the action bundle', () => {
  it.each([
    ['Octokit', 'class Octokit'],
    ['re2js', 'class RE2JS']
  ])('loads %s only on the paths that use it', (_name, marker) => {
    expect(main).not.toContain(marker)
    expect(inChunk(marker)).toBe(true)
  })
})
