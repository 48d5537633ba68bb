/**
 * GitHub's answers to the pull-request step turned into one message each:
 * what was being done, what came back, and the one thing to change (a job
 * permission, the Actions setting, the token).
 */
import { ActionError } from '../../errors.js'
import { isRecord } from '../../registry/json.js'
import type { ApiAnswer } from '../errors.js'
import { isRateLimit, oneLine, serverMessage } from '../errors.js'

export type PullFailure =
  | 'unauthorized'
  | 'denied'
  | 'actions-disabled'
  | 'not-found'
  | 'rate-limited'
  | 'refused'
  | 'server'
  | 'protocol'
  | 'unreachable'
  | 'unexpected'

export class PullRequestError extends ActionError {
  readonly kind: PullFailure
  readonly status?: number

  constructor(message: string, options: { kind: PullFailure; status?: number; cause?: unknown }) {
    const temporary = ['rate-limited', 'server', 'unreachable'].includes(options.kind)
    super(message, { cause: options.cause, temporary })
    this.kind = options.kind
    if (options.status !== undefined) this.status = options.status
  }
}

/** What a request needs of the token: to read, or the job permission it writes with. */
export type Permission = 'read' | 'contents' | 'pull-requests'

/** A request's purpose, for messages: `create the commit`, needing `contents`. */
export interface Step {
  readonly doing: string
  readonly needs: Permission
}

/** What the explanation needs to know of the run. */
export interface Facts {
  readonly repository: string
  /** The plan changes files under .github/workflows/, which GITHUB_TOKEN may never change. */
  readonly touchesWorkflows: boolean
}

export const ACTIONS_SETTING =
  'Turn on "Allow GitHub Actions to create and approve pull requests" (repository Settings → Actions → General → Workflow permissions; in an organisation, its Actions settings first), or pass a personal access token or GitHub App token as `github-token`.'

const TOKEN_ADVICE =
  'pass `github-token: ${{ secrets.GITHUB_TOKEN }}` (the default), or a token that can write to this repository'

const WORKFLOWS_ADVICE =
  'The changes include workflow files (.github/workflows/), which GITHUB_TOKEN may never change: pass a fine-grained token with "Workflows: write" or a classic token with the `workflow` scope as `github-token`.'

/** The one message for an answer the step cannot go on from. */
export function explainAnswer(answer: ApiAnswer, step: Step, facts: Facts): PullRequestError {
  const said = serverMessage(answer.data)
  const asked = `Could not ${step.doing} in ${facts.repository}: ${answer.method} ${answer.path} answered ${answer.status}${said ? ` (${said})` : ''}.`
  const [kind, advice] = adviceFor(answer, step, facts, said)
  return new PullRequestError(`${asked} ${advice}`, { kind, status: answer.status })
}

function adviceFor(
  answer: ApiAnswer,
  step: Step,
  facts: Facts,
  said: string
): [PullFailure, string] {
  const { status, headers } = answer
  if (/not permitted to create or approve pull requests/i.test(said)) {
    return [
      'actions-disabled',
      `GitHub Actions may not open pull requests here. ${ACTIONS_SETTING}`
    ]
  }
  if ((status === 403 || status === 429) && isRateLimit(answer)) return rateLimited(answer)
  if (status === 401) {
    return [
      'unauthorized',
      `The token was refused: it is wrong, expired or revoked; ${TOKEN_ADVICE}.`
    ]
  }
  if (status === 403 && headers['x-github-sso']) {
    return ['denied', "Authorize the token for the organisation's SAML single sign-on."]
  }
  const workflows =
    facts.touchesWorkflows && step.needs === 'contents' ? ` ${WORKFLOWS_ADVICE}` : ''
  if (status === 403) return ['denied', `${permissionAdvice(step.needs)}${workflows}`]
  if (status === 404) return ['not-found', `${notFoundAdvice(step, facts)}${workflows}`]
  if (status === 422) return ['refused', `${validation(answer.data)}${workflows}`.trim()]
  if (status >= 500) return ['server', 'GitHub is failing; try again later.']
  if (status >= 300 && status < 400) {
    return [
      'unexpected',
      'Redirects are not followed (the token would go with them); check GITHUB_API_URL.'
    ]
  }
  return ['unexpected', 'This is not an answer that endpoint defines; check GITHUB_API_URL.']
}

function permissionAdvice(needs: Permission): string {
  if (needs === 'contents') {
    return 'The token may not write to the repository: give the job `permissions: contents: write` (with a personal access token: the repo scope, or "Contents: write").'
  }
  if (needs === 'pull-requests') {
    return 'The token may not manage pull requests: give the job `permissions: pull-requests: write` (with a fine-grained token: "Pull requests: write").'
  }
  return `The token may not read the repository; ${TOKEN_ADVICE}.`
}

function notFoundAdvice(step: Step, facts: Facts): string {
  if (step.needs === 'read') {
    return `Either ${facts.repository} does not exist at this GITHUB_API_URL, or the token cannot see it (GitHub answers 404 rather than 403 then): check GITHUB_REPOSITORY and GITHUB_API_URL, and that the token has access to this repository.`
  }
  return `GitHub answers 404 when the token may not write here: ${permissionAdvice(step.needs)}`
}

/** 422: GitHub's own reasons (`errors[].message`), e.g. a pull request that already exists. */
function validation(data: unknown): string {
  const errors = isRecord(data) && Array.isArray(data['errors']) ? data['errors'] : []
  const reasons = errors
    .map(e => (isRecord(e) && typeof e['message'] === 'string' ? oneLine(e['message']) : ''))
    .filter(Boolean)
    .slice(0, 3)
  return reasons.length ? `GitHub refused it: ${reasons.join('; ')}.` : ''
}

function rateLimited({ headers }: ApiAnswer): [PullFailure, string] {
  const reset = Number(headers['x-ratelimit-reset'])
  if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
    const at = new Date(reset * 1000).toISOString()
    return [
      'rate-limited',
      `The GitHub API rate limit is used up; it resets at ${at}. Try again then.`
    ]
  }
  return [
    'rate-limited',
    "GitHub's secondary rate limit (too many writes in a short time) held through the waits this step allows. Try again in a few minutes; with many images, `group: true` makes fewer writes."
  ]
}

/** An answer whose body is not what the endpoint defines. */
export function protocolError(step: Step, facts: Facts, what: string): PullRequestError {
  return new PullRequestError(
    `Could not ${step.doing} in ${facts.repository}: GitHub answered ${what}. Check GITHUB_API_URL.`,
    { kind: 'protocol' }
  )
}
