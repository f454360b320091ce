/**
 * News sentences name their source in a clause of its own: "…, officials
 * said.", "…, the airport's owners said on Monday, forcing…", "…, according
 * to figures published on Thursday." In a summary of at most 60 words that
 * clause is the words a reader needs least (highlights written by people
 * leave it out), and dropping it makes room for the story's next fact. The
 * sentence keeps its claim; the article, one click away, keeps the source.
 *
 * Only a clause set off by a comma is taken out, and only when
 * - it is the sentence's last clause ("…, police said.") or it sits between
 *   two commas right after the main clause ("…, police said, adding…");
 * - its subject is at most SUBJECT_MAX_WORDS words, with no quotation mark
 *   (inside a quotation, "she said" belongs to what is quoted);
 * - the sentence has no quotation marks at all: "'We are ready,' she said."
 *   is a quote whose speaker is part of its sense;
 * - at least MIN_REMAINING_WORDS words remain.
 * The reporting verbs are English: an article in another language keeps its
 * sentences whole.
 */
import { wordCount } from '../../text/words.ts'
import { REPORTING_VERB } from './reporting-verbs.ts'

export const SUBJECT_MAX_WORDS = 8
export const MIN_REMAINING_WORDS = 8

const VERB = String.raw`(?:${REPORTING_VERB}|told (?:\S+ ){0,3}?(?:reporters|journalists|the \S+))`
// "on Monday", "late on Tuesday", "last week", "in a statement": when and how, part of the attribution.
const WHEN = String.raw`(?: (?:on|in|at|late|early|earlier|later|last|this) [^,.;:!?"“”]{1,30}?)?`
const SUBJECT = String.raw`[^,.;:!?"“”()]+?`
const ACCORDING = String.raw`according to [^,;:!?"“”()]{1,80}?`
const CLAUSE = String.raw`(?:${ACCORDING}|${SUBJECT} ${VERB}${WHEN})`

const TRAILING = new RegExp(String.raw`, (${CLAUSE})([.!])$`, 'u')
const MIDDLE = new RegExp(String.raw`, (${CLAUSE}), `, 'u')
export const QUOTE_MARK = /["“”«»„]|(^|\s)['‘]|['’](\s|$)/u

function subjectFits(clause: string): boolean {
  if (/^according to /i.test(clause)) return true
  const subject = clause.split(new RegExp(String.raw` ${VERB}`, 'u'))[0] ?? ''
  return wordCount(subject) <= SUBJECT_MAX_WORDS
}

/** `sentence` without its attribution clause, or unchanged when it has none that may go. */
export function withoutAttribution(sentence: string): string {
  const text = sentence.trim()
  if (QUOTE_MARK.test(text)) return text
  for (const [pattern, replacement] of [
    [TRAILING, '$2'],
    [MIDDLE, ', '],
  ] as const) {
    const match = pattern.exec(text)
    if (!match || !subjectFits(match[1]!)) continue
    const shorter = text.slice(0, match.index) + replacement.replace('$2', match[2] ?? '') + text.slice(match.index + match[0].length)
    if (wordCount(shorter) >= MIN_REMAINING_WORDS) return shorter
  }
  return text
}
