/**
 * One attempt at one URL, the bottom of the transport's stack, against
 * loopback servers: the answer and its body, the idle timeout, the body cap,
 * and a refused connection, none of them retried here.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { singleAttempt } from '../../src/transport/attempt.js'
import { ClientPool } from '../../src/transport/clients.js'
import { Deadline } from '../../src/transport/deadline.js'
import { NetworkError } from '../../src/transport/errors.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'
import { closedPort } from './exchanges.js'

const servers: Scripted[] = []
const pools: ClientPool[] = []
afterEach(async () => {
  while (pools.length) pools.pop()!.dispose()
  while (servers.length) await servers.pop()!.close()
})

function attempt(idleTimeoutMs = 5000, maxBodyBytes = 1024) {
  const clients = new ClientPool({
    userAgent: 'registry-tags',
    socketTimeoutMs: idleTimeoutMs + 1000,
    insecureHosts: new Set()
  })
  pools.push(clients)
  const answered: number[] = []
  const send = singleAttempt({
    clients,
    idleTimeoutMs,
    maxBodyBytes,
    deadline: new Deadline(Infinity),
    onAnswered: () => void answered.push(1)
  })
  return { send, answered }
}

async function serve(handle: Parameters<typeof scriptedServer>[0]): Promise<Scripted> {
  const server = await scriptedServer(handle)
  servers.push(server)
  return server
}

describe('singleAttempt', () => {
  it('returns the status, headers, body and the URL that answered; sends the user agent', async () => {
    let agent: string | undefined
    const server = await serve((req, res) => {
      agent = req.headers['user-agent']
      res.writeHead(200, { 'docker-distribution-api-version': 'registry/2.0' }).end('{"tags":[]}')
    })
    const { send, answered } = attempt()
    const response = await send({ method: 'GET', url: `${server.url}/v2/a/tags/list` })
    expect(response).toMatchObject({ status: 200, url: `${server.url}/v2/a/tags/list` })
    expect(response.headers['docker-distribution-api-version']).toBe('registry/2.0')
    expect(response.body.toString()).toBe('{"tags":[]}')
    expect([agent, answered.length]).toEqual(['registry-tags', 1])
  })

  it('times out a silent server once, naming the request and the idle time', async () => {
    const server = await serve(() => undefined)
    const { send, answered } = attempt(200)
    const failure = send({ method: 'GET', url: `${server.url}/v2/?token=s3cret` })
    await expect(failure).rejects.toThrow(`GET ${server.url}/v2/ timed out after 0.2 s`)
    await expect(failure).rejects.toMatchObject({ code: 'ETIMEDOUT', temporary: true })
    expect([server.seen.length, answered.length]).toEqual([1, 0])
  })

  it('caps the body at the smaller of its own cap and the request’s', async () => {
    const server = await serve((_req, res) => res.end('x'.repeat(600)))
    const { send } = attempt(5000, 1024)
    expect((await send({ method: 'GET', url: `${server.url}/big` })).body).toHaveLength(600)
    await expect(
      send({ method: 'GET', url: `${server.url}/big`, maxBodyBytes: 512 })
    ).rejects.toMatchObject({
      code: 'ETOOLARGE'
    })
  })

  it('reports a refused connection as a temporary NetworkError, not counted as answered', async () => {
    const port = await closedPort()
    const { send, answered } = attempt()
    const failure = send({ method: 'GET', url: `http://127.0.0.1:${port}/v2/` })
    await expect(failure).rejects.toBeInstanceOf(NetworkError)
    await expect(failure).rejects.toMatchObject({ code: 'ECONNREFUSED', temporary: true })
    expect(answered).toEqual([])
  })
})
