/**
 * Learnt topic evidence: how much better a topic's word model explains a
 * document than the corpus as a whole does, as the mean log-likelihood ratio
 * per word (nats). Argmax over topics is the multinomial naive Bayes
 * decision; the sign says whether the topic fits at all.
 *
 * - A topic's model is its labelled documents' word distribution mixed with
 *   the corpus distribution, at weight MAX_TOPIC_SHARE × n/(n + PRIOR_ARTICLES)
 *   for n labelled articles. The mixing bounds what one word can say against
 *   a topic (at worst log(1 − share), ≈ −0.7 nats) so one rare word cannot
 *   sink an article; and a topic learnt from a handful of articles says little
 *   (its weight shrinks), so keyword evidence dominates in small corpora.
 * - Each document is scored leave-one-out (its own words taken out of its
 *   topic and of the corpus), so a label never confirms itself.
 * - Words found in only one document are skipped: left out, they say nothing.
 * - The mean is taken over the scored words plus NEUTRAL_WORDS.
 *
 * Cost per round: one pass over every document's distinct terms per topic.
 */
import type { Corpus } from './corpus.ts'

/** Labelled articles at which a topic's model gets half of MAX_TOPIC_SHARE. */
export const PRIOR_ARTICLES = 10
/** Most weight a topic's own distribution gets against the corpus distribution. */
export const MAX_TOPIC_SHARE = 0.5

/**
 * Pseudo-words of no evidence added to every document's count, so that an
 * article sharing only a handful of words with the corpus (a short brief, an
 * off-topic piece) cannot reach a confident mean from two or three of them.
 */
export const NEUTRAL_WORDS = 10

/**
 * A topic model's counts over its labelled documents: the weighted count of
 * term w in topic t's documents at [w * topicCount + t] (term-major, so the
 * table of a larger vocabulary starts with a smaller one's), and each topic's
 * total length and number of documents. Float32 halves the memory of a
 * topics × vocabulary table; counts stay exact below 2^24.
 */
export interface TopicCounts {
  counts: Float32Array
  lengths: Float64Array
  docs: Float64Array
}

/**
 * `carried` (counts of earlier blocks' documents, or none) plus the corpus's
 * documents under `labels` (a topic index, or -1 for unlabelled), over the
 * corpus's vocabulary. A new table: `carried` is left as it was.
 */
export function addLabelled(carried: TopicCounts | null, corpus: Corpus, labels: Int32Array): TopicCounts {
  const { docCount, topicCount: T, termIds, termCounts, lengths } = corpus
  const counts = new Float32Array(T * corpus.totals.length)
  const topicLengths = new Float64Array(T)
  const topicDocs = new Float64Array(T)
  if (carried) {
    counts.set(carried.counts)
    topicLengths.set(carried.lengths)
    topicDocs.set(carried.docs)
  }
  for (let d = 0; d < docCount; d++) {
    const t = labels[d]!
    if (t < 0) continue
    const ids = termIds[d]!
    const c = termCounts[d]!
    for (let i = 0; i < ids.length; i++) counts[ids[i]! * T + t]! += c[i]!
    topicLengths[t]! += lengths[d]!
    topicDocs[t]!++
  }
  return { counts, lengths: topicLengths, docs: topicDocs }
}

/**
 * Scores every document against every topic given one label per document
 * (a topic index, or -1 for unlabelled), the topics' models learning from
 * those labels plus `carried`, the counts of earlier blocks' documents under
 * their settled labels (see topics.ts). Returns the mean log-likelihood ratio
 * of document d for topic t at [d * topicCount + t].
 */
export function modelScores(corpus: Corpus, labels: Int32Array, carried: TopicCounts | null = null): Float64Array {
  const { docCount, topicCount: T, termIds, termCounts, lengths, totals, totalLength, docFrequency } = corpus
  const { counts: topicCounts, lengths: topicLengths, docs: topicDocs } = addLabelled(carried, corpus, labels)

  const scores = new Float64Array(docCount * T)
  for (let d = 0; d < docCount; d++) {
    const ids = termIds[d]!
    const counts = termCounts[d]!
    const own = labels[d]!
    let scored = 0
    for (let i = 0; i < ids.length; i++) if (docFrequency[ids[i]!]! > 1) scored += counts[i]!
    if (scored === 0) continue
    const backgroundLength = totalLength - lengths[d]!
    for (let t = 0; t < T; t++) {
      const inTopic = own === t
      const topicLength = topicLengths[t]! - (inTopic ? lengths[d]! : 0)
      if (topicLength <= 0) continue
      const n = topicDocs[t]! - (inTopic ? 1 : 0)
      const share = (MAX_TOPIC_SHARE * n) / (n + PRIOR_ARTICLES)
      let sum = 0
      for (let i = 0; i < ids.length; i++) {
        const w = ids[i]!
        if (docFrequency[w]! <= 1) continue
        const c = counts[i]!
        const background = (totals[w]! - c) / backgroundLength
        const inT = topicCounts[w * T + t]! - (inTopic ? c : 0)
        sum += c * Math.log((share * inT) / topicLength / background + 1 - share)
      }
      scores[d * T + t] = sum / (scored + NEUTRAL_WORDS)
    }
  }
  return scores
}
