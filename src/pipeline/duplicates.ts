/**
 * Duplicate folding: the same text reached twice (syndication, a copy with
 * other boilerplate, a lightly edited copy) is served once.
 *
 * Texts become sets of 5-word shingles. Each set is summarised by a MinHash
 * signature of 126 values; LSH banding (42 bands × 3 rows) makes every pair
 * whose Jaccard similarity is ≥ 0.4 a candidate with probability ≥ 0.94
 * (≥ 0.996 at 0.5), while unrelated pairs (Jaccard ≈ 0.02) almost never
 * share a band, so 100,000 texts never meet all-pairs. Candidates are then
 * checked exactly on their shingle sets:
 *   - Jaccard ≥ 0.5 (an edited copy: each changed word breaks 5 shingles), or
 *   - containment ≥ 0.8 of the smaller set while the smaller is at least
 *     half the larger (the same article with different boilerplate around it;
 *     the size floor keeps a short brief quoted inside a long analysis apart).
 * Different articles on one event share phrases, not 80% of their shingles.
 * Groups settle in time: texts are taken earliest first (published, then
 * seed path, then id), and a text joins the group of its earliest near copy
 * among the texts before it (the group whose first text is earliest), or
 * starts a group. So a text's group never depends on later texts: a copy
 * that arrives later and resembles two earlier texts that are not copies of
 * each other joins one of them and never folds the other away (connected
 * components did, and a feed reader had already shown that article). The
 * first text of a group is kept; the choice never depends on input order.
 */
import { FNV_OFFSET, fnvFold, hashString, hashWords } from '../fnv.ts'
import { byCodeUnits } from '../order.ts'
import { foldWords } from '../text/fold.ts'
import { PairSet } from './duplicates/pair-set.ts'

export interface DuplicateDoc {
  id: string
  seed: string
  /** ISO 8601 UTC. */
  published: string
  text: string
  /**
   * minhashSignature(text), when found beforehand (the per-article
   * stage does, so a rebuild hashes only new texts); null for a text with no
   * words. Found here when absent.
   */
  signature?: ArrayLike<number> | null
  /** A hash of `text`, for findDuplicatesFrom to know a text an earlier build saw. */
  key?: string
}

export interface DuplicateGroup {
  /** Id of the copy that is served. */
  kept: string
  /** Ids of the copies folded into it, in kept-order (earliest first). */
  folded: string[]
}

const SHINGLE = 5
const BANDS = 42
const ROWS = 3
const MIN_JACCARD = 0.5
const MIN_CONTAINMENT = 0.8
const MIN_SIZE_RATIO = 0.5


/** The text's 5-word shingles as 32-bit hashes (a short text is one shingle). */
export function shingles(text: string): Set<number> {
  const w = foldWords(text)
  const out = new Set<number>()
  if (w.length === 0) return out
  if (w.length < SHINGLE) out.add(hashWords(w, 0, w.length))
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hashWords(w, i, i + SHINGLE))
  return out
}

/**
 * shingles(text) as a sorted Uint32Array, each hash once: what the exact
 * check of a candidate pair reads, 4 bytes a shingle where a Set of numbers
 * takes several times that (held for every text that meets a candidate: at
 * 100,000 articles of the bench corpus, most of them).
 */
export function sortedShingles(text: string): Uint32Array {
  const w = foldWords(text)
  if (w.length === 0) return new Uint32Array(0)
  const hashes = w.length < SHINGLE ? Uint32Array.of(hashWords(w, 0, w.length)) : new Uint32Array(w.length - SHINGLE + 1)
  for (let i = 0; i + SHINGLE <= w.length; i++) hashes[i] = hashWords(w, i, i + SHINGLE)
  hashes.sort()
  let unique = 0
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i]!
  return hashes.slice(0, unique)
}

// Fixed seeds for the hash family, so signatures are the same on every run.
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => [hashString(`a${i}`) | 1, hashString(`b${i}`)] as const)

/** Mixes a shingle hash with one seed pair (multiply-xorshift, 32-bit). */
function mix(x: number, a: number, b: number): number {
  let h = Math.imul(x ^ b, a)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return (h ^ (h >>> 12)) >>> 0
}

/** The text's MinHash signature (BANDS × ROWS values), or null for a text with no words, which has no copies. */
export function minhashSignature(text: string): number[] | null {
  const set = shingles(text)
  return set.size === 0 ? null : [...signature(set)]
}

