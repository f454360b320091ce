/**
 * The language claims are read in. franc guesses wrong on a sentence or two
 * ("Defence Secretary Jo Park said 5,000 troops were sent." reads as
 * French), and reading English by another language's words loses its
 * claimants, so a guess of one of the languages foreign-frames.ts reads
 * stands only when the text has more of that language's function words than
 * of English's (stopwords-iso's short words: articles, prepositions,
 * conjunctions, auxiliaries).
 */
import stopwords from 'stopwords-iso' with { type: 'json' }
import { detectLanguage } from '../metadata.ts'
import { FRAMED_LANGUAGES } from './reporting-words.ts'

const LISTS = stopwords as unknown as Record<string, string[]>
/** Longest stop word taken for a function word: stopwords-iso's lists also hold common content words. */
const FUNCTION_WORD_MAX_LETTERS = 4

const functionWords = new Map<string, Set<string>>()
/** `language`'s function words: stopwords-iso's short words for it (empty when it has no list). */
export function functionWordsOf(language: string): Set<string> {
  let set = functionWords.get(language)
  if (!set) functionWords.set(language, (set = new Set((LISTS[language] ?? []).filter((w) => w.length <= FUNCTION_WORD_MAX_LETTERS))))
  return set
}

/** Share of the text's words in `language`'s function words. */
function functionShare(words: string[], language: string): number {
  const set = functionWordsOf(language)
  return words.length === 0 ? 0 : words.filter((w) => set.has(w)).length / words.length
}

/**
 * BCP 47 tag of the language to read `text`'s claims in. `guess` is franc's
 * guess for the same text: the article's metadata has made it already
 * (metadata.ts, `language`), and prepare.ts passes it in rather than have
 * franc read the body twice.
 *
 * What a curator's language would mean (the catalog has no such field yet):
 * a statement, not a guess. This check exists because franc guesses wrong
 * on short English text; it must not overrule a person who says what
 * language an article is in, so a stated language would be passed to
 * articleQuantities as is, never through here.
 */
export function claimsLanguage(text: string, guess = detectLanguage(text)): string {
  if (!FRAMED_LANGUAGES.has(guess)) return guess
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  return functionShare(words, guess) > functionShare(words, 'en') ? guess : 'en'
}
