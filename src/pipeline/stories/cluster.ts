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
  pairSimilarities?: (pairs: PairList) => ArrayLike<number>
  /**
   * Groups that exist before any pair is taken: the open stories of earlier
   * time blocks (time-blocks.ts). Each may take new items by the same rules,
   * but two of them never merge, so no earlier article changes story.
   */
  fixedGroups?: readonly (readonly number[])[]
}

/**
 * Pairs of item indices, pair p being (first[p], second[p]). Up to
 * MAX_CANDIDATES per article are candidates, millions at 100,000 articles:
 * as typed arrays a pair costs 8 bytes, where a [i, j] array costs about 40
 * and a Map entry keyed by the number i * n + j (a heap number, not a small
 * integer, once i * n passes 2^30) about 50 more.
 */
export interface PairList {
  first: Int32Array
  second: Int32Array
}

/** A PairList of [i, j] tuples (for tests and small inputs). */
export function pairList(pairs: readonly (readonly [number, number])[]): PairList {
  return { first: Int32Array.from(pairs, ([i]) => i), second: Int32Array.from(pairs, ([, j]) => j) }
}

/** Keys shared by more articles than this say nothing about an event. */
const MAX_POSTING = 2000

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

/** Candidate pairs (i < j), each listed once, sorted by i, then j. */
export function candidatePairs(items: ClusterItem[], windowMs: number): PairList {
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
  // A pair is a candidate when either article picked the other; listed once, under its smaller index.
  const rows = partners.map((mine, x) => Array.from(mine.filter((y) => y > x)))
  partners.forEach((mine, x) => {
    for (const y of mine) if (y < x && !hasSorted(partners[y]!, x)) rows[y]!.push(x)
  })
  const count = rows.reduce((n, row) => n + row.length, 0)
  const pairs: PairList = { first: new Int32Array(count), second: new Int32Array(count) }
  let p = 0
  rows.forEach((row, x) => {
    for (const y of row.sort((a, b) => a - b)) {
      pairs.first[p] = x
      pairs.second[p++] = y
    }
  })
  return pairs
}

/** Where pair (i, j), i < j, is in `pairs` (sorted by first, then second, starting at rowStart[i]); -1 when it is not there. */
function pairIndex(pairs: PairList, rowStart: Int32Array, i: number, j: number): number {
  let lo = rowStart[i]!
  let hi = rowStart[i + 1]! - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const y = pairs.second[mid]!
    if (y === j) return mid
    if (y < j) lo = mid + 1
    else hi = mid - 1
  }
  return -1
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
  const candidates = candidatePairs(items, options.windowMs)
  const count = candidates.first.length
  const scores = Float64Array.from(options.pairSimilarities?.(candidates) ?? Array.from({ length: count }, (_, p) => similarity(candidates.first[p]!, candidates.second[p]!)))
  const rowStart = new Int32Array(items.length + 1)
  for (let p = 0; p < count; p++) rowStart[candidates.first[p]! + 1]! += 1
  for (let i = 0; i < items.length; i++) rowStart[i + 1]! += rowStart[i]!
  // Pairs that are not candidates, met when two groups' every pair is averaged: a Map per smaller index, so keys stay small integers.
  const others = new Map<number, Map<number, number>>()
  const sim = (a: number, b: number) => {
    const [i, j] = a < b ? [a, b] : [b, a]
    const p = pairIndex(candidates, rowStart, i, j)
    if (p >= 0) return scores[p]!
    let row = others.get(i)
    if (!row) others.set(i, (row = new Map()))
    let s = row.get(j)
    if (s === undefined) row.set(j, (s = similarity(i, j)))
    return s
  }
  const edges: number[] = []
  for (let p = 0; p < count; p++) if (scores[p]! >= options.threshold) edges.push(p)
  const { first, second } = candidates
  edges.sort((a, b) => scores[b]! - scores[a]! || first[a]! - first[b]! || second[a]! - second[b]!)
  const groupOf = items.map((_, i) => i)
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]))
  // Each group's first and last time, kept as groups merge: spreading every member's time for each edge grew with the stories' size.
  const earliest = Float64Array.from(items, (item) => item.time)
  const latest = Float64Array.from(items, (item) => item.time)
  // A group is known by its smallest member; these are the groups that hold a fixed group.
  const fixed = new Set<number>()
  for (const group of options.fixedGroups ?? []) {
    const sorted = [...group].sort((x, y) => x - y)
    const keep = sorted[0]
    if (keep === undefined) continue
    for (const k of sorted) {
      if (groupOf[k] !== k) throw new Error(`stories: item ${k} is in two fixed groups`)
      members.delete(k)
      groupOf[k] = keep
      earliest[keep] = Math.min(earliest[keep]!, items[k]!.time)
      latest[keep] = Math.max(latest[keep]!, items[k]!.time)
    }
    members.set(keep, sorted)
    fixed.add(keep)
  }
  for (const p of edges) {
    const [i, j] = [first[p]!, second[p]!]
    const [gi, gj] = [groupOf[i]!, groupOf[j]!]
    if (gi === gj || (fixed.has(gi) && fixed.has(gj))) continue
    const a = members.get(gi)!
    const b = members.get(gj)!
    if (Math.max(latest[gi]!, latest[gj]!) - Math.min(earliest[gi]!, earliest[gj]!) > options.windowMs) continue
    let total = 0
    for (const x of a) for (const y of b) total += sim(x, y)
    if (total / (a.length * b.length) < options.threshold) continue
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi]
    const merged = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y)
    for (const k of merged) groupOf[k] = keep
    earliest[keep] = Math.min(earliest[gi]!, earliest[gj]!)
    latest[keep] = Math.max(latest[gi]!, latest[gj]!)
    members.set(keep, merged)
    members.delete(drop)
    if (fixed.delete(drop)) fixed.add(keep)
  }
  return [...members.values()].filter((m) => m.length > 1).sort((a, b) => a[0]! - b[0]!)
}