function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff)
  for (const x of set) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = mix(x, SEEDS[i]![0], SEEDS[i]![1])
      if (h < sig[i]!) sig[i] = h
    }
  }
  return sig
}

/** Whether two texts' sorted shingles (sortedShingles) are copies of one text (see the thresholds above). */
export function isNearCopy(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length === 0 || b.length === 0) return false
  let shared = 0
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x]! < b[y]!) x++
    else if (a[x]! > b[y]!) y++
    else (shared++, x++, y++)
  }
  const [small, large] = a.length <= b.length ? [a.length, b.length] : [b.length, a.length]
  const jaccard = shared / (a.length + b.length - shared)
  return jaccard >= MIN_JACCARD || (shared / small >= MIN_CONTAINMENT && small / large >= MIN_SIZE_RATIO)
}

/**
 * The texts of each LSH bucket of one band (its ROWS values from `row` are
 * equal), each bucket in ascending index order; buckets of one text left out.
 * Texts are sorted by a hash of the band's values joined to their index, as
 * one Float64Array, instead of a Map keyed by a string per text and band:
 * 42 strings a text were hundreds of MB at 100,000 texts. Texts whose hashes
 * match are split by their exact values, so a bucket is exactly the texts
 * whose values are equal.
 */
function bandBuckets(texts: number[], signatures: (ArrayLike<number> | null)[], row: number): number[][] {
  const indexBits = Math.max(1, Math.ceil(Math.log2(signatures.length)))
  const hashRange = 2 ** Math.min(32, 53 - indexBits)
  const keys = new Float64Array(texts.length)
  texts.forEach((i, k) => {
    const sig = signatures[i]!
    const h = fnvFold(FNV_OFFSET, sig, row, row + ROWS)
    keys[k] = ((h >>> 0) % hashRange) * 2 ** indexBits + i
  })
  keys.sort()
  const indexRange = 2 ** indexBits
  const buckets: number[][] = []
  for (let start = 0; start < keys.length; ) {
    const hash = Math.floor(keys[start]! / indexRange)
    let end = start + 1
    while (end < keys.length && Math.floor(keys[end]! / indexRange) === hash) end++
    if (end - start > 1) {
      const same = new Map<string, number[]>()
      for (let k = start; k < end; k++) {
        const i = keys[k]! % indexRange
        const sig = signatures[i]!
        const values = `${sig[row]}:${sig[row + 1]}:${sig[row + 2]}`
        const bucket = same.get(values)
        if (bucket) bucket.push(i)
        else same.set(values, [i])
      }
      for (const bucket of same.values()) if (bucket.length > 1) buckets.push(bucket)
    }
    start = end
  }
  return buckets
}

const keptFirst = (a: DuplicateDoc, b: DuplicateDoc) =>
  byCodeUnits(a.published, b.published) || byCodeUnits(a.seed, b.seed) || byCodeUnits(a.id, b.id)

/** Groups of copies, each with the one kept; texts without a copy appear in no group. */
export function findDuplicates(docs: DuplicateDoc[]): DuplicateGroup[] {
  return findDuplicatesFrom(docs, null).groups
}

/**
 * What a build learnt of its texts' copies, for the next build to start
 * from: every text with a signature by its content key (the caller's hash of
 * the text), and every near-copy pair it found, as pairs of indices into
 * `keys`.
 */
export interface DuplicateLinks {
  keys: string[]
  /** [a0, b0, a1, b1, …]: keys[a_k] and keys[b_k] are near copies. */
  links: number[]
}

/**
 * findDuplicates, starting from an earlier build's links, and its links for
 * the next build. Why this gives a full build's groups: whether two texts are
 * candidates (shared band values) and whether they are near copies (their
 * shingle sets) depends on the two texts alone, so the pairs of texts the
 * earlier build saw (by content key, `DuplicateDoc.key`) decide as they did,
 * and its links are every such pair; a text gone takes its links with it.
 * Only pairs with a new text are checked. Links that do not fit (a file cut
 * short or from elsewhere) are no state: every pair is checked.
 */
