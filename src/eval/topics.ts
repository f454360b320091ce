/**
 * Evaluator "topics": tags every article of a bbc-dev-shaped set with the
 * curator's five-topic taxonomy (bbc-topics.json, keywords written from
 * general knowledge, not from the data) and compares each article's primary
 * topic with its folder. An article left without a topic counts as wrong.
 * Baseline: the same keywords matched alone, without learning.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assignTopics, type TopicDoc } from '../build/topics.ts'
import { parseTaxonomy } from '../build/taxonomy.ts'
import { isBbcDir, readBbc, type BbcArticle } from './bbc.ts'
import type { EvalRow, Evaluator } from './types.ts'

const TAXONOMY_FILE = join(dirname(fileURLToPath(import.meta.url)), 'bbc-topics.json')
const TARGET_ACCURACY = 0.92

interface Scores {
  accuracy: number
  coverage: number
  byCategory: Map<string, number>
  /** "business→politics" → count, for the notes. */
  confusions: Map<string, number>
}

function score(articles: BbcArticle[], assigned: Map<string, string[]>): Scores {
  let correct = 0
  let covered = 0
  const perCategory = new Map<string, { correct: number; total: number }>()
  const confusions = new Map<string, number>()
  for (const article of articles) {
    const topics = assigned.get(article.id) ?? []
    const hit = topics[0] === article.category
    if (topics.length > 0) covered++
    if (hit) correct++
    else {
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
  }
}

export const topicsEvaluator: Evaluator = {
  name: 'topics',
  accepts: isBbcDir,
  async run(dir) {
    const taxonomy = parseTaxonomy(readFileSync(TAXONOMY_FILE, 'utf8'), TAXONOMY_FILE)
    const articles = readBbc(dir)
    const docs: TopicDoc[] = articles.map((a) => ({
      id: a.id,
      title: a.title,
      text: a.body.map((b) => b.text).join('\n\n'),
    }))
    const started = performance.now()
    const learnt = score(articles, assignTopics(docs, taxonomy))
    const seconds = (performance.now() - started) / 1000
    const keywordsOnly = score(articles, assignTopics(docs, taxonomy, { expand: false }))

    const rows: EvalRow[] = [
      { metric: 'primary-topic accuracy', value: learnt.accuracy, baseline: keywordsOnly.accuracy, target: TARGET_ACCURACY },
      { metric: 'coverage (≥1 topic)', value: learnt.coverage, baseline: keywordsOnly.coverage },
    ]
    for (const [category, accuracy] of learnt.byCategory) {
      rows.push({ metric: `accuracy: ${category}`, value: accuracy, baseline: keywordsOnly.byCategory.get(category) ?? 0 })
    }
    // Leave one category out of the taxonomy: its articles fit no topic, so the
    // right answer for them is none. Measures the "no wrong topic" promise.
    let leftOut = 0
    let leftOutNone = 0
    let leftOutNoneBaseline = 0
    for (const topic of taxonomy) {
      const rest = taxonomy.filter((t) => t !== topic)
      const theirs = docs.filter((_, i) => articles[i]!.category === topic.slug)
      if (theirs.length === 0) continue
      const learntRest = assignTopics(docs, rest)
      const keywordRest = assignTopics(docs, rest, { expand: false })
      for (const doc of theirs) {
        leftOut++
        if (learntRest.get(doc.id)!.length === 0) leftOutNone++
        if (keywordRest.get(doc.id)!.length === 0) leftOutNoneBaseline++
      }
    }
    rows.push({
      metric: 'left-out category: share untagged',
      value: leftOutNone / Math.max(1, leftOut),
      baseline: leftOutNoneBaseline / Math.max(1, leftOut),
    })
    const confusions = [...learnt.confusions].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    return {
      title: `Topics (${dir.split(/[\\/]/).pop()}, ${articles.length} articles, ${taxonomy.length} topics)`,
      baselineName: 'keywords only',
      rows,
      notes: [
        `Taxonomy: ${TAXONOMY_FILE.split(/[\\/]/).slice(-3).join('/')}. Unassigned articles count as wrong. assignTopics took ${seconds.toFixed(1)} s.`,
        'Left-out category: each topic in turn is removed from the taxonomy and its articles should then get no topic.',
        `Errors (true→assigned): ${confusions.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}.`,
      ],
    }
  },
}
