/**
 * The final primary call: a complement naive Bayes classifier (Rennie et al.,
 * "Tackling the Poor Assumptions of Naive Bayes Text Classifiers", 2003)
 * trained on the build's own confidently labelled articles.
 *
 * Why a second learner after the per-topic word models (topics/model.ts):
 * those score each topic against the corpus as a whole, so a topic with a
 * broad vocabulary (business) out-scores a narrow one (tech, entertainment)
 * on articles that share a little of both, and an article whose learnt
 * evidence stays under MIN_EVIDENCE gets no topic even when it is plainly
 * about one. Complement NB estimates each class from every *other* class's
 * articles, which evens out classes of very different sizes and breadths, and
 * the paper's feature transforms take away most of naive Bayes's bias:
 *
 * - features are log(1 + tf) × idf, scaled to unit length (paper §4.1–4.3),
 *   so a long article does not outvote a short one and a word repeated ten
 *   times says little more than one said twice;
 * - class weights are the log complement probabilities with additive
 *   smoothing (α = 0.7; see ALPHA), each class's weight vector normalised to
 *   unit L1 length (§3.2), so a class whose complement is larger is not
 *   favoured.
 *
 * Classes are the topics plus NONE: articles the evidence rule leaves without
 * a topic. That class is what keeps articles of a subject the taxonomy lacks
 * untagged; a class (NONE included) with fewer than MIN_CLASS_ARTICLES
 * labelled articles is not used, and with fewer than two usable classes the
 * classifier declines (returns null) and the evidence rule stands, as it does
 * on a handful of seeds. Without a usable NONE class, an article labelled
 * NONE stays NONE: the classifier then only chooses among topics.
 *
 * Every labelled article is scored leave-one-out (its own features taken out
 * of the complements it feeds), so a label never confirms itself. Cost: one
 * pass over every article's distinct terms per class, linear in corpus size.
 */
import { FNV_OFFSET, fnvFold } from '../../fnv.ts'
import type { Corpus } from './corpus.ts'

/**
 * Additive smoothing of the complement counts. Rennie et al. use α = 1
 * (Laplace); a little less lets a word the complement rarely uses say more.
 * Chosen with the classifier trained on the true labels as the instrument
 * (bbc-dev, leave-one-out, fixed halves A / B): α = 1 0.9856 / 0.9537,
 * 0.7 0.9856 / 0.9573, 0.3 0.9856 / 0.9609. On the build's own labels (four
 * taxonomies, half A then half B), 0.7 raised half A on three taxonomies
 * (worst 0.9532 → 0.9604, mean 0.9577 → 0.9649) and kept every half B
 * (main, sparse, phrases 0.9395, generic 0.9466), with left-out-untagged
 * mean 0.9307 → 0.9329, worst 0.8569 → 0.8623. Smaller values raised half A
 * more but each lost one or two articles of some taxonomy's half B (0.6:
 * generic 0.9466 → 0.9395; 0.5: generic → 0.9431; 0.3: sparse and phrases
 * 0.9395 → 0.9359); 0.8 kept half B but raised half A less (mean 0.9613).
 */
export const ALPHA = 0.7
/** Fewest labelled articles for a class to be learnt; below it the class is not offered. */
export const MIN_CLASS_ARTICLES = 5
/**
 * Weight of a word for a class: its smoothed log probability in the class's
 * complement (Rennie et al. §3.1), from the word's summed feature weight in
 * the complement, the complement's total weight and the vocabulary's size.
 */
export function complementWeight(inComplement: number, complementLength: number, vocabularySize: number): number {
  return Math.log(ALPHA + inComplement) - Math.log(ALPHA * vocabularySize + complementLength)
}

/** The label of "no topic" in `labels` and in the result. */
export const NONE = -1

/** Per document: term ids with df > 1 and their unit-length log(1 + tf) × idf weights. */
export interface Features {
  termIds: Int32Array[]
  weights: Float64Array[]
}

