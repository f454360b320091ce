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
  /** The similarities of many pairs (i < j) at once, each the number `similarity(i, j)` gives; for speed only. */
  pairSimilarities?: (pairs: readonly (readonly [number, number])[]) => ArrayLike<number>
}

/** Keys shared by more articles than this say nothing about an event. */
const MAX_POSTING = 2000

/** One number per unordered pair i < j of n items (exact below 2^53: n up to 94 million). Numbers hash and compare far faster than "i:j" strings. */
const pairKey = (i: number, j: number, n: number) => i * n + j

/**
 * Most articles one article is compared with. The reports of one event share
 * its rarest words and names, so its candidates are taken from its rarest
 * keys first, and within a key the nearest in time first; past this many,
 * what is left shares only words common in its weeks (a team, a party, a
 * market), which as the catalog grows would make the candidates grow with
 * the square of its density. A story with this many reports is beyond any
 * event a news feed carries.
 */
export const MAX_CANDIDATES = 100

export function candidatePairs(items: ClusterItem[], windowMs: number): [number, number][] {
  const postings = new Map<string, number[]>()
  items.forEach((item, i) => {
    for (const k of new Set(item.keys)) {
      const list = postings.get(k)
      if (list) list.push(i)
      else postings.set(k, [i])
    }
  })
  for (const [key, list] of postings) {
    if (list.length < 2 || list.length > MAX_POSTING) postings.delete(key)
    else list.sort((a, b) => items[a]!.time - items[b]!.time || a - b)
  }
  const partners = items.map((item, x) => {
    const keys = [...new Set(item.keys)].filter((k) => postings.has(k))
    keys.sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || (a < b ? -1 : a > b ? 1 : 0))
    const mine = new Set<number>()
    for (const key of keys) {
      if (mine.size >= MAX_CANDIDATES) break
      const list = postings.get(key)!
      const at = positionIn(list, items, x)
      let left = at - 1
      let right = at + 1
      while (mine.size < MAX_CANDIDATES) {
        const l = left >= 0 && item.time - items[list[left]!]!.time <= windowMs ? list[left]! : -1
        const r = right < list.length && items[list[right]!]!.time - item.time <= windowMs ? list[right]! : -1
        if (l < 0 && r < 0) break
        // The nearer in time first; on a tie the earlier.
        if (r < 0 || (l >= 0 && item.time - items[l]!.time <= items[r]!.time - item.time)) {
          mine.add(l)
          left--
        } else {
          mine.add(r)
          right++
        }
      }
    }
    return Int32Array.from(mine).sort()
  })
  // A pair is a candidate when either article picked the other; listed once.
  const pairs: [number, number][] = []
  partners.forEach((mine, x) => {
    for (const y of mine) {
      if (y > x) pairs.push([x, y])
      else if (!hasSorted(partners[y]!, x)) pairs.push([y, x])
    }
  })
  return pairs
}

/** Where item x sits in a posting sorted by time, then index. */
function positionIn(list: number[], items: ClusterItem[], x: number): number {
  const time = items[x]!.time
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const y = list[mid]!
    const order = items[y]!.time - time || y - x
    if (order === 0) return mid
    if (order < 0) lo = mid + 1
    else hi = mid - 1
  }
  throw new Error(`stories: item ${x} is missing from a posting of its own key`)
}

function hasSorted(list: Int32Array, value: number): boolean {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (list[mid] === value) return true
    if (list[mid]! < value) lo = mid + 1
    else hi = mid - 1
  }
  return false
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
  const candidates = candidatePairs(items, options.windowMs)
  const scores = options.pairSimilarities?.(candidates)
  if (scores) candidates.forEach(([i, j], k) => cache.set(pairKey(i, j, items.length), scores[k]!))
  const edges = candidates
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
