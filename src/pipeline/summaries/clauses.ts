/**
 * A sentence without its trailing clauses: "Just under 24% of entries got an
 * A, down from 27% last year, when grades were set by teachers." becomes
 * "Just under 24% of entries got an A, down from 27% last year." The clause
 * taken out adds a circumstance (when, where, who, a contrast or a
 * concession) to a main clause that is complete without it, so what is left
 * is still a whole sentence that says what the original said first: the
 * compression people make when they write highlights.
 *
 * Only a clause set off by a comma and opening with a relative pronoun or a
 * subordinating conjunction (TRAILING_CLAUSE) is taken out, from the end,
 * one at a time, until the sentence has at most `maxWords` words; "but"
 * only before a new subject ("…, but it had drawn up plans…"), since in
 * "not a cyberattack, but a software fault" the part after "but" is the
 * point. As for attribution clauses (attribution.ts), a sentence with
 * quotation marks is left whole (its clauses belong to what is quoted), the
 * words are English (another language keeps its sentences whole), and at
 * least MIN_REMAINING_WORDS words must remain.
 */
import { wordCount } from '../../text/words.ts'
import { MIN_REMAINING_WORDS, QUOTE_MARK } from './attribution.ts'

const TRAILING_CLAUSE =
  /, (?:which|who|whose|when|where|while|whereas|although|though|but (?:it|he|she|they|we|the|this|that|there|its|his|her|their))\b/gu

/** `sentence` cut before its trailing clauses until it has at most `maxWords` words, or null when it cannot be. */
export function withinWords(sentence: string, maxWords: number): string | null {
  const text = sentence.trim()
  if (wordCount(text) <= maxWords) return text
  if (QUOTE_MARK.test(text)) return null
  const end = text.match(/[.!]$/u)?.[0]
  if (end === undefined) return null
  const starts = [...text.matchAll(TRAILING_CLAUSE)].map((m) => m.index)
  for (let k = starts.length - 1; k >= 0; k--) {
    const shorter = text.slice(0, starts[k]) + end
    const words = wordCount(shorter)
    if (words < MIN_REMAINING_WORDS) return null
    if (words <= maxWords) return shorter
  }
  return null
}
