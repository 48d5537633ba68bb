/**
 * A registry may list a million tags that repeat a few variants, channels
 * and prereleases: the versions share one string or object for each, not a
 * copy per tag. Bounded, so a hostile list cannot grow it without end.
 */
export class Interned<T> {
  private readonly values = new Map<string, T>()

  constructor(private readonly limit = 10_000) {}

  get(key: string, make: () => T): T {
    let value = this.values.get(key)
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear()
      this.values.set(key, (value = make()))
    }
    return value
  }
}

const strings = new Interned<string>()

/** One string for each distinct text (`alpine`, `develop-`), so a million tags share them. */
export const sameString = (s: string): string => (s === '' ? s : strings.get(s, () => s))
