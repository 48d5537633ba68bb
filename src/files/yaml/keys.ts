/**
 * Duplicate map keys, found in time linear in the document: the yaml
 * package's own check compares each key with every earlier one, which takes
 * minutes for a map of 120,000 keys (issue 17). Keys compare as the package
 * compares them: scalars by value, other keys by node.
 */
import type { Document, Node } from 'yaml'
import { isMap, isPair, isScalar, isSeq } from 'yaml'

interface KeyError {
  readonly message: string
  readonly pos: [number, number]
}

/** The key that repeats an earlier one of its map, as the error the package would give. */
function duplicateIn(items: readonly unknown[]): KeyError | undefined {
  const seen = new Set<unknown>()
  for (const pair of items) {
    if (!isPair(pair)) continue
    const key = isScalar(pair.key) ? pair.key.value : pair.key
    if (seen.has(key)) {
      const start = (pair.key as Node | null)?.range?.[0] ?? 0
      return { message: 'Map keys must be unique', pos: [start, start + 1] }
    }
    seen.add(key)
  }
  return undefined
}

/** The first duplicate key in `doc` (maps walked without recursion), as a list of 0 or 1 errors. */
export function firstDuplicateKey(doc: Document): KeyError[] {
  const stack: unknown[] = [doc.contents]
  let first: KeyError | undefined
  while (stack.length) {
    const node = stack.pop()
    if (isMap(node)) {
      const error = duplicateIn(node.items)
      if (error && (!first || error.pos[0] < first.pos[0])) first = error
      for (const pair of node.items) stack.push(pair.key, pair.value)
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item)
    }
  }
  return first ? [first] : []
}
