/**
 * What a time block hands on to the blocks after it (see topics.ts
 * settleTopics): the vocabulary and corpus statistics so far, and each
 * model's sums over the earlier blocks' documents under their settled
 * labels. A build keeps it, as of the end of its last two blocks, for the
 * next build (`snapshot`), so that a rebuild that adds to the newest block or
 * starts a new one reads none of the older blocks' texts. Arrays are kept as
 * their bytes in base64: the next build must start from exactly these sums
 * (a decimal round trip is exact too, but about twice the size).
 */
import { addClassLabelled, type ClassTotals, features } from './classifier.ts'
import type { Corpus } from './corpus.ts'
import { addLabelled, type TopicCounts } from './model.ts'

/**
 * The labels a block's documents teach the blocks after it, one per model:
 * `rounds`, the self-training's last labels; `decided`, the primary topics
 * the last word-model round trained on; `classifier`, the final
 * classifier's training labels; `refined`, its calls, on which its second
 * round trained (its training labels when it declined).
 */
export interface SettledLabels {
  rounds: Int32Array
  decided: Int32Array
  classifier: Int32Array
  refined: Int32Array
}

/** The last block's corpus (only its vocabulary and statistics so far are read) and each model's sums under settled labels. */
export interface Carried {
  corpus: Corpus | null
  rounds: TopicCounts | null
  decided: TopicCounts | null
  classifier: ClassTotals | null
  refined: ClassTotals | null
}

export const NOTHING_CARRIED: Carried = { corpus: null, rounds: null, decided: null, classifier: null, refined: null }

/** `carried` with the corpus's documents added under their settled labels. */
export function carry(carried: Carried, corpus: Corpus, settled: SettledLabels, feats = features(corpus)): Carried {
  const vocabularySize = corpus.totals.length
  return {
    corpus,
    rounds: addLabelled(carried.rounds, corpus, settled.rounds),
    decided: addLabelled(carried.decided, corpus, settled.decided),
    classifier: addClassLabelled(carried.classifier, feats, vocabularySize, corpus.topicCount, settled.classifier),
    refined: addClassLabelled(carried.refined, feats, vocabularySize, corpus.topicCount, settled.refined),
  }
}

/** Carried as JSON can hold it: the vocabulary in id order, numbers as they are, arrays as base64 of their bytes. */
export interface CarriedSnapshot {
  vocabulary: string[]
  docCount: number
  totalLength: number
  docFrequency: string
  totals: string
  models: { counts: string; lengths: string; docs: string }[] | null
  classifiers: ClassifierSnapshot[] | null
}

interface ClassifierSnapshot {
  classDocs: string
  classTotals: string
  classLengths: string
  allTotals: string
  allLength: number
}

const bytes = (array: Int32Array | Float32Array | Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')

function fromBytes<A>(text: unknown, make: (buffer: ArrayBuffer) => A, length: number, bytesPer: number): A {
  if (typeof text !== 'string') throw new Error('not base64 text')
  const buffer = Buffer.from(text, 'base64')
  if (buffer.length !== length * bytesPer) throw new Error(`${buffer.length} bytes where ${length * bytesPer} were expected`)
  return make(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length))
}

/** Carried after a block, for the next build; only while `carried.corpus` is that block's corpus (the next block grows its vocabulary). */
export function snapshot(carried: Carried): CarriedSnapshot | null {
  const { corpus } = carried
  if (!corpus) return null
  const models = carried.rounds && carried.decided ? [carried.rounds, carried.decided] : null
  const classifiers = carried.classifier && carried.refined ? [carried.classifier, carried.refined] : null
  return {
    vocabulary: [...corpus.vocabulary.keys()],
    docCount: corpus.corpusDocCount,
    totalLength: corpus.totalLength,
    docFrequency: bytes(corpus.docFrequency),
    totals: bytes(corpus.totals),
    models: models && models.map((m) => ({ counts: bytes(m.counts), lengths: bytes(m.lengths), docs: bytes(m.docs) })),
    classifiers: classifiers && classifiers.map((c) => ({ classDocs: bytes(c.classDocs), classTotals: bytes(c.classTotals), classLengths: bytes(c.classLengths), allTotals: bytes(c.allTotals), allLength: c.allLength })),
  }
}

/** Carried back from a snapshot, or null when it is not one of `topicCount` topics (a damaged or foreign file). */
export function restore(saved: CarriedSnapshot, topicCount: number): Carried | null {
  try {
    const V = saved.vocabulary.length
    const T = topicCount
    const K = topicCount + 1
    if (!saved.vocabulary.every((stem) => typeof stem === 'string') || !Number.isFinite(saved.docCount) || !Number.isFinite(saved.totalLength)) return null
    const corpus: Corpus = {
      docCount: 0,
      corpusDocCount: saved.docCount,
      topicCount: T,
      vocabulary: new Map(saved.vocabulary.map((stem, id) => [stem, id])),
      termIds: [],
      termCounts: [],
      lengths: new Float64Array(0),
      docFrequency: fromBytes(saved.docFrequency, (b) => new Int32Array(b), V, 4),
      totals: fromBytes(saved.totals, (b) => new Float64Array(b), V, 8),
      totalLength: saved.totalLength,
      keyword: new Float64Array(0),
      seedKeyword: new Float64Array(0),
    }
    if (corpus.vocabulary.size !== V) return null
    const model = (m: { counts: string; lengths: string; docs: string }): TopicCounts => ({
      counts: fromBytes(m.counts, (b) => new Float32Array(b), V * T, 4),
      lengths: fromBytes(m.lengths, (b) => new Float64Array(b), T, 8),
      docs: fromBytes(m.docs, (b) => new Float64Array(b), T, 8),
    })
    const classifier = (c: ClassifierSnapshot): ClassTotals => ({
      classDocs: fromBytes(c.classDocs, (b) => new Int32Array(b), K, 4),
      classTotals: fromBytes(c.classTotals, (b) => new Float64Array(b), V * K, 8),
      classLengths: fromBytes(c.classLengths, (b) => new Float64Array(b), K, 8),
      allTotals: fromBytes(c.allTotals, (b) => new Float64Array(b), V, 8),
      allLength: Number(c.allLength),
    })
    const [rounds, decided] = saved.models ? saved.models.map(model) : [null, null]
    const [first, refined] = saved.classifiers ? saved.classifiers.map(classifier) : [null, null]
    return { corpus, rounds: rounds ?? null, decided: decided ?? null, classifier: first ?? null, refined: refined ?? null }
  } catch {
    return null
  }
}
