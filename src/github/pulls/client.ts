/**
 * The GitHub client as the pull-request step uses it: each request made
 * for a step (what is being done, the permission it needs), so that an
 * unwanted answer, or none, becomes one message naming the fix.
 */
import type { ClientOptions, Method } from '../client.js'
import { GithubClient } from '../client.js'
import type { ApiAnswer } from '../errors.js'
import { GithubUnansweredError, unansweredMessage } from '../errors.js'
import type { Facts, Step } from './errors.js'
import { PullRequestError, explainAnswer } from './errors.js'

export interface PullRequestClientOptions extends ClientOptions {
  readonly facts: Facts
}

export class PullRequestClient {
  private constructor(
    private readonly github: GithubClient,
    readonly facts: Facts
  ) {}

  static async open(options: PullRequestClientOptions): Promise<PullRequestClient> {
    return new PullRequestClient(await GithubClient.open(options), options.facts)
  }

  /** The answer when its status is one of `ok`; else the explained error. */
  async call(
    step: Step,
    method: Method,
    path: string,
    body?: object,
    ok: readonly number[] = [200, 201]
  ): Promise<ApiAnswer> {
    const answer = await this.send(step, method, path, body)
    if (ok.includes(answer.status)) return answer
    throw explainAnswer(answer, step, this.facts)
  }

  /** One request, with the client's bounded waits and retries; any status comes back. */
  async send(step: Step, method: Method, path: string, body?: object): Promise<ApiAnswer> {
    try {
      return await this.github.send(method, path, body)
    } catch (error) {
      if (!(error instanceof GithubUnansweredError)) throw error
      const message = unansweredMessage(step.doing, this.facts.repository, error)
      throw new PullRequestError(message, { kind: 'unreachable', cause: error.cause })
    }
  }
}
