/**
 * Evaluator "summaries": ROUGE-1, ROUGE-2 and ROUGE-L of summarize() against
 * each article's reference, macro-averaged over articles, beside the lead
 * baseline: the article body's first words, as many as the produced summary
 * has (per article), so both systems are judged at the same length.
 *
 * Two kinds of reference, two readers, one scoring:
 * - extractive (bbc-dev shape, bbc.ts): central sentences from anywhere;
 * - human-written highlights of news stories (CNN/Daily Mail `.story`
 *   shape, story-files.ts): they paraphrase the opening paragraphs.
 *
 * Every figure is given for the whole set and for each fixed half
 * (halves.ts), so a change made looking at one half is checked on the other,
 * with the per-article distribution (median ROUGE-1 F, share of articles
 * below the lead) and how often the summary opens with the article's first
 * sentence.
 */
import type { Block } from '../model.ts'
import { summarize } from '../pipeline/summaries.ts'
import { withoutAttribution } from '../pipeline/summaries/attribution.ts'
import { stripLeadingDateline } from '../pipeline/summaries/candidates.ts'
import { paragraphTexts } from '../text/article-text.ts'
import { splitSentences } from '../text/nlp.ts'
import { wordCount } from '../text/words.ts'
import { isBbcDir, readBbc } from './bbc.ts'
import { type Half, halfOf, splitHalves } from './halves.ts'
import { learnPositionPrior } from './position-prior.ts'
import { rougeL, rougeN, rougeTokens, type PRF } from './rouge.ts'
import { isStoryDir, readStories } from './story-files.ts'
import type { EvalReport, EvalRow, Evaluator } from './types.ts'

type Metric = 'ROUGE-1' | 'ROUGE-2' | 'ROUGE-L'
const METRICS: Metric[] = ['ROUGE-1', 'ROUGE-2', 'ROUGE-L']
const PARTS = ['precision', 'recall', 'f1'] as const

/** What one article contributes: both systems' ROUGE and whether each opens with the first sentence. */
export interface ArticleScore {
  id: string
  words: number
  ours: Record<Metric, PRF>
  lead: Record<Metric, PRF>
  oursStartsWithFirst: boolean
  leadStartsWithFirst: boolean
}

export interface SummaryArticle {
  id: string
  title: string
  body: Block[]
  reference: string
}

function rouge(metric: Metric, candidate: string, reference: string): PRF {
  return metric === 'ROUGE-L' ? rougeL(candidate, reference) : rougeN(candidate, reference, metric === 'ROUGE-1' ? 1 : 2)
}

/** The first `n` whitespace-separated words of the body. */
export function leadWords(paragraphs: string[], n: number): string {
  return paragraphs.join(' ').split(/\s+/).filter(Boolean).slice(0, n).join(' ')
}

/** The body's first sentence as printed, or '' for an empty body. */
export function firstSentence(paragraphs: string[]): string {
  const first = paragraphs.find((p) => p.trim() !== '')
  return first === undefined ? '' : (splitSentences(first)[0] ?? '')
}

/** True when `text`, read as ROUGE tokens, opens with every token of `sentence` (a non-empty one). */
export function startsWith(text: string, sentence: string): boolean {
  const head = rougeTokens(sentence)
  const tokens = rougeTokens(text)
  return head.length > 0 && head.length <= tokens.length && head.every((t, i) => tokens[i] === t)
}

export function scoreArticle(article: SummaryArticle, summary = summarize(article)): ArticleScore {
  const paragraphs = paragraphTexts(article.body)
  const words = wordCount(summary)
  const lead = leadWords(paragraphs, words)
  // The lead quotes the first sentence as printed; a summary quotes it without its dateline and attribution clause.
  const first = firstSentence(paragraphs)
  const opensWithFirst = (text: string) =>
    startsWith(text, first) || startsWith(text, stripLeadingDateline(first)) || startsWith(text, withoutAttribution(stripLeadingDateline(first)))
  const per = (text: string) => Object.fromEntries(METRICS.map((m) => [m, rouge(m, text, article.reference)])) as Record<Metric, PRF>
  return {
    id: article.id,
    words,
    ours: per(summary),
    lead: per(lead),
    oursStartsWithFirst: opensWithFirst(summary),
    leadStartsWithFirst: opensWithFirst(lead),
  }
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length)
const share = (xs: boolean[]) => mean(xs.map((x) => (x ? 1 : 0)))

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** One figure, for Gazette and (where it has one) the lead. */
export interface Figure {
  metric: string
  value: number
  baseline?: number
}

