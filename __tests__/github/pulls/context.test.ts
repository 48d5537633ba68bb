/** The run's environment to a GithubContext, and the base branch from GITHUB_REF. */
import { describe, expect, it } from '@jest/globals'
import { ActionError, UsageError } from '../../../src/errors.js'
import { apiBaseUrl, baseBranch } from '../../../src/github/pulls/context.js'
import { githubContextFrom } from '../../../src/github/pulls/index.js'

const ENV = { GITHUB_REPOSITORY: 'octo/shop', GITHUB_REF: 'refs/heads/main' }

describe('githubContextFrom', () => {
  it('reads the repository, ref and API URL, with api.github.com by default', () => {
    expect(githubContextFrom(ENV, ' ghs_abc ')).toEqual({
      apiUrl: 'https://api.github.com',
      repository: 'octo/shop',
      token: 'ghs_abc',
      ref: 'refs/heads/main'
    })
    const ghes = { ...ENV, GITHUB_API_URL: 'https://ghe.example.com/api/v3' }
    expect(githubContextFrom(ghes, 't').apiUrl).toBe('https://ghe.example.com/api/v3')
    expect(githubContextFrom({ GITHUB_REPOSITORY: 'octo/shop' }, 't')).not.toHaveProperty('ref')
  })

  it('names the input when the token is empty', () => {
    expect(() => githubContextFrom(ENV, '  ')).toThrow(UsageError)
    expect(() => githubContextFrom(ENV, '')).toThrow(
      /Input 'github-token': is empty.*contents: write.*pull-requests: write/
    )
  })

  // prettier-ignore
  it.each([
    [{}, /GITHUB_REPOSITORY is not set/],
    [{ GITHUB_REPOSITORY: 'shop' }, /GITHUB_REPOSITORY must be 'owner\/name' \(got 'shop'\)/],
    [{ GITHUB_REPOSITORY: 'octo/shop/x' }, /must be 'owner\/name'/],
    [{ GITHUB_REPOSITORY: 'octo/..' }, /must be 'owner\/name'/],
    [{ ...ENV, GITHUB_API_URL: 'http://ghe.example.com/api/v3' }, /must be an https URL .*travel in clear/],
    [{ ...ENV, GITHUB_API_URL: 'https://ghe.example.com/api/v3?x=1' }, /query or fragment/]
  ])('refuses %j', (env, message) => {
    expect(() => githubContextFrom(env, 't')).toThrow(ActionError)
    expect(() => githubContextFrom(env, 't')).toThrow(message)
  })
})

describe('apiBaseUrl', () => {
  // prettier-ignore
  it.each([
    ['https://api.github.com', 'https://api.github.com'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:8080/api/v3', 'http://127.0.0.1:8080/api/v3'],
    ['http://localhost:9', 'http://localhost:9'],
    ['http://[::1]:9/', 'http://[::1]:9']
  ])('%s → %s', (apiUrl, base) => {
    expect(apiBaseUrl({ apiUrl, repository: 'o/r', token: 't' })).toBe(base)
  })
})

describe('baseBranch', () => {
  // prettier-ignore
  it.each([
    ['refs/heads/main', 'main'],
    ['refs/heads/release/1.x', 'release/1.x'],
    ['refs/heads/registry-tags/python', 'trunk'],
    ['refs/pull/12/merge', 'trunk'],
    ['refs/tags/v1', 'trunk'],
    ['', 'trunk'],
    [undefined, 'trunk']
  ])('%s → %s', (ref, base) => {
    expect(baseBranch(ref, 'trunk')).toBe(base)
  })
})
