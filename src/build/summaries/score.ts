/**
 * Sentence salience, in [0, 1] per part:
 *
 *   POSITION × position prior (news puts the point first; 1/√(1+i))
 * + CENTRALITY × cosine to the article's centroid (tf-isf over its sentences)
 * + TITLE × cosine to the headline
 * − CONTEXT_PENALTY for a sentence that leans on the one before it
 *
 * and maximal marginal relevance for the choice: each next sentence trades
 * salience against its similarity to the sentences already chosen, so the
 * summary does not say the same thing twice.
 */
import type { Candidate } from './candidates.ts'

// Centrality carries most of the weight: on bbc-dev a position-heavy mix only
// reproduces the lead (and loses to it, since whole sentences fit the budget
// less tightly than cut-off words), while a centroid-led one beats it.
export const POSITION = 0.15
export const CENTRALITY = 0.65
export const TITLE = 0.2
/** Share of MMR given to salience; the rest penalises overlap with chosen sentences. */
export const MMR_LAMBDA = 0.8

/**
 * A sentence opening with a connective or a bare pronoun leans on the one
 * before it ("However, …", "He added that …"); out of context it reads as a
 * non sequitur, so it needs more salience to be chosen.
 */
const LEANS_ON_CONTEXT =
  /^['"‘“]?(however|furthermore|moreover|additionally|also|but|and|so|meanwhile|still|yet|nevertheless|nonetheless|instead|likewise|similarly|in addition|this|these|those|that|it|he|she|they|his|her|their|its)\b/i
export const CONTEXT_PENALTY = 0.1

type Vector = Map<string, number>

function termFrequencies(stems: string[]): Vector {
  const v: Vector = new Map()
  for (const s of stems) v.set(s, (v.get(s) ?? 0) + 1)
  return v
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (const [k, x] of a) {
    na += x * x
    const y = b.get(k)
    if (y !== undefined) dot += x * y
  }
  for (const y of b.values()) nb += y * y
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb)
}

export interface Scored {
  salience: number[]
  /** Pairwise similarity of candidates i and j, for MMR. */
  similarity: (i: number, j: number) => number
}

export function scoreSentences(sentences: Candidate[], titleStems: string[]): Scored {
  const n = sentences.length
  // Inverse sentence frequency: a word in every sentence says nothing about any one of them.
  const sentenceFrequency = new Map<string, number>()
  for (const s of sentences) for (const stem of new Set(s.stems)) sentenceFrequency.set(stem, (sentenceFrequency.get(stem) ?? 0) + 1)
  const isf = (stem: string) => Math.log((n + 1) / (sentenceFrequency.get(stem) ?? 0.5))
  const weigh = (tf: Vector): Vector => new Map([...tf].map(([k, x]) => [k, x * isf(k)]))

  const vectors = sentences.map((s) => weigh(termFrequencies(s.stems)))
  const centroid: Vector = new Map()
  for (const v of vectors) for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x)
  const title = weigh(termFrequencies(titleStems))

  const salience = vectors.map(
    (v, i) =>
      POSITION / Math.sqrt(1 + i) +
      CENTRALITY * cosine(v, centroid) +
      TITLE * cosine(v, title) -
      (LEANS_ON_CONTEXT.test(sentences[i]!.text) ? CONTEXT_PENALTY : 0),
  )
  const cache = new Map<number, number>()
  const similarity = (i: number, j: number) => {
    const key = Math.min(i, j) * n + Math.max(i, j)
    let value = cache.get(key)
    if (value === undefined) cache.set(key, (value = cosine(vectors[i]!, vectors[j]!)))
    return value
  }
  return { salience, similarity }
}

/**
 * Greedy MMR under a word budget: repeatedly takes the best-trading candidate
 * that still fits, up to maxSentences. Returns indices in document order.
 */
export function selectSentences(sentences: Candidate[], scored: Scored, maxWords: number, maxSentences: number): number[] {
  const chosen: number[] = []
  let words = 0
  const open = new Set(sentences.map((_, i) => i))
  while (chosen.length < maxSentences) {
    let best = -1
    let bestValue = -Infinity
    for (const i of open) {
      if (words + sentences[i]!.words > maxWords) continue
      const overlap = chosen.reduce((m, j) => Math.max(m, scored.similarity(i, j)), 0)
      const value = MMR_LAMBDA * scored.salience[i]! - (1 - MMR_LAMBDA) * overlap
      if (value > bestValue) {
        bestValue = value
        best = i
      }
    }
    if (best < 0) break
    chosen.push(best)
    open.delete(best)
    words += sentences[best]!.words
  }
  return chosen.sort((a, b) => a - b)
}
