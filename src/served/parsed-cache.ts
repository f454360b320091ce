/**
 * Parsed files kept per isolate: a file the Worker parses on many requests
 * (a search shard, an item pack's header) is parsed once and kept, the least
 * recently used dropped past a budget of characters of JSON (about twice
 * that in heap). Keyed by the ASSETS binding, so the build, which renders
 * kept answers over one catalog after another in one process, never reads a
 * stale one; in a Worker the binding is the same object on every request.
 * Callers must not change what they are handed.
 */
export class ParsedCache<T> {
  private readonly entries = new Map<string, { value: T; chars: number }>()
  private chars = 0

  constructor(private readonly budget: number) {}

  /** The value kept under this key, now the most recently used; undefined when none is. */
  get(key: string): T | undefined {
    const kept = this.entries.get(key)
    if (kept === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, kept)
    return kept.value
  }

  /** Keeps a value parsed from `chars` characters (none past the budget), dropping the least recently used past it. */
  set(key: string, value: T, chars: number): void {
    if (chars > this.budget || this.entries.has(key)) return
    this.entries.set(key, { value, chars })
    this.chars += chars
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.budget) break
      this.entries.delete(oldest)
      this.chars -= entry.chars
    }
  }
}

/** One cache per ASSETS binding, made when first asked for. */
export function cachePerBinding<T>(budget: number): (assets: Fetcher) => ParsedCache<T> {
  const caches = new WeakMap<Fetcher, ParsedCache<T>>()
  return (assets) => {
    let cache = caches.get(assets)
    if (!cache) caches.set(assets, (cache = new ParsedCache<T>(budget)))
    return cache
  }
}
