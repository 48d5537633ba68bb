/**
 * The GitHub client as the pull-request step uses it, against a scripted
 * API on loopback: an unwanted answer is explained for the step it was
 * for, and a request without an answer names the step, the repository and
 * the path (never the query), as a PullRequestError.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { ServerResponse } from 'node:http'
import { PullRequestClient } from '../../../src/github/pulls/client.js'
import type { Step } from '../../../src/github/pulls/errors.js'
import { PullRequestError } from '../../../src/github/pulls/errors.js'
import { Deadline } from '../../../src/transport/deadline.js'
import { scriptedServer } from '../../helpers/servers.js'
import type { Scripted } from '../../helpers/servers.js'

const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const READ: Step = { doing: 'read the repository', needs: 'read' }
const OPEN: Step = { doing: 'open a pull request', needs: 'pull-requests' }
const servers: Scripted[] = []
afterEach(async () => {
  while (servers.length) await servers.pop()!.close()
})

async function api(handle: (res: ServerResponse) => void): Promise<Scripted> {
  const server = await scriptedServer((_req, res) => handle(res))
  servers.push(server)
  return server
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

const open = (server: Scripted, timeoutMs = 5_000) =>
  PullRequestClient.open({
    baseUrl: server.url,
    token: TOKEN,
    log: { debug() {}, info() {}, warning() {} },
    timeoutMs,
    deadline: new Deadline(30_000),
    writeSpacingMs: 0,
    facts: { repository: 'octo/shop', touchesWorkflows: false }
  })

describe('PullRequestClient', () => {
  it('gives back an answer whose status is wanted', async () => {
    const server = await api(res => json(res, 201, { number: 7 }))
    const answer = await (await open(server)).call(OPEN, 'POST', '/repos/octo/shop/pulls', {})
    expect(answer).toMatchObject({ status: 201, data: { number: 7 } })
  })

  it('explains any other answer for the step it was for', async () => {
    const server = await api(res =>
      json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
        status: '403'
      })
    )
    const failure = (await open(server)).call(OPEN, 'POST', '/repos/octo/shop/pulls', {})
    await expect(failure).rejects.toMatchObject({ kind: 'denied', status: 403 })
    await expect(failure).rejects.toThrow(
      /^Could not open a pull request in octo\/shop: POST \/repos\/octo\/shop\/pulls answered 403 \(Resource not accessible by integration\)\. .*`permissions: pull-requests: write`/
    )
  })

  it.each<[string, (res: ServerResponse) => void, number, RegExp]>([
    [
      'a silent API',
      () => undefined,
      200,
      /failed: no answer within 0\.2 s\. Check GITHUB_API_URL/
    ],
    [
      'an answer over the cap',
      res => res.writeHead(200).end(' '.repeat(17 * 1024 * 1024)),
      5_000,
      /failed: the answer was too large\. Check GITHUB_API_URL/
    ]
  ])('names the step, repository and path for %s', async (_name, handle, timeoutMs, reason) => {
    const server = await api(handle)
    const failure = (await open(server, timeoutMs)).send(READ, 'GET', '/repos/octo/shop?ref=x')
    await expect(failure).rejects.toBeInstanceOf(PullRequestError)
    await expect(failure).rejects.toMatchObject({ kind: 'unreachable' })
    await expect(failure).rejects.toThrow(
      /^Could not read the repository in octo\/shop: the GitHub API \(\/repos\/octo\/shop\) failed: /
    )
    await expect(failure).rejects.toThrow(reason)
  })

  it('keeps the network failure as the cause', async () => {
    const server = await api(() => undefined)
    await servers.pop()!.close()
    const failure = (await open(server)).send(READ, 'GET', '/repos/octo/shop')
    await expect(failure).rejects.toMatchObject({ kind: 'unreachable', cause: expect.any(Error) })
  })
})
