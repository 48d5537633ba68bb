/**
 * Walking a YAML document's maps with their paths, through aliases and merge
 * keys (`<<: *base`), each collection at most once per kind of path so that
 * aliases cannot make the walk explode (a "billion laughs" file stays linear).
 */
import type { Document, Node } from 'yaml'
import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import { aliasTargets } from './anchors.js'

/** A map entry with a plain key; the value with aliases resolved. */
export interface Entry {
  readonly key: string
  readonly value: Node | null
}

/** Called for every map reached, with its path ('[name]' or '[2]' for sequence items). */
export type MapVisitor = (
  path: readonly string[],
  entries: readonly Entry[],
  priority: number
) => void

const MAX_MERGE_DEPTH = 32
/** Image references lie a few levels deep; below this the walk does not go (its depth is the file's). */
const MAX_WALK_DEPTH = 64

/**
 * 0 for paths under a compose extension (`x-…`) or a GitLab hidden job
 * (`.base`), which hold what other places use; 1 elsewhere.
 */
function priorityOf(path: readonly string[]): number {
  const first = path[0] ?? ''
  return first.startsWith('x-') || first.startsWith('.') ? 0 : 1
}

/** A sequence item's label: its short `name` when it has one (`containers[app]`), else its index. */
function itemLabel(item: Node | null, index: number, walker: Walker): string {
  const name = isMap(item) ? walker.entries(item).find(entry => entry.key === 'name') : undefined
  const value = isScalar(name?.value) ? name.value.value : undefined
  return typeof value === 'string' && /^[\w.-]{1,63}$/.test(value) ? `[${value}]` : `[${index}]`
}

export class Walker {
  private readonly merged = new Map<Node, readonly Entry[]>()
  private readonly walked = new Map<Node, number>()
  private readonly aliases: ReadonlyMap<Node, Node>

  constructor(
    doc: Document,
    private readonly visit: MapVisitor
  ) {
    this.aliases = aliasTargets(doc)
  }

  /** The node itself, or what an alias stands for (null when no anchor precedes it). */
  resolve(node: unknown): Node | null {
    if (isAlias(node)) return this.aliases.get(node) ?? null
    return (node ?? null) as Node | null
  }

  /** The map's entries, its own first, then those merged in (`<<`) that it does not override. */
  entries(map: Node, depth = 0): readonly Entry[] {
    const known = this.merged.get(map)
    if (known) return known
    if (!isMap(map)) return []
    const own: Entry[] = []
    const inherited: Entry[] = []
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') continue
      const value = this.resolve(pair.value)
      if (key === '<<' && depth < MAX_MERGE_DEPTH) {
        const sources = isSeq(value) ? value.items.map(item => this.resolve(item)) : [value]
        for (const source of sources) if (source) inherited.push(...this.entries(source, depth + 1))
      } else own.push({ key: String(key), value })
    }
    const seen = new Set(own.map(entry => entry.key))
    const all = [...own, ...inherited.filter(entry => !seen.has(entry.key) && seen.add(entry.key))]
    this.merged.set(map, all)
    return all
  }

  walk(node: unknown, path: readonly string[] = []): void {
    const target = this.resolve(node)
    if ((!isMap(target) && !isSeq(target)) || path.length > MAX_WALK_DEPTH) return
    const priority = priorityOf(path)
    if ((this.walked.get(target) ?? -1) >= priority) return
    this.walked.set(target, priority)
    if (isSeq(target)) {
      target.items.forEach((item, index) => {
        const resolved = this.resolve(item)
        this.walk(resolved, [...path, itemLabel(resolved, index, this)])
      })
      return
    }
    const entries = this.entries(target)
    this.visit(path, entries, priority)
    for (const entry of entries) this.walk(entry.value, [...path, entry.key])
  }
}
