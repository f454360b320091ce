/**
 * A sentence without its trailing clauses: "Just under 24% of entries got an
 * A, down from 27% last year, when grades were set by teachers." becomes
 * "Just under 24% of entries got an A, down from 27% last year." The clause
 * taken out adds a circumstance (when, where, who, a contrast or a
 * concession) to a main clause that is complete without it, so what is left
 * is still a whole sentence that says what the original said first: the
 * compression people make when they write highlights.
 *
 * First a weekday goes ("…said on Friday that…", "…late on Tuesday
 * night…", WEEKDAY_PHRASE): the article's date already tells the reader when,
 * and highlights leave the day out. Then only a clause set off by a comma and
 * opening with a relative pronoun or a subordinating conjunction
 * (TRAILING_CLAUSE) is taken out, from the end, one at a time, until the
 * sentence has at most `maxWords` words; "but" only before a new subject
 * ("…, but it had drawn up plans…"), since in "not a cyberattack, but a
 * software fault" the part after "but" is the point; ", and" only after a
 * stretch of at least LIST_ITEM_MAX_WORDS + 1 words since the previous comma
 * ("…a rise of 7 percent this year, and a one-off payment…"), since in "cars,
 * trucks, and buses" it closes a list whose items are a word or two. As for
 * attribution clauses (attribution.ts), a sentence with
 * quotation marks is left whole (its clauses belong to what is quoted), the
 * words are English (another language keeps its sentences whole), and at
 * least MIN_REMAINING_WORDS words must remain.
 */
import { wordCount } from '../../text/words.ts'
import { MIN_REMAINING_WORDS, QUOTE_MARK } from './attribution.ts'

const TRAILING_CLAUSE =
  /, (?:which|who|whose|when|where|while|whereas|although|though|because|and|but (?:it|he|she|they|we|the|this|that|there|its|his|her|their))\b/gu

/**
 * "on Friday", "late on Tuesday night", "early on Sunday morning": when, which
 * the article's date gives. Only inside a clause, before its next word ("said
 * on Friday that…"): before a comma or at the end ("…began early on Monday,
 * when…") the day may be all the verb has, and taking it out leaves "began, when".
 */
const WEEKDAY_PHRASE =
  / (?:(?:late|early|earlier|later) )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?= \p{L})/gu

/** A list's items ("cars, trucks, and buses") run to about this many words; a clause after ", and" follows a longer stretch. */
export const LIST_ITEM_MAX_WORDS = 2

/** True when the ", and" at `index` of `text` closes a list rather than opening a clause. */
function closesList(text: string, index: number): boolean {
  const stretch = text.slice(text.lastIndexOf(',', index - 1) + 1, index)
  return wordCount(stretch) <= LIST_ITEM_MAX_WORDS
}

/** `sentence` without its weekday and cut before its trailing clauses until it has at most `maxWords` words, or null when it cannot be. */
export function withinWords(sentence: string, maxWords: number): string | null {
  const whole = sentence.trim()
  if (wordCount(whole) <= maxWords) return whole
  if (QUOTE_MARK.test(whole)) return null
  const text = whole.replace(WEEKDAY_PHRASE, '')
  if (wordCount(text) <= maxWords) return text
  const end = text.match(/[.!]$/u)?.[0]
  if (end === undefined) return null
  const starts = [...text.matchAll(TRAILING_CLAUSE)]
    .filter((m) => !(m[0] === ', and' && closesList(text, m.index)))
    .map((m) => m.index)
  for (let k = starts.length - 1; k >= 0; k--) {
    const shorter = text.slice(0, starts[k]) + end
    const words = wordCount(shorter)
    if (words < MIN_REMAINING_WORDS) return null
    if (words <= maxWords) return shorter
  }
  return null
}
