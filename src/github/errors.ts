/**
 * What every caller of the GitHub REST API reads alike: the answer's shape,
 * GitHub's own message in an error body, whether an answer is a rate limit,
 * and a request that got no answer to read. Each caller words its own
 * failure from these (the packages listing as a registry error, the pull
 * requests with the step they were on).
 */
import { ActionError } from '../errors.js'
import { isRecord } from '../registry/json.js'
import { formatSeconds } from '../transport/deadline.js'
import { serverText } from '../text/escape.js'

/** One answer of the API, whatever its status. */
export interface ApiAnswer {
  readonly method: string
  /** The path asked, without the query (an absolute URL: redacted, without the query). */
  readonly path: string
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly data: unknown
}

/** Why a request has no answer to read. */
export type Unanswered = 'unreachable' | 'timeout' | 'too-large'

/**
 * A request that got no answer to read: the network failed, the request's
 * own timeout passed (the step's deadline is a DeadlineError instead), or
 * the answer was larger than the cap. `reason` says which, in a few words.
 */
export class GithubUnansweredError extends ActionError {
  constructor(
    readonly kind: Unanswered,
    /** As ApiAnswer's path: safe to show. */
    readonly path: string,
    readonly reason: string,
    cause?: unknown
  ) {
    super(`The GitHub API (${path}) failed: ${reason}.`, { cause, temporary: true })
  }

  static unreachable(path: string, cause: unknown): GithubUnansweredError {
    const reason = cause instanceof Error ? cause.message : String(cause)
    return new GithubUnansweredError('unreachable', path, reason, cause)
  }

  static timeout(path: string, timeoutMs: number): GithubUnansweredError {
    return new GithubUnansweredError(
      'timeout',
      path,
      `no answer within ${formatSeconds(timeoutMs)}`
    )
  }

  static tooLarge(path: string): GithubUnansweredError {
    return new GithubUnansweredError('too-large', path, 'the answer was too large')
  }
}

export const NETWORK_ADVICE =
  'Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).'

/** `Could not <doing> in <repository>: the GitHub API (<path>) failed: <reason>. Check …` */
export function unansweredMessage(
  doing: string,
  repository: string,
  failure: GithubUnansweredError
): string {
  return `Could not ${doing} in ${repository}: the GitHub API (${failure.path}) failed: ${failure.reason}. ${NETWORK_ADVICE}`
}

/** `message` of GitHub's error body, as one short line (the server's text is untrusted). */
export function serverMessage(data: unknown): string {
  const message = isRecord(data) ? data['message'] : undefined
  return typeof message === 'string' ? oneLine(message) : ''
}

/** Untrusted text from GitHub as one short line, without its closing full stop. */
export function oneLine(text: string): string {
  return serverText(text.trim().replace(/\.$/, ''))
}

/** A rate limit of either kind: the hourly one used up, or a secondary limit. */
export function isRateLimit({ headers, data }: Pick<ApiAnswer, 'headers' | 'data'>): boolean {
  return (
    headers['x-ratelimit-remaining'] === '0' ||
    headers['retry-after'] !== undefined ||
    /rate limit/i.test(serverMessage(data))
  )
}

/** A secondary limit, not the hourly one (that one is not waited for: it lasts up to an hour). */
export function isSecondaryLimit(answer: ApiAnswer): boolean {
  return (
    (answer.status === 403 || answer.status === 429) &&
    answer.headers['x-ratelimit-remaining'] !== '0' &&
    isRateLimit(answer)
  )
}
