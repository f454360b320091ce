/**
 * Claims: figures a story's outlets report differently. Every counted
 * quantity ("about 11,000 troops") is read from every sentence; subjects are
 * grouped by lemma and a small synonym set (troops = soldiers = personnel).
 * A subject becomes a claim only when at least two different values come
 * from at least two different articles: one article giving two figures is
 * not a disagreement between outlets, and outlets that agree make no claim.
 */
import type { Article, Block, Claim, ClaimValue } from '../model.ts'
import { earliestFirst } from '../order.ts'
import { splitSentences } from '../text/nlp.ts'
import { findQuantities } from './stories/quantities.ts'

export type ClaimArticle = Pick<Article, 'id' | 'seed' | 'source' | 'published' | 'body'>

/** A counted quantity as one sentence of an article gives it. */
export interface SentenceQuantity {
  subject: string
  value: number
  /** The quantity as written ("about 11,000 troops"). */
  text: string
  /** The sentence it is in. */
  quote: string
}

/**
 * Every quantity of an article's paragraphs, in text order. It depends on
 * the article's text alone, so the build finds it once per article, with the
 * other per-article work (prepare.ts), cached; stories only combine them.
 */
export function articleQuantities(body: Block[]): SentenceQuantity[] {
  const found: SentenceQuantity[] = []
  for (const block of body) {
    if (block.type !== 'p') continue
    for (const sentence of splitSentences(block.text)) {
      for (const q of findQuantities(sentence)) found.push({ subject: q.subject, value: q.value, text: q.text, quote: sentence })
    }
  }
  return found
}

/** Where articles disagree on a figure, who said what; subjects with the most articles first. */
export function findClaims(articles: ClaimArticle[], quantitiesOf: (a: ClaimArticle) => SentenceQuantity[] = (a) => articleQuantities(a.body)): Claim[] {
  // Earliest first, so each value's text and quote come from the first article that gives it.
  const ordered = [...articles].sort(earliestFirst)
  const bySubject = new Map<string, Map<number, ClaimValue>>()
  for (const article of ordered) {
    for (const q of quantitiesOf(article)) {
      const values = bySubject.get(q.subject) ?? new Map<number, ClaimValue>()
      const v = values.get(q.value) ?? { value: q.value, text: q.text, quote: q.quote, sources: [], articles: [] }
      if (!v.articles.includes(article.id)) v.articles.push(article.id)
      // Only a named outlet is a source; the article id says which report gave it either way.
      if (article.source && !v.sources.includes(article.source)) v.sources.push(article.source)
      values.set(q.value, v)
      bySubject.set(q.subject, values)
    }
  }
  const claims: Claim[] = []
  for (const [subject, values] of bySubject) {
    const list = [...values.values()].sort((a, b) => a.value - b.value)
    if (isDisagreement(list)) claims.push({ subject, values: list })
  }
  const articleCount = (c: Claim) => new Set(c.values.flatMap((v) => v.articles)).size
  return claims.sort((a, b) => articleCount(b) - articleCount(a) || (a.subject < b.subject ? -1 : 1))
}

/** Two different values, given by two different articles. */
function isDisagreement(values: ClaimValue[]): boolean {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!.articles
      const b = values[j]!.articles
      if (a.some((x) => b.some((y) => x !== y))) return true
    }
  }
  return false
}
