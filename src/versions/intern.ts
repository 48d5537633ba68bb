/**
 * A registry may list a million tags that repeat a few variants, channels
 * and prereleases: the versions share one string or object for each, not a
 * copy per tag. Bounded, so a hostile list cannot grow it without end.
 *
 * Some keys hardly repeat (`-ls12345` on every third tag of a million). A
 * table that dropped everything whenever it filled would leave what it held
 * as garbage, again and again, and the heap would swell with it. So a full
 * table keeps what it has; only after many lookups that mostly missed is it
 * emptied, to make room for the keys that repeat now.
 */
const WINDOW = 4096
/** Windows of mostly misses a full table waits before it is emptied. */
const PATIENCE = 64

export class Interned<T> {
  private readonly values = new Map<string, T>()
  private lookups = 0
  private hits = 0
  private poorWindows = 0

  constructor(private readonly limit = 10_000) {}

  get(key: string, make: () => T): T {
    let value = this.values.get(key)
    if (value !== undefined) this.hits++
    else {
      value = make()
      if (this.values.size < this.limit) this.values.set(key, value)
    }
    if (++this.lookups === WINDOW) this.review()
    return value
  }

  private review(): void {
    const poor = this.hits * 2 < this.lookups && this.values.size >= this.limit
    this.poorWindows = poor ? this.poorWindows + 1 : 0
    if (this.poorWindows >= PATIENCE) {
      this.values.clear()
      this.poorWindows = 0
    }
    this.lookups = this.hits = 0
  }
}

const strings = new Interned<string>()

/** One string for each distinct text (`alpine`, `develop-`), so a million tags share them. */
export const sameString = (s: string): string => (s === '' ? s : strings.get(s, () => s))