export function findDuplicatesFrom(docs: DuplicateDoc[], previous: DuplicateLinks | null): { groups: DuplicateGroup[]; links: DuplicateLinks } {
  // Shingles only of the texts that meet a candidate, made once each, as sorted typed arrays (sortedShingles).
  const sets = new Map<number, Uint32Array>()
  const setOf = (i: number) => {
    let set = sets.get(i)
    if (!set) sets.set(i, (set = sortedShingles(docs[i]!.text)))
    return set
  }
  const pairs: number[] = []
  // Pairs j < i already checked (a pair shares up to every band).
  const checked = new PairSet(docs.length)
  const check = (j: number, i: number) => {
    if (checked.has(i, j)) return
    checked.add(i, j)
    if (isNearCopy(setOf(i), setOf(j))) pairs.push(j, i)
  }
  const signatures = docs.map((doc) => (doc.signature !== undefined ? doc.signature : minhashSignature(doc.text)))
  const hashed = signatures.flatMap((sig, i) => (sig === null ? [] : [i]))
  const known = previous ? earlierTexts(docs, hashed, previous) : null
  if (known) {
    for (let k = 0; k < previous!.links.length; k += 2) {
      const [i, j] = [known.at[previous!.links[k]!]!, known.at[previous!.links[k + 1]!]!]
      if (i >= 0 && j >= 0) pairs.push(i, j)
    }
  }
  for (let b = 0; b < BANDS; b++) {
    for (const bucket of bandBuckets(hashed, signatures, b * ROWS)) {
      if (!known) {
        for (let x = 1; x < bucket.length; x++) for (let y = 0; y < x; y++) check(bucket[y]!, bucket[x]!)
        continue
      }
      for (const x of bucket) {
        if (known.old[x]) continue
        for (const y of bucket) if (known.old[y] || y < x) check(Math.min(x, y), Math.max(x, y))
      }
    }
  }
  const groups = settledGroups(docs, pairs)
  const position = new Int32Array(docs.length)
  hashed.forEach((i, k) => (position[i] = k))
  return { groups, links: { keys: hashed.map((i) => docs[i]!.key ?? ''), links: pairs.map((i) => position[i]!) } }
}

/** The groups of near-copy `pairs` (indices into `docs`, in twos) as texts settle, earliest first (see the header). */
function settledGroups(docs: DuplicateDoc[], pairs: number[]): DuplicateGroup[] {
  const order = docs.map((_, i) => i).sort((x, y) => keptFirst(docs[x]!, docs[y]!))
  const rank = new Int32Array(docs.length)
  order.forEach((i, r) => (rank[i] = r))
  // Each text's near copies that come before it.
  const earlier = new Map<number, number[]>()
  for (let k = 0; k < pairs.length; k += 2) {
    const [x, y] = [pairs[k]!, pairs[k + 1]!]
    if (x === y) continue
    const [before, after] = rank[x]! < rank[y]! ? [x, y] : [y, x]
    const list = earlier.get(after)
    if (list) list.push(before)
    else earlier.set(after, [before])
  }
  // first[i]: the first text of i's group.
  const first = new Int32Array(docs.length)
  const members = new Map<number, number[]>()
  for (const i of order) {
    let head = i
    for (const j of earlier.get(i) ?? []) if (rank[first[j]!]! < rank[head]!) head = first[j]!
    first[i] = head
    if (head !== i) {
      const list = members.get(head)
      if (list) list.push(i)
      else members.set(head, [i])
    }
  }
  return [...members]
    .map(([head, folded]) => ({ kept: docs[head]!.id, folded: folded.map((i) => docs[i]!.id) }))
    .sort((a, b) => (a.kept < b.kept ? -1 : 1))
}

/**
 * Where each of the earlier build's texts is now (`at`, by its index in
 * `previous.keys`; -1 for a text gone) and which texts are among them
 * (`old`); null when the links do not fit the keys. Texts with one key are one text, so any of them can stand for
 * another.
 */
function earlierTexts(docs: DuplicateDoc[], hashed: number[], previous: DuplicateLinks): { at: Int32Array; old: Uint8Array } | null {
  const byKey = new Map<string, number[]>()
  for (const i of hashed) {
    const key = docs[i]!.key
    if (key === undefined) return null
    const list = byKey.get(key)
    if (list) list.push(i)
    else byKey.set(key, [i])
  }
  // A file from elsewhere, or cut short: no state rather than a wrong one.
  if (!Array.isArray(previous.keys) || !Array.isArray(previous.links) || previous.links.some((k) => !(Number.isInteger(k) && k >= 0 && k < previous.keys.length)) || previous.keys.some((k) => typeof k !== 'string')) return null
  const at = new Int32Array(previous.keys.length)
  const old = new Uint8Array(docs.length)
  for (let p = 0; p < previous.keys.length; p++) {
    const i = byKey.get(previous.keys[p]!)?.pop()
    at[p] = i ?? -1
    if (i !== undefined) old[i] = 1
  }
  return { at, old }
}