/** Idf is over every document counted so far (corpusDocCount: earlier blocks' too), as the models see the corpus. */
export function features(corpus: Corpus): Features {
  const { docCount, corpusDocCount, termIds, termCounts, docFrequency } = corpus
  const ids: Int32Array[] = []
  const weights: Float64Array[] = []
  for (let d = 0; d < docCount; d++) {
    const docIds = termIds[d]!
    const counts = termCounts[d]!
    const keptIds: number[] = []
    const kept: number[] = []
    let norm = 0
    for (let i = 0; i < docIds.length; i++) {
      const df = docFrequency[docIds[i]!]!
      // A word in one document only is left out: scored leave-one-out, it says nothing.
      if (df <= 1) continue
      const weight = Math.log(1 + counts[i]!) * Math.log(corpusDocCount / df)
      if (weight <= 0) continue
      keptIds.push(docIds[i]!)
      kept.push(weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    ids.push(Int32Array.from(keptIds))
    weights.push(Float64Array.from(kept, (w) => w / norm))
  }
  return { termIds: ids, weights }
}

/**
 * What the classifier learns from its labelled articles: per class, how many
 * and their summed feature weights (term w of class k at [w * classes + k],
 * term-major so that a larger vocabulary's table starts with a smaller
 * one's) and total weight; the same over all labelled articles.
 */
export interface ClassTotals {
  classDocs: Int32Array
  classTotals: Float64Array
  classLengths: Float64Array
  allTotals: Float64Array
  allLength: number
}

/** The label of an article not used in training. */
export const UNLABELLED = -2

/**
 * `carried` (totals of earlier blocks' articles, or none) plus these
 * articles under `labels` (a topic, NONE or UNLABELLED), over a vocabulary of
 * `vocabularySize` terms. A new table: `carried` is left as it was.
 */
export function addClassLabelled(carried: ClassTotals | null, feats: Features, vocabularySize: number, topicCount: number, labels: Int32Array): ClassTotals {
  const K = topicCount + 1
  const classDocs = new Int32Array(K)
  const classTotals = new Float64Array(K * vocabularySize)
  const classLengths = new Float64Array(K)
  const allTotals = new Float64Array(vocabularySize)
  let allLength = carried?.allLength ?? 0
  if (carried) {
    classDocs.set(carried.classDocs)
    classTotals.set(carried.classTotals)
    classLengths.set(carried.classLengths)
    allTotals.set(carried.allTotals)
  }
  for (let d = 0; d < labels.length; d++) {
    if (labels[d] === UNLABELLED) continue
    const k = labels[d] === NONE ? topicCount : labels[d]!
    classDocs[k]!++
    const ids = feats.termIds[d]!
    const w = feats.weights[d]!
    for (let i = 0; i < ids.length; i++) {
      classTotals[ids[i]! * K + k]! += w[i]!
      allTotals[ids[i]!]! += w[i]!
      classLengths[k]! += w[i]!
      allLength += w[i]!
    }
  }
  return { classDocs, classTotals, classLengths, allTotals, allLength }
}

/**
 * Each document's class: a topic index, or NONE. `labels` holds one training
 * label per document: a topic, NONE for a confidently untopical article, or
 * UNLABELLED for an article not used in training. `copiesOf`, when given, is
 * each document's group of exact copies (copyGroups): every copy of an
 * article is left out with it. `carried`, when given, is what earlier blocks'
 * articles teach under their settled labels (see topics.ts): the classes
 * learn from them too, and only these documents are scored. Returns null when
 * fewer than two classes have MIN_CLASS_ARTICLES labelled articles.
 */
export function classify(
  feats: Features,
  vocabularySize: number,
  topicCount: number,
  labels: Int32Array,
  copiesOf?: Int32Array,
  carried: ClassTotals | null = null,
): Int32Array | null {
  const docCount = labels.length
  // Class k = topic k for k < topicCount; k = topicCount is NONE.
  const K = topicCount + 1
  const classOf = (label: number) => (label === NONE ? topicCount : label)
  const copies = copiesOf ?? Int32Array.from({ length: docCount }, (_, d) => d)
  // Per group of copies and class: how many of its labelled copies are in that class.
  const groupCount = copies.reduce((most, g) => Math.max(most, g + 1), 0)
  const labelledInGroup = new Int32Array(groupCount)
  const groupClassCounts = new Int32Array(groupCount * K)
  for (let d = 0; d < docCount; d++) {
    if (labels[d] === UNLABELLED) continue
    labelledInGroup[copies[d]!]!++
    groupClassCounts[copies[d]! * K + classOf(labels[d]!)]!++
  }

  const { classDocs, classTotals, classLengths, allTotals, allLength } = addClassLabelled(carried, feats, vocabularySize, topicCount, labels)
  const usable: number[] = []
  for (let k = 0; k < K; k++) if (classDocs[k]! >= MIN_CLASS_ARTICLES) usable.push(k)
  if (usable.length < 2) return null
  const noneUsable = usable.includes(topicCount)

  // Complement of class k: every labelled article of another class.
  // L1 norm of each class's log-weight vector over the vocabulary (§3.2).
  const norms = new Float64Array(K)
  for (const k of usable) {
    const length = allLength - classLengths[k]!
    let norm = 0
    for (let w = 0; w < vocabularySize; w++) {
      const complement = allTotals[w]! - classTotals[w * K + k]!
      norm += Math.abs(complementWeight(complement, length, vocabularySize))
    }
    norms[k] = norm || 1
  }

  const result = new Int32Array(docCount)
  for (let d = 0; d < docCount; d++) {
    const ids = feats.termIds[d]!
    const w = feats.weights[d]!
    const group = copies[d]!
    let ownLength = 0
    for (let i = 0; i < w.length; i++) ownLength += w[i]!
    let best = -1
    let bestScore = Infinity
    for (const k of usable) {
      // Leave the copies out: each labelled copy of the article (itself
      // included) feeds the complement of every class but its own, so take
      // them all out of this complement, lest a copy back its twin's label.
      const feeds = labelledInGroup[group]! - groupClassCounts[group * K + k]!
      const length = allLength - classLengths[k]! - feeds * ownLength
      let sum = 0
      for (let i = 0; i < ids.length; i++) {
        const t = ids[i]!
        const complement = allTotals[t]! - classTotals[t * K + k]! - feeds * w[i]!
        sum += w[i]! * complementWeight(complement, length, vocabularySize)
      }
      // argmin over classes (§3.1): the class whose complement explains the article least wins.
      const score = sum / norms[k]!
      if (score < bestScore) {
        bestScore = score
        best = k
      }
    }
    // Without a usable NONE class the classifier cannot say "about nothing
    // here" and would put every article somewhere: an article the evidence
    // left untagged stays so.
    result[d] = best === topicCount || (labels[d] === NONE && !noneUsable) ? NONE : best
  }
  return result
}

/**
 * Group index of each document among its copies: documents whose features
 * are identical (the same words counted the same, apart from words no other
 * document has, which features() leaves out) share one. Groups are numbered in
 * order of first appearance, so the result depends only on the documents and
 * their order. One pass, a hash lookup per document: linear in corpus size.
 * The build folds duplicates before this stage (pipeline/duplicates.ts), so
 * there copies are rare; a corpus read without folding (the topics eval, a
 * catalog item forced in twice) has them.
 */
export function copyGroups(feats: Features): Int32Array {
  // Keyed by a hash of the ids and of the weights' bits, checked exactly on a
  // match: joining every weight into a string cost a sixth of the stage.
  const byHash = new Map<number, number[]>()
  let groupCount = 0
  const groups = new Int32Array(feats.termIds.length)
  feats.termIds.forEach((ids, d) => {
    const weights = feats.weights[d]!
    const hash = featureHash(ids, weights)
    const firsts = byHash.get(hash)
    const same = firsts?.find((e) => sameFeatures(feats, e, d))
    if (same !== undefined) {
      groups[d] = groups[same]!
      return
    }
    groups[d] = groupCount++
    if (firsts) firsts.push(d)
    else byHash.set(hash, [d])
  })
  return groups
}

function featureHash(ids: Int32Array, weights: Float64Array): number {
  const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length * 2)
  return fnvFold(fnvFold(FNV_OFFSET, ids), bits) >>> 0
}

/** The same ids and the same weights, value for value (what equal joined strings meant). */
function sameFeatures(feats: Features, a: number, b: number): boolean {
  const [idsA, idsB, wA, wB] = [feats.termIds[a]!, feats.termIds[b]!, feats.weights[a]!, feats.weights[b]!]
  if (idsA.length !== idsB.length) return false
  for (let i = 0; i < idsA.length; i++) if (idsA[i] !== idsB[i] || wA[i] !== wB[i]) return false
  return true
}
