/**
 * Reads each document once, into what the topic stages need: a bag of content
 * stems (headline words counted TITLE_WEIGHT times) and its keyword scores for
 * every topic. Term ids are given in order of first appearance, so the same
 * documents in the same order always give the same numbers.
 *
 * Two steps, because tokenising is most of the cost and needs no taxonomy:
 * `readTexts` once per document, then `buildCorpus` per taxonomy (or per
 * subset of documents), which only counts.
 *
 * A corpus may be one time block of a larger one (pipeline/time-blocks.ts):
 * built on the corpus of the block before, it goes on with that block's
 * vocabulary and its counts over every earlier document, so its term ids and
 * document statistics are those of all the blocks up to it, while its
 * per-document tables hold its own documents only.
 */
import type { Topic } from '../../model.ts'
import { words, type Term } from '../../text/nlp.ts'
import { compileKeywords, keywordScores, TITLE_WEIGHT } from './keywords.ts'

export interface CorpusDoc {
  title: string
  text: string
}

/** One document tokenised: every word's stem, and which of them are content words. */
export interface DocText {
  titleStems: string[]
  bodyStems: string[]
  /** Content-word stems of the headline, then of the body (stop words and one-letter words left out). */
  titleContent: string[]
  bodyContent: string[]
}

export interface Corpus {
  /** Documents of this corpus (of this block), which the per-document tables hold. */
  docCount: number
  /** Documents counted in the statistics below: this corpus's and every earlier block's (the idf's N). */
  corpusDocCount: number
  topicCount: number
  /** Term id of each stem; shared with (taken over from) the earlier block's corpus. */
  vocabulary: Map<string, number>
  /** Per document: distinct term ids and their weighted counts, in parallel. */
  termIds: Int32Array[]
  termCounts: Float64Array[]
  /** Per document: the sum of its term counts. */
  lengths: Float64Array
  /** Per term: how many documents contain it (here and in earlier blocks). */
  docFrequency: Int32Array
  /** Per term: its weighted count over the whole corpus (earlier blocks included). */
  totals: Float64Array
  totalLength: number
  /** Keyword score of document d for topic t at [d * topicCount + t]. */
  keyword: Float64Array
  /** As `keyword`, with the words of each topic's title and description as hints: only to find the first training labels. */
  seedKeyword: Float64Array
}

const isContent = (term: Term) => !term.stopWord && term.normal.length > 1
const content = (terms: Term[]) => terms.filter(isContent).map((t) => t.stem)

export function readText(doc: CorpusDoc): DocText {
  const title = words(doc.title)
  const body = words(doc.text)
  return {
    titleStems: title.map((w) => w.stem),
    bodyStems: body.map((w) => w.stem),
    titleContent: content(title),
    bodyContent: content(body),
  }
}

export function readCorpus(docs: CorpusDoc[], taxonomy: Topic[]): Corpus {
  return buildCorpus(docs.map(readText), taxonomy)
}

export interface BuildOptions {
  /**
   * The corpus of the block before (its vocabulary is taken over and grows,
   * so that corpus must not be used after); none for a corpus of its own.
   */
  before?: Corpus | null
  /** Score keywords (default true); a block whose decisions are kept needs only the counts. */
  keywords?: boolean
}

export function buildCorpus(texts: DocText[], taxonomy: Topic[], { before = null, keywords = true }: BuildOptions = {}): Corpus {
  const index = compileKeywords(taxonomy)
  const hinted = compileKeywords(taxonomy, { hints: true })
  const vocabulary = before?.vocabulary ?? new Map<string, number>()
  const docFrequency: number[] = before ? Array.from(before.docFrequency) : []
  const totals: number[] = before ? Array.from(before.totals) : []
  const termIds: Int32Array[] = []
  const termCounts: Float64Array[] = []
  const lengths = new Float64Array(texts.length)
  const keyword = new Float64Array(keywords ? texts.length * taxonomy.length : 0)
  const seedKeyword = new Float64Array(keywords ? texts.length * taxonomy.length : 0)
  let totalLength = before?.totalLength ?? 0

  texts.forEach((text, d) => {
    if (keywords) {
      keyword.set(keywordScores(index, text.titleStems, text.bodyStems), d * taxonomy.length)
      seedKeyword.set(keywordScores(hinted, text.titleStems, text.bodyStems), d * taxonomy.length)
    }

    const bag = new Map<number, number>()
    const add = (stem: string, weight: number) => {
      let id = vocabulary.get(stem)
      if (id === undefined) {
        id = vocabulary.size
        vocabulary.set(stem, id)
        docFrequency.push(0)
        totals.push(0)
      }
      bag.set(id, (bag.get(id) ?? 0) + weight)
    }
    for (const stem of text.titleContent) add(stem, TITLE_WEIGHT)
    for (const stem of text.bodyContent) add(stem, 1)

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
    docCount: texts.length,
    corpusDocCount: (before?.corpusDocCount ?? 0) + texts.length,
    topicCount: taxonomy.length,
    vocabulary,
    termIds,
    termCounts,
    lengths,
    docFrequency: Int32Array.from(docFrequency),
    totals: Float64Array.from(totals),
    totalLength,
    keyword,
    seedKeyword,
  }
}
