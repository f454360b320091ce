/**
 * The lede: news puts the point of the story in its first sentence, and
 * readers (and the people who write highlights) start there. A first
 * candidate that reads as a news sentence is therefore the summary's default
 * opening; one that does not is left to compete like any other sentence:
 *
 * - a question ("What happens when the money runs out?") teases, it does not tell;
 * - a sentence opening with a quotation ("'We are ready,' she said.") or one
 *   whose quotation marks do not pair up is a quote, or a piece of one,
 *   whose point depends on who said it and why, given later;
 * - a byline ("By Jane Smith, Political Editor.") names a writer;
 * - a short sentence (under LEDE_MIN_WORDS) is a scene-setter or a caption,
 *   not a lede that carries who, what and when.
 * (Bare datelines never reach here: candidates.ts drops them.)
 */
import { wordCount } from '../../text/words.ts'

/** A lede states who did what, when: rarely in fewer words than this. */
export const LEDE_MIN_WORDS = 10

const QUESTION = /\?['"’”)\]]*$/u
const OPENS_WITH_QUOTE = /^['"‘“«„「『]/u
const BYLINE = /^by \p{Lu}/iu
const QUOTE_MARKS = /["“”«»„]/gu

export function isNewsLede(sentence: string): boolean {
  const text = sentence.trim()
  if (QUESTION.test(text) || OPENS_WITH_QUOTE.test(text) || BYLINE.test(text)) return false
  if ((text.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1) return false
  return wordCount(text) >= LEDE_MIN_WORDS
}
