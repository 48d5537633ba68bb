/** Lists cut to what an output can hold (GitHub caps each step output at 1 MB). */

/**
 * The longest head of `tags` (newest first) whose JSON array encoding takes
 * at most `maxBytes` bytes of UTF-8: `["3.14.7","3.14"]` is 17 bytes. A head,
 * never a selection with gaps, so the list still reads "the newest N".
 */
export function newestThatFit(tags: readonly string[], maxBytes: number): string[] {
  let used = 2 // the brackets
  let count = 0
  for (const tag of tags) {
    const size = Buffer.byteLength(JSON.stringify(tag)) + (count > 0 ? 1 : 0)
    if (used + size > maxBytes) break
    used += size
    count++
  }
  return used > maxBytes ? [] : tags.slice(0, count)
}
