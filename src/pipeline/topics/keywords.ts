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

/**
 * Indexes every topic's keywords; with `hints`, also each content word of the
 * topic's title and description that no other topic's title or description
 * uses and its own keywords lack (a "Technology" topic described as "gadgets,
 * software and the internet" gains "technology", "gadget", "software",
 * "internet"). A curator's five-minute keyword list misses words the title
 * and description already say; words two topics share tell them apart not at all.
 */
export function compileKeywords(taxonomy: Topic[], { hints = false } = {}): KeywordIndex {
  const byFirstStem = new Map<string, Phrase[]>()
  const sizes = taxonomy.map(() => 0)
  const add = (topic: number, stems: string[]) => {
    if (stems.length === 0) return
    const list = byFirstStem.get(stems[0]!) ?? []
    list.push({ topic, keyword: sizes[topic]!++, stems })
    byFirstStem.set(stems[0]!, list)
  }
  taxonomy.forEach((topic, t) => {
    for (const keyword of topic.keywords) add(t, words(keyword).map((w) => w.stem))
  })
  if (hints) {
    const hintStems = taxonomy.map((topic) => {
      const own = new Set(topic.keywords.flatMap((k) => words(k).map((w) => w.stem)))
      const described = words(`${topic.title}. ${topic.description}`).filter((w) => !w.stopWord && w.normal.length > 1)
      return new Set(described.map((w) => w.stem).filter((stem) => !own.has(stem)))
    })
    const topicsUsing = new Map<string, number>()
    for (const stems of hintStems) for (const stem of stems) topicsUsing.set(stem, (topicsUsing.get(stem) ?? 0) + 1)
    hintStems.forEach((stems, t) => {
      for (const stem of [...stems].sort()) if (topicsUsing.get(stem) === 1) add(t, [stem])
    })
  }
  return { byFirstStem, sizes }
}

/**
 * Adds `weight` to hits[topic][keyword] for every occurrence of every keyword
 * in `stems`, reading left to right and taking the longest keyword that starts
 * at each word; the words it covers start no other match. So "mutual defence
 * pact" is one mention (of "mutual defence", when both it and "defence pact"
 * are keywords), and "prime minister" is not also a "minister": one phrase
 * counts once, as a reader would count it. A keyword several topics list
 * counts for each of them.
 */
function countHits(index: KeywordIndex, stems: string[], weight: number, hits: number[][]): void {
  let i = 0
  while (i < stems.length) {
    const candidates = index.byFirstStem.get(stems[i]!)
    let longest = 0
    let matched: Phrase[] = []
    for (const phrase of candidates ?? []) {
      let j = 1
      while (j < phrase.stems.length && stems[i + j] === phrase.stems[j]) j++
      if (j < phrase.stems.length || j < longest) continue
      if (j > longest) matched = []
      longest = j
      matched.push(phrase)
    }
    for (const phrase of matched) hits[phrase.topic]![phrase.keyword]! += weight
    i += Math.max(1, longest)
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
