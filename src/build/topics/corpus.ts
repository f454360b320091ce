/**
 * Reads each document once, into what the topic stages need: a bag of content
 * stems (headline words counted TITLE_WEIGHT times) and its keyword scores for
 * every topic. Term ids are given in order of first appearance, so the same
 * documents in the same order always give the same numbers.
 */
import type { Topic } from '../../model.ts'
import { words, type Term } from '../../text/nlp.ts'
import { compileKeywords, keywordScores, TITLE_WEIGHT } from './keywords.ts'

export interface CorpusDoc {
  title: string
  text: string
}

export interface Corpus {
  docCount: number
  topicCount: number
  /** Per document: distinct term ids and their weighted counts, in parallel. */
  termIds: Int32Array[]
  termCounts: Float64Array[]
  /** Per document: the sum of its term counts. */
  lengths: Float64Array
  /** Per term: how many documents contain it. */
  docFrequency: Int32Array
  /** Per term: its weighted count over the whole corpus. */
  totals: Float64Array
  totalLength: number
  /** Keyword score of document d for topic t at [d * topicCount + t]. */
  keyword: Float64Array
}

const isContent = (term: Term) => !term.stopWord && term.normal.length > 1

export function readCorpus(docs: CorpusDoc[], taxonomy: Topic[]): Corpus {
  const index = compileKeywords(taxonomy)
  const vocabulary = new Map<string, number>()
  const docFrequency: number[] = []
  const totals: number[] = []
  const termIds: Int32Array[] = []
  const termCounts: Float64Array[] = []
  const lengths = new Float64Array(docs.length)
  const keyword = new Float64Array(docs.length * taxonomy.length)
  let totalLength = 0

  docs.forEach((doc, d) => {
    const title = words(doc.title)
    const body = words(doc.text)
    keyword.set(
      keywordScores(
        index,
        title.map((w) => w.stem),
        body.map((w) => w.stem),
      ),
      d * taxonomy.length,
    )

    const bag = new Map<number, number>()
    const add = (term: Term, weight: number) => {
      if (!isContent(term)) return
      let id = vocabulary.get(term.stem)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(term.stem, id)
        docFrequency.push(0)
        totals.push(0)
      }
      bag.set(id, (bag.get(id) ?? 0) + weight)
    }
    for (const term of title) add(term, TITLE_WEIGHT)
    for (const term of body) add(term, 1)

    const ids = [...bag.keys()].sort((a, b) => a - b)
    const counts = new Float64Array(ids.length)
    ids.forEach((id, i) => {
      const count = bag.get(id)!
      counts[i] = count
      docFrequency[id]!++
      totals[id]! += count
      lengths[d]! += count
    })
    totalLength += lengths[d]!
    termIds.push(Int32Array.from(ids))
    termCounts.push(counts)
  })

  return {
    docCount: docs.length,
    topicCount: taxonomy.length,
    termIds,
    termCounts,
    lengths,
    docFrequency: Int32Array.from(docFrequency),
    totals: Float64Array.from(totals),
    totalLength,
    keyword,
  }
}
