/**
 * What a user meets when GitHub refuses: one message naming the permission,
 * the repository setting or the token to fix; secondary rate limits waited
 * out a bounded number of times; the token never sent in clear nor shown.
 */
import { describe, expect, it } from '@jest/globals'
import { ACTIONS_PR_MESSAGE, INTEGRATION_MESSAGE } from '../../../lab/github-git.mjs'
import { ActionError } from '../../../src/errors.js'
import type { PullFailure } from '../../../src/github/pulls/errors.js'
import type { GithubContext, PullRequestPlan } from '../../../src/github/pulls/index.js'
import { PullRequestError, publishPullRequest } from '../../../src/github/pulls/index.js'
import { Deadline, DeadlineError } from '../../../src/transport/deadline.js'
import { scriptedServer } from '../../helpers/servers.js'
import type { Lines, Stand } from './helpers.js'
import { TOKEN, contextFor, lines, pythonPlan, run, standIn, writesOf } from './helpers.js'

async function failure(
  api: Stand | { url: string },
  plan: PullRequestPlan = pythonPlan(),
  more: Parameters<typeof contextFor>[1] = {},
  log: Lines = lines()
): Promise<Error> {
  const error = await publishPullRequest(plan, contextFor(api, more), log).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(Error)
  expect(String((error as Error).message)).not.toContain(TOKEN)
  expect(log.text()).not.toContain(TOKEN)
  return error as Error
}

const workflowPlan: PullRequestPlan = {
  ...pythonPlan(),
  files: [{ path: '.github/workflows/ci.yml', content: 'jobs: {}\n' }]
}

type Mode = NonNullable<Parameters<typeof standIn>[0]>['mode']
const OPENING = [
  'POST /git/blobs',
  'POST /git/trees',
  'POST /git/commits',
  'POST /git/refs',
  'POST /pulls'
]

