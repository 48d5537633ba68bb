/** GitHub's answers to one message each: a table of real status, headers and bodies. */
import { describe, expect, it } from '@jest/globals'
import type { ApiAnswer } from '../../../src/github/errors.js'
import type { Facts, PullFailure, Step } from '../../../src/github/pulls/errors.js'
import { explainAnswer } from '../../../src/github/pulls/errors.js'

const FACTS: Facts = { repository: 'octo/shop', touchesWorkflows: false }
const READ: Step = { doing: 'read the repository', needs: 'read' }
const COMMIT: Step = { doing: 'create the commit', needs: 'contents' }
const OPEN: Step = { doing: 'open a pull request', needs: 'pull-requests' }

const answer = (
  status: number,
  data: unknown,
  headers: Record<string, string> = {}
): ApiAnswer => ({
  method: 'POST',
  path: '/repos/octo/shop/pulls',
  status,
  headers,
  data
})
const message = (text: string) => ({
  message: text,
  documentation_url: 'https://docs.github.com/rest'
})

// prettier-ignore
const CASES: [string, ApiAnswer, Step, PullFailure, RegExp][] = [
  ['the Actions setting, as 403', answer(403, message('GitHub Actions is not permitted to create or approve pull requests.')), OPEN, 'actions-disabled', /\(GitHub Actions is not permitted to create or approve pull requests\)\. GitHub Actions may not open pull requests here\. Turn on "Allow GitHub Actions to create and approve pull requests"/],
  ['the Actions setting, as 422', answer(422, message('GitHub Actions is not permitted to create or approve pull requests.')), OPEN, 'actions-disabled', /Settings → Actions → General → Workflow permissions/],
  ['no contents: write', answer(403, message('Resource not accessible by integration')), COMMIT, 'denied', /`permissions: contents: write`/],
  ['no pull-requests: write', answer(403, message('Resource not accessible by integration')), OPEN, 'denied', /`permissions: pull-requests: write`/],
  ['SAML SSO', answer(403, message('Resource protected by organization SAML enforcement.'), { 'x-github-sso': 'required; url=https://github.com/orgs/o/sso' }), OPEN, 'denied', /SAML single sign-on/],
  ['a 404 on a write', answer(404, message('Not Found')), COMMIT, 'not-found', /GitHub answers 404 when the token may not write here: .*contents: write/],
  ['a pull request that exists', answer(422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for octo:registry-tags/python.' }] }), OPEN, 'refused', /\(Validation Failed\)\. GitHub refused it: A pull request already exists for octo:registry-tags\/python\.$/],
  ['a 502', answer(502, message('Server Error')), READ, 'server', /answered 502 \(Server Error\)\. GitHub is failing; try again later\.$/],
  ['a redirect', answer(301, ''), READ, 'unexpected', /Redirects are not followed/],
  ['a secondary limit that held', answer(429, message('You have exceeded a secondary rate limit.'), { 'retry-after': '60' }), COMMIT, 'rate-limited', /secondary rate limit .*held through the waits this step allows\. Try again in a few minutes; with many images, `group: true`/],
  ['a 418', answer(418, 'teapot'), READ, 'unexpected', /answered 418\. This is not an answer that endpoint defines/]
]

describe('explainAnswer', () => {
  it.each(CASES)('%s', (_, given, step, kind, text) => {
    const error = explainAnswer(given, step, FACTS)
    expect(error).toMatchObject({ kind, status: given.status })
    expect(error.message).toMatch(text)
    expect(
      error.message.startsWith(
        `Could not ${step.doing} in octo/shop: POST /repos/octo/shop/pulls answered ${given.status}`
      )
    ).toBe(true)
  })

  it('adds the workflow advice to refused writes that touch workflow files, not to pulls', () => {
    const facts = { ...FACTS, touchesWorkflows: true }
    for (const status of [403, 404, 422]) {
      expect(explainAnswer(answer(status, message('x')), COMMIT, facts).message).toMatch(
        /`workflow` scope/
      )
    }
    expect(explainAnswer(answer(403, message('x')), OPEN, facts).message).not.toMatch(/workflow/)
  })

  it('shows the server message as one short line', () => {
    const long = answer(403, message(`line one\nline two\u0007 ${'x'.repeat(300)}`))
    const error = explainAnswer(long, OPEN, FACTS)
    // The bell shown as its escape, not rung; still one line of at most 200 characters.
    expect(error.message).toMatch(/\(line one line two\\x07 x{178}…\)/)
  })
})
