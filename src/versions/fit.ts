/** Lists cut to what an output can hold (GitHub caps each step output at 1 MB). */

/**
 * The longest head of `items` (newest first) whose JSON array encoding takes
 * at most `maxBytes` bytes of UTF-8: `["3.14.7","3.14"]` is 17 bytes. A head,
 * never a selection with gaps, so the list still reads "the newest N".
 */
export function headThatFits<T>(items: readonly T[], maxBytes: number): T[] {
  let used = 2 // the brackets
  let count = 0
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + (count > 0 ? 1 : 0)
    if (used + size > maxBytes) break
    used += size
    count++
  }
  return used > maxBytes ? [] : items.slice(0, count)
}

/** Tags, newest first: the newest that fit. */
export const newestThatFit = (tags: readonly string[], maxBytes: number): string[] =>
  headThatFits(tags, maxBytes)
