/** Branch names: one safe path component after `registry-tags/`, whatever the image's name. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { branchName } from '../../../src/github/pulls/index.js'

// prettier-ignore
const NAMES: [string, string][] = [
  ['python', 'registry-tags/python'],
  ['all', 'registry-tags/all'],
  ['ghcr.io/o/app', 'registry-tags/ghcr.io-o-app'],
  ['127.0.0.1:5000/team/app', 'registry-tags/127.0.0.1-5000-team-app'],
  ['[::1]:5000/app', 'registry-tags/1-5000-app'],
  ['docker.elastic.co/elasticsearch/elasticsearch', 'registry-tags/docker.elastic.co-elasticsearch-elasticsearch'],
  ['Registry.Example.com/Team/App', 'registry-tags/registry.example.com-team-app'],
  ['a..b', 'registry-tags/a.b'],
  ['.hidden', 'registry-tags/hidden'],
  ['name.lock', 'registry-tags/name-lock'],
  ['trailing.', 'registry-tags/trailing'],
  ['x@{y}~^:?*[\\ z', 'registry-tags/x-y-z'],
  ['', 'registry-tags/image'],
  ['///', 'registry-tags/image']
]

describe('branchName', () => {
  it.each(NAMES)('%s → %s', (key, branch) => {
    expect(branchName(key)).toBe(branch)
  })

  it('cuts long keys and keeps them apart by a hash', () => {
    const long = `registry.example.com/${'team/'.repeat(40)}app`
    const other = `${long}2`
    expect(branchName(long)).toHaveLength('registry-tags/'.length + 100)
    expect(branchName(long)).toMatch(/^registry-tags\/registry\.example\.com-team-.*-[0-9a-f]{10}$/)
    expect(branchName(long)).not.toBe(branchName(other))
  })

  it('makes names git check-ref-format accepts', () => {
    const names = [...NAMES.map(([key]) => key), `x/${'y'.repeat(300)}`].map(branchName)
    for (const name of names) {
      expect(() =>
        execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'pipe' })
      ).not.toThrow()
    }
  })
})
