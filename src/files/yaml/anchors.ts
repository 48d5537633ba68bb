/**
 * What each alias of a document stands for, found in one pass: the yaml
 * package's `Alias.resolve` visits the whole document for every alias, so
 * a file of 20,000 `*a` took minutes (issue 17). Same rule as the package:
 * an alias is the last node before it, in document order, anchored with
 * its name (an anchor may be redefined; an alias before any is unresolved).
 */
import type { Document, Node } from 'yaml'
import { isAlias, isMap, isPair, isSeq } from 'yaml'

/** The node each alias stands for (aliases with no anchor before them are left out). */
export function aliasTargets(doc: Document): Map<Node, Node> {
  const targets = new Map<Node, Node>()
  const anchored = new Map<string, Node>()
  // An explicit stack, not recursion: the file decides how deep the nodes nest.
  const stack: unknown[] = [doc.contents]
  while (stack.length) {
    const node = stack.pop()
    if (isPair(node)) {
      stack.push(node.value, node.key)
      continue
    }
    if (isAlias(node)) {
      const target = anchored.get(node.source)
      if (target) targets.set(node, target)
      continue
    }
    const anchor = (node as Node | null)?.anchor
    if (anchor) anchored.set(anchor, node as Node)
    // Children pushed last first, so that they come off the stack in document order.
    if (isMap(node) || isSeq(node)) for (const item of [...node.items].reverse()) stack.push(item)
  }
  return targets
}
