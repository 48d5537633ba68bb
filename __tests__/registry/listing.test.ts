/** Which names a source of repositories may send: distribution's repository path grammar. */
import { describe, expect, it } from '@jest/globals'
import { isRepositoryPath } from '../../src/registry/listing.js'

// prettier-ignore
const NAMES: [string, boolean][] = [
  ['library/python', true],
  ['gitlab/gitlab-ce', true],
  ['octo-org/app', true],
  ['team/sub/app', true],
  ['a__b/c.d', true],
  ['linuxserver/radarr', true],
  ['bitnami/postgresql-repmgr', true],
  ['Library/Python', false],
  ['team//app', false],
  ['-app', false],
  ['app-', false],
  ['team/app/', false],
  ['team/app:latest', false],
  ['../etc/passwd', false],
  ['team/app\u0000', false],
  ['team/\u001b[31mred', false],
  ['', false],
  [`${'a/'.repeat(126)}abc`, true],
  [`${'a/'.repeat(126)}abcd`, false]
]

describe('isRepositoryPath', () => {
  it.each(NAMES)('%j → %s', (name, ok) => {
    expect(isRepositoryPath(name)).toBe(ok)
  })
})
