/**
 * Functions (declarations, methods, arrows, function expressions) in src/
 * longer than a limit, in lines from their first to their last: what the
 * architecture test keeps under 60. `node scripts/function-lengths.mjs [limit]`.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { ROOT, sourceFiles } from './import-graph.mjs'

/** `{ file, name, lines }` of every function in `text` longer than `limit` lines. */
export function longFunctions(file, text, limit) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found = []
  const visit = node => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > limit) found.push({ file, name: nameOf(node), lines })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function nameOf(node) {
  if (node.name) return node.name.getText()
  const parent = node.parent
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText()
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText()
  return '(anonymous)'
}

/** Every function of src/ longer than `limit` lines. */
export function longFunctionsInSrc(limit = 60) {
  return sourceFiles('src').flatMap(file =>
    longFunctions(file, readFileSync(join(ROOT, file), 'utf8'), limit)
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const limit = Number(process.argv[2] ?? 60)
  for (const f of longFunctionsInSrc(limit)) console.log(`${f.lines}\t${f.file}\t${f.name}`)
}
