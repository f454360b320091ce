/**
 * A story's summary: whole sentences taken from its articles, chosen by
 * maximal marginal relevance. Each pick maximises
 *   λ·(similarity to the story's centroid) − (1−λ)·(similarity to the
 *   closest sentence already picked),
 * with a small penalty for an article already quoted, so the summary draws
 * on several outlets and never says the same thing twice.
 *
 * The latest development comes first: when the story spans more than one
 * day, the sentence of its newest day's articles that is most central while
 * least like anything the older articles say (latestDevelopment) is picked
 * before the others, so a reader of the story sees where it stands now, not
 * only its background.
 *
 * Sentences keep their words, except that a relative day ("on Monday",
 * "yesterday", "last week") is followed by the date it stands for, from the
 * date of the article it comes from (relative-dates.ts): beside sentences
 * from other days, "on Monday" alone no longer says which Monday.
 */
import { joinSentences, wordCount } from '../../text/words.ts'
import { type Candidate, candidates as sentenceCandidates } from '../summaries/candidates.ts'
import { positionPrior } from '../summaries/position-prior.ts'
import { anchorRelativeDays } from './relative-dates.ts'
import { cosine, tfidfVector, type SparseVector } from './vectors.ts'

/** An article as a story's summary reads it: its candidate sentences found beforehand (prepare.ts), or its paragraphs to find them in. */
export type SummarySource = {
  id: string
  /** The article's date (RFC 3339): relative days in its sentences are read from it. */
  published: string
} & ({ sentences: StorySentences } | { paragraphs: string[] })

/**
 * An article's candidate sentences as a story's summary reads them. The
 * article's own summary finds the same candidates, so the per-article stage
 * keeps these, and only these: a summary sentence comes from the first
 * LEAD_PARAGRAPHS paragraphs, the others are only compared with (stems).
 */
export interface StorySentences {
  /** The candidates of the first LEAD_PARAGRAPHS paragraphs, in order. */
  lead: Pick<Candidate, 'text' | 'stems'>[]
  /** The stems of the candidates after them, in order. */
  restStems: string[][]
}

export function storySentences(found: Candidate[]): StorySentences {
  const lead = found.filter((c) => c.paragraph < LEAD_PARAGRAPHS)
  return { lead: lead.map(({ text, stems }) => ({ text, stems })), restStems: found.slice(lead.length).map((c) => c.stems) }
}

interface Sentence {
  text: string
  /** The text as the summary shows it: relative days anchored (relative-dates.ts). */
  shown: string
  article: string
  vector: SparseVector
  order: number
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

/** The calendar day of an RFC 3339 date: what "newer" means for reports of one story. */
const dayOf = (published: string) => published.slice(0, 10)

/**
 * The sentence that carries the story forward: among the lead sentences of
 * the articles of the newest day, the one with the highest centrality ×
 * novelty × position prior, where novelty is 1 − its closest similarity to
 * any sentence of the older articles (their whole bodies, not only their
 * leads), and the position prior is the summaries' (learnt on bbc-dev: a
 * report states its news first, background later). None when
 * the story has only one day, or when every new sentence repeats an older
 * one (novelty under 1 − REDUNDANT).
 */
export function latestDevelopment(candidates: Sentence[], older: SparseVector[], newest: Set<string>, centroid: SparseVector): Sentence | null {
  let best: Sentence | null = null
  let bestScore = 0
  for (const c of candidates) {
    if (!newest.has(c.article)) continue
    let closest = 0
    for (const o of older) closest = Math.max(closest, cosine(o, c.vector))
    const novelty = 1 - closest
    const score = cosine(c.vector, centroid) * novelty * positionPrior(c.order)
    if (novelty >= 1 - REDUNDANT && score > bestScore) {
      best = c
      bestScore = score
    }
  }
  return best
}

interface Ranked {
  c: Sentence
  /** Its closest similarity to a sentence already picked. */
  redundancy: number
  score: number
}

/** Candidates best first by maximal marginal relevance against the sentences picked so far; on a tie, by text. */
function rankCandidates(left: Sentence[], picked: Sentence[], centroid: SparseVector): Ranked[] {
  const scored = left.map((c) => {
    const redundancy = Math.max(0, ...picked.map((p) => cosine(p.vector, c.vector)))
    const reuse = picked.some((p) => p.article === c.article) ? REUSE_PENALTY : 0
    return { c, redundancy, score: LAMBDA * cosine(c.vector, centroid) - (1 - LAMBDA) * redundancy - reuse - 0.001 * c.order }
  })
  return scored.sort((a, b) => b.score - a.score || (a.c.text < b.c.text ? -1 : 1))
}

export function storySummary(sources: SummarySource[], weights: Map<string, number>): string {
  const candidates: Sentence[] = []
  /** Every sentence of the older reports, as vectors. */
  const older: SparseVector[] = []
  const days = sources.map((s) => dayOf(s.published))
  const newestDay = days.reduce((a, b) => (b > a ? b : a), '')
  const newest = new Set(sources.filter((s) => dayOf(s.published) === newestDay).map((s) => s.id))
  for (const source of sources) {
    // The article summaries' sentence pool: datelines stripped, boilerplate and repeats left out.
    const found = 'sentences' in source ? source.sentences : storySentences(sentenceCandidates(source.paragraphs.map((text) => ({ type: 'p' as const, text }))))
    found.lead.forEach((c, order) => {
      if (isWhole(c.text)) {
        const shown = anchorRelativeDays(c.text, source.published)
        candidates.push({ text: c.text, shown, article: source.id, vector: tfidfVector(c.stems, weights), order })
      }
    })
    if (!newest.has(source.id)) {
      for (const c of found.lead) older.push(tfidfVector(c.stems, weights))
      for (const stems of found.restStems) older.push(tfidfVector(stems, weights))
    }
  }
  const centroid = new Map<string, number>()
  for (const c of candidates) for (const [k, x] of c.vector) centroid.set(k, (centroid.get(k) ?? 0) + x / candidates.length)
  const picked: Sentence[] = []
  let words = 0
  const left = [...candidates]
  const latest = older.length > 0 ? latestDevelopment(candidates, older, newest, centroid) : null
  if (latest) {
    picked.push(latest)
    words += wordCount(latest.shown)
    left.splice(left.indexOf(latest), 1)
  }
  // A candidate's score changes only when a sentence is picked, so the ranking
  // is redone after each pick, not after each candidate tried: a story of m
  // reports then costs m·(picks) scores, not m².
  let ranked = rankCandidates(left, picked, centroid)
  let next = 0
  while (next < ranked.length) {
    const best = ranked[next++]!
    if (best.redundancy > REDUNDANT || picked.some((p) => p.text === best.c.text)) continue
    if (words + wordCount(best.c.shown) > MAX_WORDS) continue
    picked.push(best.c)
    words += wordCount(best.c.shown)
    ranked = rankCandidates(ranked.slice(next).map((r) => r.c), picked, centroid)
    next = 0
  }
  return joinSentences(picked.map((p) => p.shown))
}
