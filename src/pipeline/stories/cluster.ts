/**
 * Grouping articles into stories without chaining.
 *
 * Candidates: two articles are compared only when they share one of their
 * most distinctive keys (top tf-idf stems, most salient entities) and were
 * published within the window, so 100,000 articles never meet all-pairs.
 *
 * Linkage: greedy average linkage. Candidate pairs at or above the link
 * threshold are taken strongest first; two groups merge only if the mean
 * similarity over every pair across them reaches the same threshold and the
 * merged group still spans no more than the window. Single linkage would let
 * A–B and B–C pull unrelated A and C together; the mean makes each newcomer
 * resemble the whole story, not one member.
 */

export interface ClusterItem {
  /** Milliseconds since the epoch. */
  time: number
  /** Keys for candidate generation. */
  keys: string[]
}

export interface ClusterOptions {
  /** Minimum pair similarity, and minimum mean similarity for a merge. */
  threshold: number
  /** Longest span between a story's first and last article. */
  windowMs: number
}

/** Keys shared by more articles than this say nothing about an event. */
const MAX_POSTING = 2000

/** One number per unordered pair i < j of n items (exact below 2^53: n up to 94 million). Numbers hash and compare far faster than "i:j" strings. */
const pairKey = (i: number, j: number, n: number) => i * n + j

function candidatePairs(items: ClusterItem[], windowMs: number): [number, number][] {
  const postings = new Map<string, number[]>()
  items.forEach((item, i) => {
    for (const k of new Set(item.keys)) {
      const list = postings.get(k)
      if (list) list.push(i)
      else postings.set(k, [i])
    }
  })
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue
    const byTime = [...list].sort((a, b) => items[a]!.time - items[b]!.time || a - b)
    for (let x = 0; x < byTime.length; x++) {
      for (let y = x + 1; y < byTime.length && items[byTime[y]!]!.time - items[byTime[x]!]!.time <= windowMs; y++) {
        const [i, j] = [Math.min(byTime[x]!, byTime[y]!), Math.max(byTime[x]!, byTime[y]!)]
        const id = pairKey(i, j, items.length)
        if (!seen.has(id)) {
          seen.add(id)
          pairs.push([i, j])
        }
      }
    }
  }
  return pairs
}

/** Groups of item indices (each of two or more), by greedy average linkage. */
export function clusterItems(items: ClusterItem[], similarity: (i: number, j: number) => number, options: ClusterOptions): number[][] {
  const cache = new Map<number, number>()
  const sim = (i: number, j: number) => {
    const id = i < j ? pairKey(i, j, items.length) : pairKey(j, i, items.length)
    let s = cache.get(id)
    if (s === undefined) cache.set(id, (s = similarity(Math.min(i, j), Math.max(i, j))))
    return s
  }
  const edges = candidatePairs(items, options.windowMs)
    .map(([i, j]) => ({ i, j, s: sim(i, j) }))
    .filter((e) => e.s >= options.threshold)
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j)
  const groupOf = items.map((_, i) => i)
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]))
  for (const { i, j } of edges) {
    const [gi, gj] = [groupOf[i]!, groupOf[j]!]
    if (gi === gj) continue
    const a = members.get(gi)!
    const b = members.get(gj)!
    const times = [...a, ...b].map((k) => items[k]!.time)
    if (Math.max(...times) - Math.min(...times) > options.windowMs) continue
    let total = 0
    for (const x of a) for (const y of b) total += sim(x, y)
    if (total / (a.length * b.length) < options.threshold) continue
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi]
    const merged = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y)
    for (const k of merged) groupOf[k] = keep
    members.set(keep, merged)
    members.delete(drop)
  }
  return [...members.values()].filter((m) => m.length > 1).sort((a, b) => a[0]! - b[0]!)
}
