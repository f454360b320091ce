/**
 * Evaluator "summaries": ROUGE-1, ROUGE-2 and ROUGE-L of summarize() against
 * each article's reference summary in a bbc-dev-shaped set, macro-averaged
 * over articles, beside the lead baseline: the article body's first words,
 * as many as the produced summary has (per article), so both systems are
 * judged at the same length.
 */
import { summarize } from '../pipeline/summaries.ts'
import { wordCount } from '../text/words.ts'
import { paragraphTexts } from '../text/article-text.ts'
import { isBbcDir, readBbc } from './bbc.ts'
import { rougeL, rougeN, type PRF } from './rouge.ts'
import type { EvalRow, Evaluator } from './types.ts'

type Metric = 'ROUGE-1' | 'ROUGE-2' | 'ROUGE-L'
const METRICS: Metric[] = ['ROUGE-1', 'ROUGE-2', 'ROUGE-L']

function rouge(metric: Metric, candidate: string, reference: string): PRF {
  return metric === 'ROUGE-L' ? rougeL(candidate, reference) : rougeN(candidate, reference, metric === 'ROUGE-1' ? 1 : 2)
}

/** The first `n` whitespace-separated words of the body. */
export function leadWords(paragraphs: string[], n: number): string {
  return paragraphs.join(' ').split(/\s+/).filter(Boolean).slice(0, n).join(' ')
}

export const summariesEvaluator: Evaluator = {
  name: 'summaries',
  accepts: isBbcDir,
  async run(dir) {
    const articles = readBbc(dir).filter((a) => a.reference !== null)
    const sums = { ours: new Map<string, number>(), lead: new Map<string, number>() }
    const add = (m: Map<string, number>, key: string, v: number) => m.set(key, (m.get(key) ?? 0) + v)
    let words = 0
    let wins = 0
    for (const article of articles) {
      const summary = summarize(article)
      const n = wordCount(summary)
      const lead = leadWords(paragraphTexts(article.body), n)
      words += n
      for (const metric of METRICS) {
        const ours = rouge(metric, summary, article.reference!)
        const base = rouge(metric, lead, article.reference!)
        for (const part of ['precision', 'recall', 'f1'] as const) {
          add(sums.ours, `${metric} ${part}`, ours[part])
          add(sums.lead, `${metric} ${part}`, base[part])
        }
        if (metric === 'ROUGE-1' && ours.f1 > base.f1) wins++
      }
    }
    const count = Math.max(1, articles.length)
    const rows: EvalRow[] = []
    for (const metric of METRICS) {
      for (const part of ['precision', 'recall', 'f1'] as const) {
        const key = `${metric} ${part}`
        rows.push({ metric: key, value: sums.ours.get(key)! / count, baseline: sums.lead.get(key)! / count })
      }
    }
    rows.push({ metric: 'mean summary length (words)', value: words / count, baseline: words / count })
    rows.push({ metric: 'articles where ROUGE-1 F1 beats lead', value: wins / count })
    return {
      title: `Summaries (${dir.split(/[\\/]/).pop()}, ${articles.length} articles)`,
      baselineName: 'lead (same length)',
      rows,
      notes: [
        'ROUGE: lower-cased alphanumeric tokens, no stemming, no stop-word removal, for both systems; ROUGE-L is the LCS of whole texts; figures are means over articles.',
        'Lead baseline: the first words of the body, as many as Gazette’s summary of that article has (whitespace-separated), so it may stop mid-sentence.',
      ],
    }
  },
}