/** Every figure over a set of article scores, in the order the table prints them. */
export function figures(scores: ArticleScore[]): Figure[] {
  const out: Figure[] = []
  for (const metric of METRICS) {
    for (const part of PARTS) {
      out.push({ metric: `${metric} ${part}`, value: mean(scores.map((s) => s.ours[metric][part])), baseline: mean(scores.map((s) => s.lead[metric][part])) })
    }
  }
  const r1 = (side: 'ours' | 'lead') => scores.map((s) => s[side]['ROUGE-1'].f1)
  out.push({ metric: 'median ROUGE-1 f1 per article', value: median(r1('ours')), baseline: median(r1('lead')) })
  out.push({ metric: 'articles where ROUGE-1 f1 beats the lead (share)', value: share(scores.map((s) => s.ours['ROUGE-1'].f1 > s.lead['ROUGE-1'].f1)) })
  out.push({ metric: 'articles where ROUGE-1 f1 is below the lead (share)', value: share(scores.map((s) => s.ours['ROUGE-1'].f1 < s.lead['ROUGE-1'].f1)) })
  out.push({
    metric: "summary starts with the article's first sentence (share)",
    value: share(scores.map((s) => s.oursStartsWithFirst)),
    baseline: share(scores.map((s) => s.leadStartsWithFirst)),
  })
  const words = mean(scores.map((s) => s.words))
  out.push({ metric: 'mean summary length (words)', value: words, baseline: words })
  out.push({ metric: 'articles', value: scores.length, baseline: scores.length })
  return out
}

/**
 * Rows for the whole set and each half side by side: every figure three
 * times, "(all)", "(half A)", "(half B)", so a gain on one half that the
 * other does not share is seen at once.
 */
export function rowsByHalf(scores: ArticleScore[]): EvalRow[] {
  const sets: [string, ArticleScore[]][] = [
    ['all', scores],
    ...(['A', 'B'] as Half[]).map((h): [string, ArticleScore[]] => [`half ${h}`, scores.filter((s) => halfOf(s.id) === h)]),
  ]
  const tables = sets.map(([name, set]) => ({ name, figures: figures(set) }))
  return tables[0]!.figures.flatMap((_, i) =>
    tables.map(({ name, figures }) => ({ ...figures[i]!, metric: `${figures[i]!.metric} (${name})` })),
  )
}

const NOTES = [
  'ROUGE: lower-cased alphanumeric tokens, no stemming, no stop-word removal, for both systems; ROUGE-L is the LCS of whole texts; figures are means over articles.',
  'Lead baseline: the first words of the body, as many as Gazette’s summary of that article has (whitespace-separated), so it may stop mid-sentence.',
  'Halves: fixed by each article id (src/eval/halves.ts). "Starts with the first sentence": the text’s tokens open with all of the body’s first sentence, with or without its leading dateline and its attribution clause (src/pipeline/summaries/attribution.ts).',
]

function report(title: string, articles: SummaryArticle[], note: string): EvalReport {
  return { title, baselineName: 'lead (same length)', rows: rowsByHalf(articles.map((a) => scoreArticle(a))), notes: [...NOTES, note] }
}

const folderName = (dir: string) => dir.split(/[\\/]/).filter(Boolean).pop()

export const summariesEvaluator: Evaluator = {
  name: 'summaries',
  accepts: isBbcDir,
  async run(dir) {
    const articles = readBbc(dir).flatMap((a) => (a.reference === null ? [] : [{ ...a, reference: a.reference }]))
    const halves = splitHalves(articles, (a) => a.id)
    const prior = (h: Half) => learnPositionPrior(halves[h]).map((x) => x.toFixed(2)).join(' ')
    const out = report(
      `Summaries against extractive references (${folderName(dir)}, ${articles.length} articles)`,
      articles,
      'References: extractive (sentences of the article), which reward central sentences from anywhere in it.',
    )
    out.notes.push(
      `Position prior (share of candidate sentences at positions 1–12+ that the reference keeps): half A ${prior('A')}; half B ${prior('B')}. The summariser uses the table learnt on bbc-dev half A (src/pipeline/summaries/position-prior.ts).`,
    )
    return out
  },
}

export const highlightsEvaluator: Evaluator = {
  name: 'summaries',
  accepts: isStoryDir,
  async run(dir) {
    const articles = readStories(dir)
    return report(
      `Summaries against highlights (${folderName(dir)}, ${articles.length} stories)`,
      articles,
      'References: human-written highlights (`@highlight` lines of .story files), joined as sentences; no headline is given, so none is used.',
    )
  },
}