describe('publishPullRequest refusals', () => {
  it.each<[Mode, PullFailure, RegExp, string[]]>([
    [
      'no-contents-write',
      'denied',
      /answered 403 \(Resource not accessible by integration\)\. .*`permissions: contents: write`/,
      []
    ],
    [
      'no-pr-write',
      'denied',
      /open a pull request .*answered 403 .*`permissions: pull-requests: write`/,
      OPENING
    ],
    [
      'actions-pr-disabled',
      'actions-disabled',
      /not permitted to create or approve pull requests\)\. .*"Allow GitHub Actions to create and approve pull requests" \(repository Settings → Actions → General → Workflow permissions/,
      OPENING
    ]
  ])('mode %s: %s, one message naming the fix', async (mode, kind, message, writes) => {
    const api = await standIn({ mode })
    const before = api.requests.length
    const error = await failure(api)
    expect(error).toBeInstanceOf(PullRequestError)
    expect(error).toMatchObject({ kind, status: 403 })
    expect(error.message).toMatch(message)
    const made = writesOf(api.requests.slice(before))
    expect(mode === 'no-contents-write' ? made.slice(1) : made).toEqual(writes)
  })

  it('names the messages the stand-in answers with, as GitHub does', () => {
    expect(INTEGRATION_MESSAGE).toBe('Resource not accessible by integration')
    expect(ACTIONS_PR_MESSAGE).toBe(
      'GitHub Actions is not permitted to create or approve pull requests.'
    )
  })

  it('adds the workflow-file advice when the change touches .github/workflows', async () => {
    const api = await standIn({ mode: 'no-contents-write' })
    const error = await failure(api, workflowPlan)
    expect(error.message).toMatch(
      /contents: write.*GITHUB_TOKEN may never change: .*`workflow` scope/
    )
  })

  it.each<[string, Partial<GithubContext>, PullFailure, RegExp]>([
    [
      'a wrong token',
      { token: 'ghs_wrong' },
      'unauthorized',
      /read the repository in octo\/shop: GET \/repos\/octo\/shop answered 401 \(Bad credentials\)\. The token was refused/
    ],
    [
      'another repository',
      { repository: 'octo/nowhere' },
      'not-found',
      /Either octo\/nowhere does not exist at this GITHUB_API_URL, or the token cannot see it/
    ]
  ])('%s: %s', async (_, more, kind, message) => {
    const api = await standIn()
    const error = await failure(api, pythonPlan(), more)
    expect(error).toMatchObject({ kind })
    expect(error.message).toMatch(message)
    expect(writesOf(api.requests)).toEqual([])
  })

  it('waits out a secondary rate limit, saying so at info level', async () => {
    const api = await standIn({ mode: 'secondary-limit', limited: 1, retryAfter: '1' })
    const { outcome, log } = await run(api, pythonPlan())
    expect(outcome.action).toBe('opened')
    const infos = log.lines.filter(l => l.level === 'info').map(l => l.message)
    expect(infos[0]).toBe(
      "POST /repos/octo/shop/git/blobs answered 403: GitHub's secondary rate limit; retrying in 1 s (retry 1)"
    )
    expect(writesOf(api.requests).slice(0, 2)).toEqual(['POST /git/blobs', 'POST /git/blobs'])
  })

  it('gives up on a secondary rate limit after two waits', async () => {
    const api = await standIn({ mode: 'secondary-limit', limited: 10, retryAfter: '0' })
    const error = await failure(api)
    expect(error).toMatchObject({ kind: 'rate-limited', status: 403 })
    expect(error.message).toMatch(/secondary rate limit .*held through the waits this step allows/)
    expect(writesOf(api.requests)).toEqual([
      'POST /git/blobs',
      'POST /git/blobs',
      'POST /git/blobs'
    ])
  })

  it('does not wait longer than the step has left', async () => {
    const api = await standIn({ mode: 'secondary-limit', limited: 10, retryAfter: '30' })
    const started = Date.now()
    const error = await failure(api, pythonPlan(), { deadline: new Deadline(10_000) })
    expect(error).toMatchObject({ kind: 'rate-limited' })
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it.each([
    'http://github.example.com/api/v3',
    'ftp://127.0.0.1/api',
    'https://user:pass@github.example.com/api/v3',
    'not a url'
  ])('refuses GITHUB_API_URL %s before sending the token anywhere', async apiUrl => {
    const error = await failure({ url: apiUrl })
    expect(error).toBeInstanceOf(ActionError)
    expect(error.message).toMatch(/GITHUB_API_URL/)
    expect(error.message).not.toContain('pass')
  })

  it('fails a request that gets no answer within its timeout', async () => {
    const silent = await scriptedServer(() => undefined)
    try {
      const error = await failure(silent, pythonPlan(), { timeoutMs: 200 })
      expect(error).toMatchObject({ kind: 'unreachable' })
      expect(error.message).toMatch(
        /read the repository in octo\/shop: the GitHub API \(\/repos\/octo\/shop\) failed: no answer within 0\.2 s/
      )
    } finally {
      await silent.close()
    }
  })

  it('stops at the step deadline', async () => {
    const silent = await scriptedServer(() => undefined)
    try {
      const error = await failure(silent, pythonPlan(), { deadline: new Deadline(300) })
      expect(error).toBeInstanceOf(DeadlineError)
    } finally {
      await silent.close()
    }
  })

  it('does not wait for the hourly rate limit: it names the reset time', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1800
    const limited = await scriptedServer((_req, res) => {
      res.writeHead(403, {
        'content-type': 'application/json',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset)
      })
      res.end('{"message":"API rate limit exceeded for installation ID 1."}')
    })
    try {
      const error = await failure(limited)
      expect(error).toMatchObject({ kind: 'rate-limited', status: 403, temporary: true })
      expect(error.message).toContain(`it resets at ${new Date(reset * 1000).toISOString()}`)
      expect(limited.seen).toHaveLength(1)
    } finally {
      await limited.close()
    }
  })

  it('retries a read that failed with 502, then explains the 502 if it stays', async () => {
    const flaky = await scriptedServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'application/json' })
      res.end('{"message":"Server Error"}')
    })
    try {
      const error = await failure(flaky)
      expect(error).toMatchObject({ kind: 'server', status: 502 })
      expect(flaky.seen).toHaveLength(3)
    } finally {
      await flaky.close()
    }
  })
})
