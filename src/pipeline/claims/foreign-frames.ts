/**
 * Attribution frames in Portuguese, Spanish, Italian, French and German,
 * the same frames attribution.ts reads in English, found by the reporting
 * words (reporting-words.ts) and the sentence's punctuation:
 * - subject + reporting verb: "O ministério da Defesa afirmou que …",
 *   "Il ministero ha detto che …", "Das Ministerium teilte mit, …"; the
 *   subject is the phrase before the verb back to a comma, a conjunction or
 *   the sentence's start (auxiliaries and adverbs skipped);
 * - the verb first, its subject after, closing the clause: "…, disse o
 *   ministro.", "…, sagte ein Sprecher.";
 * - "according to X": "segundo X", "según X", "secondo X", "selon X",
 *   "laut X", "X zufolge".
 * A verb with no subject ("Disse que …": the subject is dropped) names
 * nobody. The frames govern figures as attribution.ts's do.
 */
import type { Frame } from './attribution.ts'
import type { Term } from '../stories/quantities.ts'
import { ACCORDING_TO, ACCORDING_TO_AFTER, ARTICLES, BETWEEN_SUBJECT_AND_VERB, PHRASE_STOPS, PRONOUN_CLAIMANTS, REPORTING_VERBS } from './reporting-words.ts'

/** Longest claimant phrase, in words ("o porta-voz do Ministério da Defesa da Ucrânia"). */
const PHRASE_MAX_WORDS = 8

const closes = (t: Term) => /[,;:.!?()[\]—–«»"“”]/.test(t.post)
const isFigure = (t: Term) => /^\d/.test(t.text)
/** Can this term be part of a claimant's phrase? */
const inPhrase = (t: Term) => !isFigure(t) && !PHRASE_STOPS.has(t.normal) && !REPORTING_VERBS.has(t.normal)

/** The phrase's text as the sentence writes it, an opening article in lower case ("o ministério", as English "the US"). */
function phraseText(sentence: string, terms: Term[], from: number, to: number): string {
  const text = sentence.slice(terms[from]!.offset.start, terms[to]!.offset.start + terms[to]!.offset.length)
  return ARTICLES.has(terms[from]!.normal) ? text[0]!.toLowerCase() + text.slice(1) : text
}

/** A claimant's phrase has a word that is not an article. */
const named = (terms: Term[], from: number, to: number) => terms.slice(from, to + 1).some((t) => !ARTICLES.has(t.normal))

function claimantOf(sentence: string, terms: Term[], from: number, to: number): string | null {
  if (from === to && terms[from]!.normal in PRONOUN_CLAIMANTS) return PRONOUN_CLAIMANTS[terms[from]!.normal]!
  return phraseText(sentence, terms, from, to)
}

/**
 * The phrase after `from`, to the first punctuation or stop word. In German,
 * where every noun is capitalised, a lower-case word after a noun is the
 * clause going on ("nach Angaben der Polizei demonstrierten …"), not the phrase.
 */
function phraseAfter(terms: Term[], from: number, language: string): [number, number] | null {
  if (from >= terms.length || !inPhrase(terms[from]!)) return null
  let to = from
  const goesOn = (next: Term) => inPhrase(next) && !(language === 'de' && /^\p{Ll}/u.test(next.text) && !ARTICLES.has(next.normal) && /^\p{Lu}/u.test(terms[to]!.text))
  while (to + 1 < terms.length && to - from + 1 < PHRASE_MAX_WORDS && !closes(terms[to]!) && goesOn(terms[to + 1]!)) to++
  return named(terms, from, to) ? [from, to] : null
}

/** The phrase ending at `to`, walking back to punctuation, a stop word or the sentence's start. */
function phraseBefore(terms: Term[], to: number): [number, number] | null {
  if (to < 0 || !inPhrase(terms[to]!) || closes(terms[to]!)) return null
  let from = to
  while (from - 1 >= 0 && to - from + 1 < PHRASE_MAX_WORDS && !closes(terms[from - 1]!) && inPhrase(terms[from - 1]!)) from--
  return named(terms, from, to) ? [from, to] : null
}

/** Index of the last word of an "according to" phrase starting at `at`, or -1. */
function accordingToAt(terms: Term[], at: number): number {
  for (const phrase of ACCORDING_TO) {
    const words = phrase.split(' ')
    if (words.every((w, k) => terms[at + k]?.normal === w) && words.slice(0, -1).every((_, k) => !closes(terms[at + k]!))) return at + words.length - 1
  }
  return -1
}

/** Every attribution frame of a sentence in `language` (one of FRAMED_LANGUAGES), in order. */
export function foreignFrames(sentence: string, terms: Term[], language: string): Frame[] {
  const frames: Frame[] = []
  const leadingAt = (i: number) => i === 0 || /[;:]/.test(terms[i - 1]!.post)
  const lastAt = (i: number) => i === terms.length - 1 || /[.;!?]/.test(terms[i]!.post)
  for (let v = 0; v < terms.length; v++) {
    const according = accordingToAt(terms, v)
    if (according >= 0) {
      const span = phraseAfter(terms, according + 1, language)
      if (!span) continue
      frames.push({ claimant: claimantOf(sentence, terms, ...span), start: v, end: span[1], governs: leadingAt(v) ? 'after' : lastAt(span[1]) ? 'before' : 'either' })
      v = span[1]
      continue
    }
    const t = terms[v]!
    if (ACCORDING_TO_AFTER.has(t.normal)) {
      const span = phraseBefore(terms, v - 1)
      if (span) frames.push({ claimant: claimantOf(sentence, terms, ...span), start: span[0], end: v, governs: leadingAt(span[0]) ? 'after' : 'either' })
      continue
    }
    if (!REPORTING_VERBS.has(t.normal)) continue
    let s = v - 1
    while (s >= 0 && BETWEEN_SUBJECT_AND_VERB.has(terms[s]!.normal) && !closes(terms[s]!)) s--
    const hasComplement = !closes(t) && v + 1 < terms.length
    const subject = s >= 0 && !closes(terms[s]!) ? phraseBefore(terms, s) : null
    if (subject) {
      const opensClause = subject[0] > 0 && closes(terms[subject[0] - 1]!)
      // "Das Ministerium sagte, 3000 Soldaten …": a comma after the verb opens the reported clause, as "that" does.
      const reports = !hasComplement && /^\s*,/.test(t.post) && v + 1 < terms.length
      frames.push({ claimant: claimantOf(sentence, terms, ...subject), start: subject[0], end: v, governs: reports || (hasComplement && opensClause) ? 'either' : hasComplement ? 'after' : 'before' })
    } else if (s >= 0 && closes(terms[s]!)) {
      // "…, disse o ministro.": the verb opens its clause and its subject follows.
      const span = phraseAfter(terms, v + 1, language)
      if (span) frames.push({ claimant: claimantOf(sentence, terms, ...span), start: v, end: span[1], governs: 'before' })
    }
  }
  return frames
}
