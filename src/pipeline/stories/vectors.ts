/**
 * The two text signals for "same event": tf-idf over content stems (the
 * headline counted twice, as it names the event), and the article's
 * salient entities weighted by rarity and by salience rank. Both are sparse,
 * L2-normalised vectors, so similarity is a dot product.
 */
import { contentStems } from '../../text/nlp.ts'
import { remembered } from '../../text/remembered.ts'
import type { PairList } from './cluster.ts'

export type SparseVector = Map<string, number>

/**
 * Background documents assumed beside the corpus. Idf from a handful of
 * documents is noise: in a build of five reports of one event, that event's
 * own words are in every document and plain idf would weigh them least. As
 * if the corpus sat among this many unrelated news articles (where the
 * event's words are rare), idf = ln((N + 1 + P) / (df + 1)) + 1. At scale
 * (thousands of articles) P no longer matters.
 */
export const BACKGROUND_DOCS = 50

/** How many documents a corpus (or a run of time blocks) holds, and in how many of them each term is. */
export interface DocumentCounts {
  documents: number
  df: Map<string, number>
}

/** Adds each bag's distinct terms to `counts` (new counts when absent) and returns them: blocks' counts carried forward. */
export function countDocuments(bags: Iterable<Iterable<string>>, counts: DocumentCounts = { documents: 0, df: new Map() }): DocumentCounts {
  for (const bag of bags) {
    counts.documents++
    for (const term of new Set(bag)) counts.df.set(term, (counts.df.get(term) ?? 0) + 1)
  }
  return counts
}

/** Smoothed idf with a background prior (see BACKGROUND_DOCS), from document counts. */
export function idfOf({ documents, df }: DocumentCounts): Map<string, number> {
  const out = new Map<string, number>()
  for (const [term, d] of df) out.set(term, Math.log((documents + 1 + BACKGROUND_DOCS) / (d + 1)) + 1)
  return out
}

/** Smoothed idf with a background prior (see BACKGROUND_DOCS). */
export function idf(bags: Iterable<string>[]): Map<string, number> {
  return idfOf(countDocuments(bags))
}

const maxWeight = new WeakMap<Map<string, number>, number>()

/** A term the corpus never saw is as rare as can be: the largest weight. */
function unseenWeight(weights: Map<string, number>): number {
  let max = maxWeight.get(weights)
  if (max === undefined) {
    max = 1
    for (const w of weights.values()) if (w > max) max = w
    maxWeight.set(weights, max)
  }
  return max
}

export function normalise(v: SparseVector): SparseVector {
  let norm = 0
  for (const x of v.values()) norm += x * x
  norm = Math.sqrt(norm)
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm)
  return v
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [k, x] of small) dot += x * (large.get(k) ?? 0)
  return dot
}

/**
 * cosine(vectors[i], vectors[j]) of every pair, the same numbers bit for bit,
 * found without hashing a string per term. The candidate pairs grow with the
 * catalog's density up to MAX_CANDIDATES per article (stories/cluster.ts), and
 * one Map lookup per shared-or-not term of each pair was most of the stage's
 * time at 5,000 articles. Here terms become small integers and each pair's
 * larger vector is spread into a dense array once for all pairs it is the
 * larger of; the smaller is walked in its own order, as cosine walks it, so
 * the sum adds the same products in the same order.
 */
export function pairCosines(vectors: readonly SparseVector[], pairs: PairList): Float64Array {
  const { first, second } = pairs
  const ids = new Map<string, number>()
  const packed = vectors.map((v) => {
    const terms = new Int32Array(v.size)
    const weights = new Float64Array(v.size)
    let k = 0
    for (const [term, x] of v) {
      let id = ids.get(term)
      if (id === undefined) ids.set(term, (id = ids.size))
      terms[k] = id
      weights[k++] = x
    }
    return { terms, weights }
  })
  // As cosine: the first vector is the smaller one unless the second is strictly smaller.
  const larger = (p: number) => {
    const [i, j] = [first[p]!, second[p]!]
    return vectors[i]!.size <= vectors[j]!.size ? j : i
  }
  const byLarger = new Map<number, number[]>()
  for (let p = 0; p < first.length; p++) {
    const l = larger(p)
    const list = byLarger.get(l)
    if (list) list.push(p)
    else byLarger.set(l, [p])
  }
  const dense = new Float64Array(ids.size)
  const out = new Float64Array(first.length)
  for (const [l, list] of byLarger) {
    const large = packed[l]!
    for (let k = 0; k < large.terms.length; k++) dense[large.terms[k]!] = large.weights[k]!
    for (const p of list) {
      const small = packed[first[p] === l ? second[p]! : first[p]!]!
      let dot = 0
      for (let k = 0; k < small.terms.length; k++) dot += small.weights[k]! * dense[small.terms[k]!]!
      out[p] = dot
    }
    for (let k = 0; k < large.terms.length; k++) dense[large.terms[k]!] = 0
  }
  return out
}

/**
 * Stems of an article's headline (twice) and body, without the words of its
 * entities' names: names are the entity signal's business, and counted here
 * too they make every story about one city or leader look like one event.
 */
export function articleTerms(title: string, body: string, entityNames: string[] = []): string[] {
  return termsWithoutNames(contentStems(title), contentStems(body), entityNames)
}

/** articleTerms from the headline's and body's content stems found beforehand (topics/corpus.ts readText finds the same). */
export function termsWithoutNames(titleContent: string[], bodyContent: string[], entityNames: string[] = []): string[] {
  const names = new Set(entityNames.flatMap(nameStems))
  const head = titleContent.filter((s) => !names.has(s))
  return [...head, ...head, ...bodyContent.filter((s) => !names.has(s))]
}

/**
 * Content stems of an entity's name, kept per name: a catalog names the same
 * few thousand entities across all its articles, and reading a name again
 * costs a wink document each time.
 */
const nameStems = remembered(contentStems, 50_000)

/** Sublinear tf × idf, normalised. */
export function tfidfVector(terms: string[], weights: Map<string, number>): SparseVector {
  const tf = new Map<string, number>()
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  // normalise's arithmetic in its order (the squares summed in term order, then each weight divided), without writing the Map twice.
  const raw = new Float64Array(tf.size)
  let k = 0
  let norm = 0
  for (const [t, count] of tf) {
    const x = (1 + Math.log(count)) * (weights.get(t) ?? unseenWeight(weights))
    raw[k++] = x
    norm += x * x
  }
  norm = Math.sqrt(norm)
  const v: SparseVector = new Map()
  k = 0
  for (const t of tf.keys()) v.set(t, norm > 0 ? raw[k++]! / norm : raw[k++]!)
  return v
}

/** How many of an article's entities (most salient first) speak for its event. */
export const SALIENT_ENTITIES = 12

/** Entity slugs weighted by rarity and by rank: the first-named entity counts most. */
export function entityVector(slugs: string[], weights: Map<string, number>): SparseVector {
  const v: SparseVector = new Map()
  slugs.slice(0, SALIENT_ENTITIES).forEach((slug, rank) => v.set(slug, (weights.get(slug) ?? unseenWeight(weights)) / (1 + 0.2 * rank)))
  return normalise(v)
}
