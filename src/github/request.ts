/**
 * GET requests to the GitHub REST API through Octokit (its proxy-aware
 * fetch, the token as Authorization), each bounded by its timeout, the
 * step's deadline and a body cap, redirects not followed. HTTP errors come
 * back as answers, not throws. Octokit is loaded on first use (its own
 * bundle chunk), so an image lookup never parses it.
 */
import { MAX_GITHUB_ANSWER_BYTES, cappedFetch } from './capped-fetch.js'
import { RegistryError } from '../registry/failures.js'
import { isRecord } from '../registry/json.js'
import { formatBytes } from '../transport/body.js'
import type { Deadline } from '../transport/deadline.js'
import { formatSeconds } from '../transport/deadline.js'
import { redactUrl } from '../transport/hosts.js'
import type { Logger } from '../logger.js'

export interface RequestOptions {
  readonly log: Logger
  readonly deadline: Deadline
  /** Each request's timeout, in ms. */
  readonly requestTimeoutMs: number
}

/** One answer of the API, whatever its status. */
export interface Answer {
  readonly url: string
  readonly status: number
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly data: unknown
}
export type Get = (url: string) => Promise<Answer>

/**
 * GET through Octokit (its proxy-aware fetch, the token as Authorization),
 * each request bounded by its timeout, the step's deadline and a body cap,
 * redirects not followed. HTTP errors come back as answers, not throws.
 */
export async function githubGetter(
  options: RequestOptions,
  token: string,
  apiUrl: string
): Promise<Get> {
  // One after the other: jest's ESM loader fails on parallel imports sharing modules.
  const { getOctokit } = await import('@actions/github')
  const { defaults } = await import('@actions/github/lib/utils')
  const proxyFetch = (defaults.request?.fetch ?? globalThis.fetch) as typeof globalThis.fetch
  const debug = (message: string) => options.log.debug(`GitHub API: ${message}`)
  const octokit = getOctokit(token, {
    baseUrl: apiUrl,
    log: { debug, info: debug, warn: debug, error: debug }
  })
  return async url => {
    const { deadline, requestTimeoutMs } = options
    const doing = `waiting for GET ${redactUrl(url)}`
    deadline.check(doing)
    const byDeadline = deadline.remainingMs() <= requestTimeoutMs
    const signal = AbortSignal.timeout(Math.min(requestTimeoutMs, deadline.remainingMs()))
    const body = { tooLarge: false }
    const request = { signal, redirect: 'manual' as const, fetch: cappedFetch(proxyFetch, body) }
    let answer: Answer | undefined
    try {
      const { status, headers, data } = await octokit.request({ method: 'GET', url, request })
      answer = { url, status, headers: textHeaders(headers), data }
    } catch (error) {
      answer = httpAnswer(error, url)
      if (!answer && !signal.aborted) throw unreachable(url, error)
    }
    if (signal.aborted) {
      if (byDeadline) throw deadline.error(doing)
      throw unreachable(
        url,
        undefined,
        `it did not answer within ${formatSeconds(requestTimeoutMs)}`
      )
    }
    if (body.tooLarge) {
      throw new RegistryError(
        `GET ${redactUrl(url)} answered more than ${formatBytes(MAX_GITHUB_ANSWER_BYTES)}; refusing to read a response that large.`,
        { kind: 'protocol' }
      )
    }
    return answer!
  }
}

/** Octokit's RequestError for an HTTP answer (it has a response); undefined for network failures. */
function httpAnswer(error: unknown, url: string): Answer | undefined {
  if (!isRecord(error) || !isRecord(error['response'])) return undefined
  const { status, headers, data } = error['response']
  if (typeof status !== 'number' || !isRecord(headers)) return undefined
  return { url, status, headers: textHeaders(headers), data }
}

function textHeaders(headers: Record<string, unknown>): Answer['headers'] {
  const text: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string' || typeof value === 'number') text[name] = String(value)
  }
  return text
}

function unreachable(url: string, cause: unknown, why?: string): RegistryError {
  const reason = why ?? (cause instanceof Error ? cause.message : String(cause))
  return new RegistryError(
    `Could not reach the GitHub API at ${redactUrl(url)}: ${reason}. Check GITHUB_API_URL, that this runner can reach it, and proxy settings (HTTPS_PROXY, NO_PROXY).`,
    { kind: 'unreachable', cause }
  )
}
