/**
 * Keyword evidence: how strongly each document matches each topic's curated
 * keywords. Keywords and documents are compared as Porter-2 stem sequences, so
 * "sanction" matches "sanctions" and the phrase "front line" matches "front
 * lines" but not "line … front". Numbers are not words (see `words` in
 * src/text/nlp.ts), so "Article 51" matches as "article"; a keyword made only
 * of digits or punctuation matches nothing.
 */
import type { Topic } from '../../model.ts'
import { words } from '../../text/nlp.ts'

/** A headline match counts as this many body matches: headlines say what an article is about. */
export const TITLE_WEIGHT = 3

interface Phrase {
  topic: number
  keyword: number
  stems: string[]
}

/** Every topic's keywords, indexed by first stem for one left-to-right pass per text. */
export interface KeywordIndex {
  byFirstStem: Map<string, Phrase[]>
  /** Keyword count per topic, to size the per-keyword hit tables. */
  sizes: number[]
}

export function compileKeywords(taxonomy: Topic[]): KeywordIndex {
  const byFirstStem = new Map<string, Phrase[]>()
  taxonomy.forEach((topic, t) => {
    topic.keywords.forEach((keyword, k) => {
      const stems = words(keyword).map((w) => w.stem)
      if (stems.length === 0) return
      const list = byFirstStem.get(stems[0]!) ?? []
      list.push({ topic: t, keyword: k, stems })
      byFirstStem.set(stems[0]!, list)
    })
  })
  return { byFirstStem, sizes: taxonomy.map((t) => t.keywords.length) }
}

/** Adds `weight` for every occurrence of every keyword in `stems` to hits[topic][keyword]. */
function countHits(index: KeywordIndex, stems: string[], weight: number, hits: number[][]): void {
  for (let i = 0; i < stems.length; i++) {
    const candidates = index.byFirstStem.get(stems[i]!)
    if (!candidates) continue
    for (const phrase of candidates) {
      let j = 1
      while (j < phrase.stems.length && stems[i + j] === phrase.stems[j]) j++
      if (j === phrase.stems.length) hits[phrase.topic]![phrase.keyword]! += weight
    }
  }
}

/**
 * Keyword score of one document for every topic: the sum over keywords of
 * log2(1 + weighted hits). The log gives each further mention of one keyword
 * less weight than a first mention of another, so a topic's score grows with
 * the breadth of its vocabulary in the text, not with one repeated word.
 */
export function keywordScores(index: KeywordIndex, titleStems: string[], bodyStems: string[]): Float64Array {
  const hits = index.sizes.map((n) => new Array<number>(n).fill(0))
  countHits(index, titleStems, TITLE_WEIGHT, hits)
  countHits(index, bodyStems, 1, hits)
  const scores = new Float64Array(index.sizes.length)
  hits.forEach((perKeyword, t) => {
    let sum = 0
    for (const h of perKeyword) if (h > 0) sum += Math.log2(1 + h)
    scores[t] = sum
  })
  return scores
}
