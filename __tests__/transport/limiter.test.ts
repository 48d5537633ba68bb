/**
 * Per-host concurrency: the FIFO semaphore alone, then through the
 * transport against slow servers on loopback.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Deadline, DeadlineError } from '../../src/transport/deadline.js'
import { HttpTransport } from '../../src/transport/http.js'
import { HostLimiter, withSlot } from '../../src/transport/limiter.js'
import type { Exchange, HttpRequest } from '../../src/transport/types.js'
import { answer } from './exchanges.js'
import { scriptedServer } from '../helpers/servers.js'
import type { Scripted } from '../helpers/servers.js'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!()
})

describe('HostLimiter', () => {
  it('grants up to the bound per key, then in FIFO order as slots free', async () => {
    const limiter = new HostLimiter(2)
    const order: number[] = []
    const a = await limiter.acquire('h:443')
    const b = await limiter.acquire('h:443')
    const waiting = [3, 4].map(n =>
      limiter.acquire('h:443').then(release => (order.push(n), release))
    )
    expect(limiter.active('h:443')).toBe(2)
    const other = await limiter.acquire('other:443') // another host is not held up
    other()
    b()
    b() // twice is harmless
    const third = await waiting[0]!
    expect(order).toEqual([3])
    a()
    const fourth = await waiting[1]!
    expect(order).toEqual([3, 4])
    expect(limiter.active('h:443')).toBe(2)
    third()
    fourth()
    expect(limiter.active('h:443')).toBe(0)
  })

  it('counts the wait against the deadline and leaves the queue when it runs out', async () => {
    const limiter = new HostLimiter(1)
    const held = await limiter.acquire('h:443')
    await expect(limiter.acquire('h:443', new Deadline(50))).rejects.toThrow(
      /ran out while waiting for a free connection to h:443/
    )
    await expect(limiter.acquire('h:443', new Deadline(0))).rejects.toThrow(DeadlineError)
    held()
    const next = await limiter.acquire('h:443') // the timed-out waiters did not keep a slot
    expect(limiter.active('h:443')).toBe(1)
    next()
  })

  it('refuses a bound below one', () => {
    expect(() => new HostLimiter(0)).toThrow(RangeError)
  })
})

/** An exchange that answers each request only when the test lets it go, recording starts. */
function gated() {
  const started: string[] = []
  const gates: (() => void)[] = []
  const exchange: Exchange = request =>
    new Promise((resolve, reject) => {
      started.push(request.url)
      gates.push(() =>
        request.url.endsWith('/fail') ? reject(new Error('reset')) : resolve(answer(request, 200))
      )
    })
  return { exchange, started, release: (n: number) => gates[n]!() }
}

const byHost = (request: HttpRequest) => new URL(request.url).host
const tick = () => new Promise(resolve => setImmediate(resolve))

describe('withSlot', () => {
  it('holds a slot per key while the exchange under it runs', async () => {
    const limiter = new HostLimiter(1)
    const { exchange, started, release } = gated()
    const limited = withSlot(limiter, byHost, new Deadline(Infinity))(exchange)
    const first = limited({ method: 'GET', url: 'https://a.example/1' })
    const second = limited({ method: 'GET', url: 'https://a.example/2' })
    const other = limited({ method: 'GET', url: 'https://b.example/1' })
    await tick()
    expect(started).toEqual(['https://a.example/1', 'https://b.example/1'])
    release(0)
    await first
    await tick()
    expect(started).toEqual(['https://a.example/1', 'https://b.example/1', 'https://a.example/2'])
    release(1)
    release(2)
    await Promise.all([second, other])
    expect(limiter.active('a.example')).toBe(0)
  })

  it('gives the slot back when the exchange fails', async () => {
    const limiter = new HostLimiter(1)
    const { exchange, release } = gated()
    const failing = withSlot(limiter, byHost, new Deadline(Infinity))(exchange)({
      method: 'GET',
      url: 'https://a.example/fail'
    })
    await tick()
    release(0)
    await expect(failing).rejects.toThrow('reset')
    expect(limiter.active('a.example')).toBe(0)
  })

  it('counts the wait for a slot against the deadline, never reaching the exchange', async () => {
    const limiter = new HostLimiter(1)
    const held = await limiter.acquire('a.example')
    const { exchange, started } = gated()
    const limited = withSlot(limiter, byHost, new Deadline(50))(exchange)
    await expect(limited({ method: 'GET', url: 'https://a.example/1' })).rejects.toThrow(
      /ran out while waiting for a free connection to a\.example/
    )
    expect(started).toEqual([])
    held()
  })
})

/** A server that answers after `delayMs` and records the most requests it had open at once. */
async function slowServer(delayMs: number): Promise<Scripted & { peak: () => number }> {
  let open = 0
  let peak = 0
  const s = await scriptedServer((_req, res) => {
    peak = Math.max(peak, ++open)
    setTimeout(() => {
      open--
      res.writeHead(200).end('ok')
    }, delayMs)
  })
  cleanups.push(() => s.close())
  return Object.assign(s, { peak: () => peak })
}

describe('HttpTransport per-host concurrency', () => {
  it('keeps at most maxInFlightPerHost requests open to one host', async () => {
    const s = await slowServer(100)
    const http = new HttpTransport({ maxInFlightPerHost: 4 })
    cleanups.push(() => http.dispose())
    const sends = Array.from({ length: 10 }, (_, i) =>
      http.send({ method: 'GET', url: `${s.url}/v2/${i}` })
    )
    expect((await Promise.all(sends)).map(r => r.status)).toEqual(Array(10).fill(200))
    expect(s.peak()).toBe(4)
    expect(s.seen).toHaveLength(10)
  })

  it('does not hold one host up behind another', async () => {
    const slow = await slowServer(1000)
    const fast = await slowServer(0)
    const http = new HttpTransport({ maxInFlightPerHost: 2 })
    cleanups.push(() => http.dispose())
    const stuck = Array.from({ length: 4 }, () => http.send({ method: 'GET', url: `${slow.url}/` }))
    const started = Date.now()
    await Promise.all([1, 2, 3].map(() => http.send({ method: 'GET', url: `${fast.url}/` })))
    expect(Date.now() - started).toBeLessThan(500)
    await Promise.all(stuck)
    expect(slow.peak()).toBe(2)
  })
})
