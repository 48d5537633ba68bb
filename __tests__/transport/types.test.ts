/** Layers stacked around an exchange: the first one given is the outermost. */
import { describe, expect, it } from '@jest/globals'
import type { Exchange, Layer } from '../../src/transport/types.js'
import { stack } from '../../src/transport/types.js'
import { answer } from './exchanges.js'

/** A layer that notes when a request enters it and when the answer leaves it. */
function noting(name: string, trace: string[]): Layer {
  return inner => async request => {
    trace.push(`> ${name}`)
    const response = await inner(request)
    trace.push(`< ${name}`)
    return response
  }
}

describe('stack', () => {
  it('sends a request through the layers in the order given, and the answer back out', async () => {
    const trace: string[] = []
    const bottom: Exchange = async request => (trace.push('attempt'), answer(request, 200))
    const exchange = stack(
      ['retry', 'redirects', 'slot'].map(name => noting(name, trace)),
      bottom
    )
    expect((await exchange({ method: 'GET', url: 'https://r.example/v2/' })).status).toBe(200)
    expect(trace).toEqual([
      '> retry',
      '> redirects',
      '> slot',
      'attempt',
      '< slot',
      '< redirects',
      '< retry'
    ])
  })

  it('is the bottom exchange itself when there are no layers', () => {
    const bottom: Exchange = async request => answer(request, 204)
    expect(stack([], bottom)).toBe(bottom)
  })
})
