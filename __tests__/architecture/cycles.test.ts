/**
 * No import cycles in src/, type-only imports and `await import()` included:
 * a cycle makes the load order decide what is defined, and hides which layer
 * owns a thing. The graph is read from the import statements themselves
 * (scripts/import-graph.mjs, also runnable: `node scripts/import-graph.mjs cycles`).
 */
import { describe, expect, it } from '@jest/globals'
import { cycles, edgesWithin, sourceGraph, specifiersIn } from '../../scripts/import-graph.mjs'

/**
 * Cycles known and not yet broken, each as its sorted members. Empty since
 * the transport's types moved to transport/types.ts and HubOptions to the
 * Hub login; a new cycle fails the test below with the edges that make it.
 */
const KNOWN: string[][] = []

describe('the import graph of src/', () => {
  it('has no cycle but the known ones', () => {
    const graph = sourceGraph({ dynamic: true })
    const found = cycles(graph)
    const fresh = found.filter(c => !KNOWN.some(k => k.join() === c.join()))
    expect(fresh.map(c => edgesWithin(graph, c))).toEqual([])
  })

  it('reads every module of src/ with its imports', () => {
    const graph = sourceGraph()
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get('src/engine.ts')).toContain('src/lookup.ts')
    expect(graph.get('src/transport/http.ts')).toContain('src/transport/types.ts')
    // Type-only imports count: errors.ts names HttpResponse in a type only.
    expect(graph.get('src/transport/errors.ts')).toContain('src/transport/types.ts')
  })
})

describe('specifiersIn', () => {
  // prettier-ignore
  const CASES: [string, string[], string[]][] = [
    ["import { a } from './a.js'", ['./a.js'], []],
    ["import type { HttpRequest, HttpResponse } from './types.js'", ['./types.js'], []],
    ['import type {\n  RepositoriesRequest,\n  RepositoriesResult\n} from "./repositories.js"', ['./repositories.js'], []],
    ["export { branchName } from './branch.js'\nexport type * from './types.js'", ['./branch.js', './types.js'], []],
    ["import * as http from 'node:http'\nimport './side-effect.js'", ['./side-effect.js', 'node:http'], []],
    ["const { runScan } = await import('./scan.js')", [], ['./scan.js']],
    ["/** See import { x } from './doc.js' */\n// import { y } from './gone.js'\nconst from = 'a'", [], []],
    ["const text = 'import is a word'\nimport { z } from '../z.js'", ['../z.js'], []]
  ]
  it.each(CASES)('%j', (text, statics, dynamics) => {
    expect(specifiersIn(text)).toMatchObject({ static: statics, dynamic: dynamics })
  })

  it('tells re-exports (a barrel passing modules on) from imports', () => {
    const barrel =
      "export { branchName } from './branch.js'\nexport type * from './types.js'\nimport { x } from './x.js'"
    expect(specifiersIn(barrel).reexports).toEqual(['./branch.js', './types.js'])
  })
})

describe('cycles', () => {
  // prettier-ignore
  const GRAPHS: [string, Record<string, string[]>, string[][]][] = [
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['two modules', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a module importing itself', { a: ['a'] }, [['a']]],
    ['the old transport circle', {
      http: ['body', 'clients', 'errors', 'hosts', 'retry', 'schemes'],
      errors: ['http'], hosts: ['errors', 'http'], retry: ['errors', 'hosts', 'http'],
      schemes: ['errors', 'retry'], clients: ['hosts', 'http'], body: ['errors']
    }, [['body', 'clients', 'errors', 'hosts', 'http', 'retry', 'schemes']]],
    ['two separate circles', { a: ['b'], b: ['a', 'c'], c: ['d'], d: ['c'] }, [['a', 'b'], ['c', 'd']]],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []]
  ]
  it.each(GRAPHS)('%s', (_name, edges, expected) => {
    expect(cycles(new Map(Object.entries(edges)))).toEqual(expected)
  })
})
