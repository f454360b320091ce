/**
 * A story's summary: whole sentences taken verbatim from its articles,
 * chosen by maximal marginal relevance. Each pick maximises
 *   λ·(similarity to the story's centroid) − (1−λ)·(similarity to the
 *   closest sentence already picked),
 * with a small penalty for an article already quoted, so the summary draws
 * on several outlets and never says the same thing twice.
 */
import { joinSentences, wordCount } from '../../text/words.ts'
import { candidates as sentenceCandidates } from '../summaries/candidates.ts'
import { cosine, tfidfVector, type SparseVector } from './vectors.ts'

export interface SummarySource {
  id: string
  /** Paragraphs of the article body. */
  paragraphs: string[]
}

const MAX_WORDS = 80
const LAMBDA = 0.7
/** Pairs above this similarity say the same thing; the later one is skipped. */
const REDUNDANT = 0.5
const REUSE_PENALTY = 0.1
/** Sentences from an article's first paragraphs: where reports put the news. */
const LEAD_PARAGRAPHS = 4

// A summary sentence stands alone: ends as a sentence, starts capitalised, no dangling quote.
const isWhole = (s: string) =>
  /^[\p{Lu}\p{Lo}"“‘「]/u.test(s) && /[.!?。！？]["”’」]?$/u.test(s) && wordCount(s) >= 6 && wordCount(s) <= 45 && (s.match(/["“”]/g) ?? []).length % 2 === 0

export function storySummary(sources: SummarySource[], weights: Map<string, number>): string {
  const candidates: { text: string; article: string; vector: SparseVector; order: number }[] = []
  for (const source of sources) {
    // The article summaries' sentence pool: datelines stripped, boilerplate and repeats left out.
    const lead = source.paragraphs.slice(0, LEAD_PARAGRAPHS).map((text) => ({ type: 'p' as const, text }))
    for (const c of sentenceCandidates(lead)) {
      if (isWhole(c.text)) candidates.push({ text: c.text, article: source.id, vector: tfidfVector(c.stems, weights), order: c.order })
    }
  }
  const centroid = new Map<string, number>()
  for (const c of candidates) for (const [k, x] of c.vector) centroid.set(k, (centroid.get(k) ?? 0) + x / candidates.length)
  const picked: typeof candidates = []
  let words = 0
  const left = [...candidates]
  while (left.length) {
    const scored = left.map((c) => {
      const redundancy = Math.max(0, ...picked.map((p) => cosine(p.vector, c.vector)))
      const reuse = picked.some((p) => p.article === c.article) ? REUSE_PENALTY : 0
      return { c, redundancy, score: LAMBDA * cosine(c.vector, centroid) - (1 - LAMBDA) * redundancy - reuse - 0.001 * c.order }
    })
    scored.sort((a, b) => b.score - a.score || (a.c.text < b.c.text ? -1 : 1))
    const best = scored[0]!
    left.splice(left.indexOf(best.c), 1)
    if (best.redundancy > REDUNDANT || picked.some((p) => p.text === best.c.text)) continue
    if (words + wordCount(best.c.text) > MAX_WORDS) continue
    picked.push(best.c)
    words += wordCount(best.c.text)
  }
  return joinSentences(picked.map((p) => p.text))
}
