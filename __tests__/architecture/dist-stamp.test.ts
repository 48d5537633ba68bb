/**
 * The stamp that keeps the end-to-end tests off a stale dist/: its hash
 * changes with any file's content or name under what it covers.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hashOf } from '../../scripts/dist-stamp.mjs'

const DIR = '.tmp/dist-stamp-test'
const put = (name: string, text: string) => writeFileSync(join(DIR, name), text)

afterAll(() => rmSync(DIR, { recursive: true, force: true }))

describe('hashOf', () => {
  it('changes when a file changes, is added or is renamed, and only then', () => {
    rmSync(DIR, { recursive: true, force: true })
    mkdirSync(join(DIR, 'sub'), { recursive: true })
    put('index.ts', "export const a = 'a'\n")
    put('sub/b.ts', 'export const b = 1\n')
    const hashes = [hashOf([DIR])]
    hashes.push(hashOf([DIR]))
    put('sub/b.ts', 'export const b = 2\n')
    hashes.push(hashOf([DIR]))
    put('sub/c.ts', '')
    hashes.push(hashOf([DIR]))
    renameSync(join(DIR, 'sub/c.ts'), join(DIR, 'sub/d.ts'))
    hashes.push(hashOf([DIR]))
    expect(hashes[1]).toBe(hashes[0])
    expect(new Set(hashes.slice(1)).size).toBe(4)
  })

  it('tells a file from its neighbour: moving bytes between files changes it', () => {
    rmSync(DIR, { recursive: true, force: true })
    mkdirSync(DIR, { recursive: true })
    put('a', 'xy')
    put('b', 'z')
    const before = hashOf([DIR])
    put('a', 'x')
    put('b', 'yz')
    expect(hashOf([DIR])).not.toBe(before)
  })
})
