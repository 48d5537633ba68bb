/**
 * The import graph of the TypeScript sources, read from their import and
 * export-from statements (type-only ones too, and `await import()` of a
 * relative path). Used by the architecture tests (cycles, what unit tests
 * reach) and runnable: `node scripts/import-graph.mjs [cycles|reach]`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// `import x from '…'`, `import type { A } from '…'`, `export { b } from '…'`,
// `import '…'`: the specifier after `from` (or after a bare import) at statement start.
const STATIC = /^\s*(?:import|export)\b[^'"`;]*?(?:\bfrom\s*)?['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
// `export { a } from '…'`, `export * from '…'`: what a barrel (github/pulls/index.ts) passes on.
const REEXPORT = /^\s*export\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm

/** Every `.ts` file under `dir` (relative to ROOT, `/`-separated). */
export function sourceFiles(dir, ext = /\.ts$/) {
  const out = []
  const walk = at => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (ext.test(name)) out.push(relative(ROOT, path).split(sep).join('/'))
    }
  }
  walk(join(ROOT, dir))
  return out.sort()
}

/** Strips comments so an import named in a doc comment is not read as one. */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

/**
 * The module specifiers `text` imports: `{ static, dynamic }`, each sorted
 * and without repeats. Static: import and export-from statements, type-only
 * ones too, over several lines; dynamic: `await import('…')` of a literal.
 */
export function specifiersIn(text) {
  const code = withoutComments(text)
  const collect = re => [...new Set([...code.matchAll(re)].map(m => m[1]))].sort()
  return { static: collect(STATIC), dynamic: collect(DYNAMIC), reexports: collect(REEXPORT) }
}

/**
 * The relative imports of one file, resolved to files under ROOT
 * (`./x.js` → `x.ts`): `{ static: string[], dynamic: string[] }`.
 */
export function importsOf(file) {
  const found = specifiersIn(readFileSync(join(ROOT, file), 'utf8'))
  const resolveSpec = spec => {
    const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
      .split(sep)
      .join('/')
    return target.replace(/\.js$/, '.ts')
  }
  const local = specs => specs.filter(s => s.startsWith('.')).map(resolveSpec)
  return {
    static: local(found.static),
    dynamic: local(found.dynamic),
    reexports: local(found.reexports)
  }
}

// `export const NAME`, `export async function NAME`, `export interface NAME`, …: a definition.
const DEFINITION =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm

/** The names `text` defines and exports (re-exports and `export { a as b }` are not definitions). */
export function definedExports(text) {
  return [...withoutComments(text).matchAll(DEFINITION)].map(m => m[1])
}

/** Exported names defined by more than one module of src/: `name → files`. */
export function repeatedExports() {
  const where = new Map()
  for (const file of sourceFiles('src')) {
    for (const name of definedExports(readFileSync(join(ROOT, file), 'utf8'))) {
      where.set(name, [...(where.get(name) ?? []), file])
    }
  }
  return new Map([...where].filter(([, files]) => files.length > 1))
}

/** `file → the src/ files it imports` for every file under src/ (static imports only by default). */
export function sourceGraph({ dynamic = false } = {}) {
  const graph = new Map()
  for (const file of sourceFiles('src')) {
    const found = importsOf(file)
    const edges = dynamic ? [...found.static, ...found.dynamic] : found.static
    graph.set(
      file,
      edges.filter(f => f.startsWith('src/') && f.endsWith('.ts'))
    )
  }
  return graph
}

/**
 * The import cycles: each strongly connected component of more than one
 * module (or a module importing itself), its members sorted (Tarjan).
 */
export function cycles(graph) {
  let index = 0
  const order = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const found = []
  const visit = node => {
    order.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), order.get(next)))
    }
    if (low.get(node) !== order.get(node)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort())
  }
  for (const node of graph.keys()) if (!order.has(node)) visit(node)
  return found.sort((a, b) => a[0].localeCompare(b[0]))
}

/** The edges of `graph` that stay inside `component` (what makes it a cycle). */
export function edgesWithin(graph, component) {
  const members = new Set(component)
  return component.flatMap(from =>
    (graph.get(from) ?? []).filter(to => members.has(to)).map(to => `${from} -> ${to}`)
  )
}

/** Every src/ module reachable from `starts` through static imports. */
export function reachable(graph, starts) {
  const seen = new Set()
  const queue = [...starts]
  while (queue.length > 0) {
    const file = queue.pop()
    if (seen.has(file)) continue
    seen.add(file)
    for (const next of graph.get(file) ?? []) queue.push(next)
  }
  return seen
}

/** Jest's unit project: test files outside __tests__/e2e/ not named *.lab.test.ts. */
export function unitTestFiles() {
  return sourceFiles('__tests__').filter(
    f => f.endsWith('.test.ts') && !f.startsWith('__tests__/e2e/') && !f.endsWith('.lab.test.ts')
  )
}

/**
 * Which src/ modules the unit tests import: directly (a test or a test helper
 * names the module, or a barrel it names re-exports it) and transitively
 * (through the modules those import).
 */
export function unitReach() {
  const graph = sourceGraph()
  const tests = unitTestFiles()
  // Test helpers under __tests__/ are followed too: a test importing a helper reaches what it imports.
  const testGraph = new Map()
  const pending = [...tests]
  while (pending.length > 0) {
    const file = pending.pop()
    if (testGraph.has(file)) continue
    const found = importsOf(file)
    // Only files that exist: a test's text may quote an import (cycles.test.ts does).
    const edges = [...found.static, ...found.dynamic].filter(
      f => f.endsWith('.ts') && existsSync(join(ROOT, f))
    )
    testGraph.set(file, edges)
    pending.push(...edges.filter(f => f.startsWith('__tests__/')))
  }
  // A module a test names directly, or one a barrel it names re-exports (github/pulls/index.ts).
  const named = [...testGraph.values()].flat().filter(f => f.startsWith('src/') && graph.has(f))
  const reexports = new Map([...graph.keys()].map(f => [f, importsOf(f).reexports]))
  const direct = reachable(reexports, named)
  const transitive = reachable(graph, direct)
  const modules = [...graph.keys()]
  return {
    modules,
    direct,
    transitive,
    unreached: modules.filter(m => !transitive.has(m)),
    notDirect: modules.filter(m => !direct.has(m))
  }
}

function main(command = 'reach') {
  if (command === 'cycles') {
    const graph = sourceGraph()
    for (const component of cycles(graph)) {
      console.log(`cycle of ${component.length}:\n  ${edgesWithin(graph, component).join('\n  ')}`)
    }
    return
  }
  const r = unitReach()
  const pct = n => ((100 * n) / r.modules.length).toFixed(1)
  console.log(`src modules: ${r.modules.length}`)
  console.log(`imported by a unit test directly: ${r.direct.size} (${pct(r.direct.size)}%)`)
  console.log(`reached transitively: ${r.transitive.size} (${pct(r.transitive.size)}%)`)
  console.log(`not imported directly by any unit test:\n  ${r.notDirect.join('\n  ')}`)
  console.log(`not reached at all:\n  ${r.unreached.join('\n  ') || '(none)'}`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2])
}
