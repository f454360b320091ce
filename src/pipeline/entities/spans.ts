/**
 * The parts of a text that can hold a name. A name is a run of capitalised
 * words, so tagging only those runs, with a few words of context either side
 * for the tagger's neighbour rules ("#FirstName [#ProperNoun]", "the [X] of"),
 * gives the same tags for far less text: in news prose about half the words
 * are more than two words from any capital.
 */
import { isFunctionWord } from './tagger.ts'

/** A slice of the text: [start, end). */
export interface Span {
  start: number
  end: number
}

/** Words of context kept on each side of a capitalised word. */
export const CONTEXT_WORDS = 2

// A capital anywhere ("TimeWarner", "McCain", "3M"). Digits alone never start
// a name, and those that end one ("Ronaldo 33") are within its context.
const MAY_NAME = /\p{Lu}/u
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/u

/**
 * Spans of `text` around every word that may belong to a name, merged when
 * they touch. Whole whitespace-separated words only, so no term is cut; the
 * context stops at a sentence's end, as compromise's rules do, and so that a
 * stray sentence end never starts a span (compromise would merge such a
 * fragment into the next sentence and read its first word as mid-sentence).
 * A sentence's capitalised first word that the lexicon knows as a function
 * word ("The", "However", but not "US") marks no name by itself.
 */
export function nameSpans(text: string, context = CONTEXT_WORDS): Span[] {
  const words = [...text.matchAll(/\S+/g)]
  const starts = words.map((_, i) => i === 0 || ENDS_SENTENCE.test(words[i - 1]![0]))
  const spans: Span[] = []
  let from = -1
  let to = -1
  const flush = () => {
    if (from >= 0) spans.push({ start: words[from]!.index, end: words[to]!.index + words[to]![0].length })
  }
  words.forEach((m, i) => {
    const word = m[0]
    if (!MAY_NAME.test(word)) return
    if (starts[i] && isPlainFunctionWord(word.replace(/^\P{L}+|\P{L}+$/gu, ''))) return
    let lo = i
    while (lo > i - context && lo > 0 && !starts[lo]) lo--
    let hi = i
    while (hi < i + context && hi + 1 < words.length && !starts[hi + 1]) hi++
    if (from >= 0 && lo <= to + 1) {
      to = Math.max(to, hi)
      return
    }
    flush()
    from = lo
    to = hi
  })
  flush()
  return spans
}

// Only a word written as one: "US" in capitals is a name, "Us" is not.
const isPlainFunctionWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && isFunctionWord(word)
