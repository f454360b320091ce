/**
 * The final classifier's ceiling: its primary calls when it is trained on
 * every article's true topic instead of the build's self-made labels (each
 * article scored leave-one-out, its exact copies left out with it, as the
 * build's second round does): what the build would score with every training
 * label right. Not a strict bound (a wrong label can happen to help one
 * article), but where the target is above it, the classifier or its features
 * must change, not the labels.
 */
import type { Topic } from '../../model.ts'
import type { ReadDocs } from '../../pipeline/topics.ts'
import { buildCorpus } from '../../pipeline/topics/corpus.ts'
import { classify, copyGroups, features, UNLABELLED } from '../../pipeline/topics/classifier.ts'

/**
 * Each document's call (one slug, or none) by the classifier trained on
 * `categories[d]`, the documents' true topic slugs; a category the taxonomy
 * lacks is not trained on. Every document gets no topic when fewer than two
 * topics have enough articles to be learnt.
 */
export function trueLabelCalls(read: ReadDocs, categories: string[], taxonomy: Topic[]): Map<string, string[]> {
  const corpus = buildCorpus(read.texts, taxonomy)
  const feats = features(corpus)
  const slugs = taxonomy.map((t) => t.slug)
  const labels = Int32Array.from(categories, (c) => (slugs.includes(c) ? slugs.indexOf(c) : UNLABELLED))
  const calls = classify(feats, corpus.totals.length, taxonomy.length, labels, copyGroups(feats))
  return new Map(read.ids.map((id, d) => [id, calls && calls[d]! >= 0 ? [slugs[calls[d]!]!] : []]))
}
