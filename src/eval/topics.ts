/**
 * Evaluator "topics": tags every article of a bbc-dev-shaped set with a
 * five-topic curator taxonomy and compares each article's primary topic with
 * its folder. Acceptance runs on other articles and, likely, another
 * curator's keywords, so every figure is taken for four taxonomies written
 * from general knowledge, not from the data (bbc-topics.json, the first, and
 * bbc-topics-alt-*.json: sparse, phrases, generic), with their mean and worst.
 * Per taxonomy:
 *
 * - accuracy on the whole set (baseline: the same keywords matched alone);
 * - left-out untagged: each topic in turn is removed from the taxonomy, and
 *   its articles should then get no topic — the "no wrong topic" promise;
 * - accuracy on each half of a split (alternate articles of each category),
 *   each half tagged as a corpus of its own, as a held-out set would be: the
 *   gap between the halves, and to the whole, shows the variance.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assignReadTopics, readTopicDocs, topicDoc, type ReadDocs } from '../pipeline/topics.ts'
import { parseTaxonomy } from '../pipeline/taxonomy.ts'
import type { Topic } from '../model.ts'
import { isBbcDir, readBbc, type BbcArticle } from './bbc.ts'
import { formatConfusions, halves, mean, score, worst, type Scores } from './topics/score.ts'
import type { EvalRow, Evaluator } from './types.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
const TAXONOMIES = ['bbc-topics', 'bbc-topics-alt-sparse', 'bbc-topics-alt-phrases', 'bbc-topics-alt-generic']
const TARGET_ACCURACY = 0.92

interface Run {
  name: string
  learnt: Scores
  keywordsOnly: Scores
  leftOut: { learnt: number; keywordsOnly: number }
  halves: { name: string; learnt: number; keywordsOnly: number }[]
}

const subset = (read: ReadDocs, keep: (i: number) => boolean): ReadDocs => ({
  ids: read.ids.filter((_, i) => keep(i)),
  texts: read.texts.filter((_, i) => keep(i)),
})

function leftOutUntagged(read: ReadDocs, articles: BbcArticle[], taxonomy: Topic[], expand: boolean): number {
  let leftOut = 0
  let untagged = 0
  for (const topic of taxonomy) {
    const assigned = assignReadTopics(read, taxonomy.filter((t) => t !== topic), { expand })
    articles.forEach((article, i) => {
      if (article.category !== topic.slug) return
      leftOut++
      if (assigned.get(read.ids[i]!)!.length === 0) untagged++
    })
  }
  return untagged / Math.max(1, leftOut)
}

function runTaxonomy(name: string, read: ReadDocs, articles: BbcArticle[]): Run {
  const file = join(HERE, `${name}.json`)
  const taxonomy = parseTaxonomy(readFileSync(file, 'utf8'), file)
  const split = halves(articles)
  const parts = (['first', 'second'] as const).map((which) => {
    const keep = (i: number) => split[i] === which
    const part = subset(read, keep)
    const theirs = articles.filter((_, i) => keep(i))
    return {
      name: which,
      learnt: score(theirs, assignReadTopics(part, taxonomy)).accuracy,
      keywordsOnly: score(theirs, assignReadTopics(part, taxonomy, { expand: false })).accuracy,
    }
  })
  return {
    name,
    learnt: score(articles, assignReadTopics(read, taxonomy)),
    keywordsOnly: score(articles, assignReadTopics(read, taxonomy, { expand: false })),
    leftOut: {
      learnt: leftOutUntagged(read, articles, taxonomy, true),
      keywordsOnly: leftOutUntagged(read, articles, taxonomy, false),
    },
    halves: parts,
  }
}

function rowsOf(runs: Run[]): EvalRow[] {
  const rows: EvalRow[] = []
  const summary = (metric: string, pick: (r: Run) => number, base: (r: Run) => number, target?: number) => {
    rows.push({ metric: `${metric}: mean`, value: mean(runs.map(pick)), baseline: mean(runs.map(base)) })
    rows.push({ metric: `${metric}: worst`, value: worst(runs.map(pick)), baseline: worst(runs.map(base)), ...(target ? { target } : {}) })
  }
  summary('accuracy', (r) => r.learnt.accuracy, (r) => r.keywordsOnly.accuracy, TARGET_ACCURACY)
  summary('left-out untagged', (r) => r.leftOut.learnt, (r) => r.leftOut.keywordsOnly)
  rows.push({
    metric: 'accuracy on a half: worst',
    value: worst(runs.flatMap((r) => r.halves.map((h) => h.learnt))),
    baseline: worst(runs.flatMap((r) => r.halves.map((h) => h.keywordsOnly))),
  })
  for (const run of runs) {
    const short = run.name.replace(/^bbc-topics-?/, '') || 'main'
    rows.push({ metric: `[${short}] accuracy`, value: run.learnt.accuracy, baseline: run.keywordsOnly.accuracy, target: TARGET_ACCURACY })
    rows.push({ metric: `[${short}] coverage (≥1 topic)`, value: run.learnt.coverage, baseline: run.keywordsOnly.coverage })
    rows.push({ metric: `[${short}] left-out untagged`, value: run.leftOut.learnt, baseline: run.leftOut.keywordsOnly })
    for (const h of run.halves) rows.push({ metric: `[${short}] accuracy, ${h.name} half alone`, value: h.learnt, baseline: h.keywordsOnly })
  }
  const main = runs[0]!
  for (const [category, accuracy] of main.learnt.byCategory) {
    rows.push({ metric: `[main] accuracy: ${category}`, value: accuracy, baseline: main.keywordsOnly.byCategory.get(category) ?? 0 })
  }
  return rows
}

export const topicsEvaluator: Evaluator = {
  name: 'topics',
  accepts: isBbcDir,
  async run(dir) {
    const articles = readBbc(dir)
    const started = performance.now()
    const read = readTopicDocs(articles.map(topicDoc))
    const readSeconds = (performance.now() - started) / 1000
    const runs = TAXONOMIES.map((name) => runTaxonomy(name, read, articles))
    const seconds = (performance.now() - started) / 1000
    return {
      title: `Topics (${dir.split(/[\\/]/).pop()}, ${articles.length} articles, ${TAXONOMIES.length} taxonomies of 5 topics)`,
      baselineName: 'keywords only',
      rows: rowsOf(runs),
      notes: [
        `Taxonomies: src/eval/{${TAXONOMIES.join(',')}}.json. Unassigned articles count as wrong. Reading took ${readSeconds.toFixed(1)} s, everything ${seconds.toFixed(1)} s.`,
        'Left-out untagged: each topic in turn is removed from the taxonomy and its articles should then get no topic. Halves: alternate articles of each category, each half tagged as a corpus of its own.',
        ...runs.map((r) => `Errors [${r.name}] (true→assigned): ${formatConfusions(r.learnt.confusions)}.`),
      ],
    }
  },
}
