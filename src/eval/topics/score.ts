/**
 * Scoring helpers of the topics evaluator: primary-topic accuracy against the
 * article's folder, and the share of a left-out category's articles that get
 * no topic. An article left without a topic counts as wrong.
 */
import type { BbcArticle } from '../bbc.ts'

export interface Scores {
  accuracy: number
  coverage: number
  byCategory: Map<string, number>
  /** "business→politics" → count, for the notes. */
  confusions: Map<string, number>
  /** Each wrongly called article with the topic it got ("(none)" when it got none), in input order. */
  wrong: { id: string; title: string; assigned: string }[]
}

export function score(articles: BbcArticle[], assigned: Map<string, string[]>): Scores {
  let correct = 0
  let covered = 0
  const perCategory = new Map<string, { correct: number; total: number }>()
  const confusions = new Map<string, number>()
  const wrong: Scores['wrong'] = []
  for (const article of articles) {
    const topics = assigned.get(article.id) ?? []
    const hit = topics[0] === article.category
    if (topics.length > 0) covered++
    if (hit) correct++
    else {
      wrong.push({ id: article.id, title: article.title, assigned: topics[0] ?? '(none)' })
      const key = `${article.category}→${topics[0] ?? '(none)'}`
      confusions.set(key, (confusions.get(key) ?? 0) + 1)
    }
    const tally = perCategory.get(article.category) ?? { correct: 0, total: 0 }
    tally.total++
    if (hit) tally.correct++
    perCategory.set(article.category, tally)
  }
  const n = Math.max(1, articles.length)
  return {
    accuracy: correct / n,
    coverage: covered / n,
    byCategory: new Map([...perCategory].map(([c, t]) => [c, t.correct / t.total])),
    confusions,
    wrong,
  }
}

/** "a→b 3, c→(none) 1", most frequent first. */
export function formatConfusions(confusions: Map<string, number>): string {
  const sorted = [...confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return sorted.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'
}

/**
 * The two halves of a held-out-style split: each category's articles in file
 * order, alternately to one half and the other, so both halves hold every
 * category in equal measure whatever the file numbering (bbc-dev keeps every
 * fourth article, so its numbers share one parity).
 */
export function halves(articles: BbcArticle[]): ('first' | 'second')[] {
  const seen = new Map<string, number>()
  return articles.map((article) => {
    const n = seen.get(article.category) ?? 0
    seen.set(article.category, n + 1)
    return n % 2 === 0 ? 'first' : 'second'
  })
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
export const worst = (xs: number[]) => (xs.length === 0 ? 0 : Math.min(...xs))
