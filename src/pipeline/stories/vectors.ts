/**
 * The two text signals for "same event": tf-idf over content stems (the
 * headline counted twice, as it names the event), and the article's
 * salient entities weighted by rarity and by salience rank. Both are sparse,
 * L2-normalised vectors, so similarity is a dot product.
 */
import { contentStems } from '../../text/nlp.ts'
import { remembered } from '../../text/remembered.ts'

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

/** Smoothed idf with a background prior (see BACKGROUND_DOCS). */
export function idf(bags: Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>()
  let n = 0
  for (const bag of bags) {
    n++
    for (const term of new Set(bag)) df.set(term, (df.get(term) ?? 0) + 1)
  }
  const out = new Map<string, number>()
  for (const [term, d] of df) out.set(term, Math.log((n + 1 + BACKGROUND_DOCS) / (d + 1)) + 1)
  return out
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
  const v: SparseVector = new Map()
  for (const [t, count] of tf) v.set(t, (1 + Math.log(count)) * (weights.get(t) ?? unseenWeight(weights)))
  return normalise(v)
}

/** How many of an article's entities (most salient first) speak for its event. */
export const SALIENT_ENTITIES = 12

/** Entity slugs weighted by rarity and by rank: the first-named entity counts most. */
export function entityVector(slugs: string[], weights: Map<string, number>): SparseVector {
  const v: SparseVector = new Map()
  slugs.slice(0, SALIENT_ENTITIES).forEach((slug, rank) => v.set(slug, (weights.get(slug) ?? unseenWeight(weights)) / (1 + 0.2 * rank)))
  return normalise(v)
}
