/**
 * Counted quantities in a sentence: "about 11,000 troops", "“at least
 * 3,000” North Korean soldiers", "1.5 million people". A figure counts only
 * when a noun follows it within a few modifier words, so dates ("June 19"),
 * years ("2022"), labels ("Article 51"), money ("$1bn") and shares ("13%")
 * are never taken for counts.
 */
import nlp from '../../text/compromise.ts'
import { remembered } from '../../text/remembered.ts'

export interface Quantity {
  value: number
  /** The figure as written, with its qualifier: "about 11,000". */
  text: string
  /** What is counted, synonyms merged: "troops". */
  subject: string
}

/** A term as compromise gives it, with its place in the sentence (claims/attribution.ts reads the same terms). */
export interface Term {
  text: string
  normal: string
  pre: string
  post: string
  tags: string[]
  offset: { start: number; length: number }
}

/** A quantity with the index of its figure among the sentence's terms. */
export interface QuantityAt extends Quantity {
  at: number
}

const QUALIFIERS = ['at least', 'up to', 'more than', 'as many as', 'fewer than', 'less than', 'an estimated', 'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'under', 'estimated']
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }
/** A number after these words is a label, not a count: "Article 51", "No 10". */
const LABELS = new Set('article section chapter clause paragraph no number page room flight route item rule amendment resolution version grade level phase stage platform gate highway'.split(' '))
/** Durations and ages are not counts of a thing outlets report differently. */
const TIME_UNITS = new Set('year month week day hour minute second decade century time'.split(' '))
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/

/** Small, general synonym sets: the same thing counted under different words. */
const SYNONYMS: Record<string, string> = {
  troop: 'troops', soldier: 'troops', personnel: 'troops', serviceman: 'troops', servicemen: 'troops', servicemember: 'troops', force: 'troops',
  person: 'people', people: 'people', civilian: 'people', resident: 'people', individual: 'people',
  death: 'deaths', fatality: 'deaths', casualty: 'casualties',
  refugee: 'refugees', migrant: 'migrants', worker: 'workers', employee: 'workers', job: 'jobs',
}

const NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/
const YEAR = /^(1[89]|20|21)\d\d$/
const MODIFIER_TAGS = ['Adjective', 'ProperNoun', 'Demonym', 'Adverb', 'Comparable', 'Participle']

const singular = remembered((word) => {
  const w = word.toLowerCase()
  if (SYNONYMS[w]) return w
  const s = nlp(w).nouns().toSingular().text() || w
  return s.toLowerCase()
})

const plural = remembered((lemma) => (nlp(lemma).nouns().toPlural().text() || lemma).toLowerCase())

const isCommonNoun = (t: Term) =>
  t.tags.includes('Noun') && !t.tags.includes('Value') && !t.tags.includes('Pronoun') && !(t.tags.includes('ProperNoun') && /^\p{Lu}/u.test(t.text))
/** compromise reads a plural noun after a figure as a verb ("2,500 engineers were sent"): a figure counts nouns, so it is one. */
export const looksPlural = (t: Term) =>
  t.tags.includes('Verb') && t.tags.includes('PresentTense') && /[^s]s$/.test(t.normal) && !t.tags.some((g) => g === 'Auxiliary' || g === 'Copula')
const endsPhrase = (t: Term) => /[^\s”"’']/.test(t.post)

/**
 * The noun a figure counts, skipping up to four modifiers ("North Korean").
 * In a compound the last noun is the head: "military personnel" counts
 * personnel, "aid workers" counts workers.
 */
function countedNoun(terms: Term[], from: number): string | undefined {
  for (let k = from; k < terms.length && k < from + 5; k++) {
    const t = terms[k]!
    if (isCommonNoun(t) || (k === from && looksPlural(t))) {
      let head = k
      while (head - k < 2 && !endsPhrase(terms[head]!) && terms[head + 1] && isCommonNoun(terms[head + 1]!)) head++
      return terms[head]!.normal.replace(/[’']s$/, '')
    }
    if (!t.tags.some((g) => MODIFIER_TAGS.includes(g)) || endsPhrase(t)) return undefined
  }
  return undefined
}

/** The qualifier before a figure, as written ("About", "at least"), if any. */
function qualifierBefore(terms: Term[], at: number): string | undefined {
  for (const q of QUALIFIERS) {
    const n = q.split(' ').length
    const words = terms.slice(at - n, at)
    if (at - n >= 0 && words.map((t) => t.normal).join(' ') === q && words.slice(0, -1).every((t) => /^\s+$/.test(t.post))) {
      return words.map((t) => t.text).join(' ')
    }
  }
  return undefined
}

/** Counted quantities of one sentence, in order. */
export function findQuantities(sentence: string): Quantity[] {
  return quantitiesIn(readTerms(sentence)).map(({ at: _, ...q }) => q)
}

/**
 * A sentence's terms, tagged by compromise, or none when the sentence has no
 * term that could be a counted figure (see readSentencesTerms).
 */
export function readTerms(sentence: string): Term[] {
  return readSentencesTerms([sentence])[0]!
}

interface Internals {
  one: { tokenize: { fromString(text: string, world: unknown): unknown[][] } }
}

/**
 * Each sentence's terms, as `nlp(sentence).json({ offset: true, terms: {
 * offset: true } })` gives them, or none when the sentence has no term that
 * could open a counted quantity. Such a term is a figure written in digits
 * (NUMBER), not a year, with no currency or percent sign beside it, nothing
 * but spaces or quotation marks after it, and a term after it (quantitiesIn
 * asks all of these before anything else: a figure that ends its clause
 * counts only after one that opened a quantity); those depend on the term's
 * own text and punctuation, which compromise's tokenizer gives alone, at
 * about a tenth of the cost of tagging. Tagging (the costliest per-article
 * step, seconds on a 1 MB paragraph) runs only for sentences that pass
 * (840 of 8,360 sentences of bench articles, seeds and test pages; 1,189
 * passed the figure test alone, without the punctuation after the figure).
 *
 * Sentences are tokenized, and those that pass tagged, in one compromise
 * document each (a call has a fixed cost, about a third of a sentence's),
 * each sentence tokenized on its own as `nlp(sentence)` does: compromise
 * tokenizes and tags every sentence alone.
 */
export function readSentencesTerms(sentences: string[]): Term[][] {
  const { one } = nlp.methods() as Internals
  const out = sentences.map((): Term[] => [])
  const sentenceParts = (sentence: string) => one.tokenize.fromString(sentence, nlp.world())
  const withDigits = sentences.flatMap((sentence, at) => (/\d/.test(sentence) ? [{ at, parts: sentenceParts(sentence) }] : []))
  if (withDigits.length === 0) return out
  // Most sentences are settled by their terms as split, before the tokenizer's passes (rawVerdict); the others go through them.
  const verdicts = withDigits.map(({ parts }) => rawVerdict(parts.flat() as Pick<Term, 'text' | 'pre' | 'post'>[]))
  const unsettled = withDigits.filter((_, k) => verdicts[k] === undefined)
  // One tokenizer pass for them all, each sentence tokenized on its own, as nlp.tokenize(sentence) does.
  const tokenized = unsettled.length === 0 ? [] : (nlp.tokenize(unsettled.flatMap((s) => s.parts).map((terms) => ({ terms })) as never).json({ terms: { text: true, whitespace: true } }) as { terms: Pick<Term, 'text' | 'pre' | 'post'>[] }[]).map((s) => s.terms)
  let read = 0
  const tagged = withDigits.filter(({ parts }, k) => {
    if (verdicts[k] !== undefined) return verdicts[k]
    const tokens = tokenized.slice(read, (read += parts.length)).flat()
    if (!tokens.some((t, i) => i + 1 < tokens.length && mayOpenQuantity(t))) return false
    // The tokenizer's passes worked on these parts in place: they are made afresh for tagging.
    withDigits[k]!.parts = sentenceParts(sentences[withDigits[k]!.at]!)
    return true
  })
  if (tagged.length === 0) return out
  const parts = tagged.map((s) => s.parts)
  const terms = (withoutChunks(() => nlp(parts.flat().map((terms) => ({ terms })) as never)).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).map((s) => s.terms)
  // Offsets run on through the whole document; each sentence's start is subtracted.
  let next = 0
  let base = 0
  tagged.forEach(({ at }, k) => {
    const own = terms.slice(next, next + parts[k]!.length).flat()
    next += parts[k]!.length
    const start = base
    for (const t of own) base += t.pre.length + t.text.length + t.post.length
    out[at] = own.map((t) => ({ ...t, offset: { start: t.offset.start - start, length: t.offset.length } }))
  })
  return out
}

/**
 * `nlp()` runs compromise's hooks in turn; the last, its chunker, only sets
 * each term's `chunk` (noun, verb, adjective or pivot phrase), which nothing
 * here reads, and took a tenth of claims' tagging. It is left out of the
 * list for the one call.
 */
function withoutChunks<T>(run: () => T): T {
  const world = nlp.world() as unknown as { hooks: string[] }
  const hooks = world.hooks
  world.hooks = hooks.filter((hook) => hook !== 'chunks')
  try {
    return run()
  } finally {
    world.hooks = hooks
  }
}

/**
 * Whether a sentence has a term that may open a quantity, told from its
 * terms as compromise's tokenizer first splits them (`fromString`), or
 * undefined when only its further passes can tell. Those passes (alias,
 * machine, index, id, contractions) change no term whose text is a figure
 * alone (NUMBER): only a term with other characters beside its digits is
 * split or has its punctuation moved ("2-4" becomes "2", "to", "4"; "10km"
 * "10" "km"), and splitting a term only adds terms after it. So with no such
 * term, the terms as split give the answer the passes would.
 */
function rawVerdict(terms: Pick<Term, 'text' | 'pre' | 'post'>[]): boolean | undefined {
  let found = false
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    if (!/\d/.test(t.text)) continue
    if (!NUMBER.test(t.text)) return undefined
    if (i + 1 < terms.length && mayOpenQuantity(t)) found = true
  }
  return found
}

/** The tests quantitiesIn makes of a figure on its own, before its neighbours and tags. */
const mayBeFigure = (t: Pick<Term, 'text' | 'pre' | 'post'>) => NUMBER.test(t.text) && !YEAR.test(t.text) && !CURRENCY_OR_SHARE.test(t.pre + t.post)
const CURRENCY_OR_SHARE = /[$£€¥%]/
/** Punctuation after a figure other than a quotation mark: it ends the figure's phrase ("3,000," or "3,000."). */
const PUNCTUATED = /[^\s”"’']/
/** A figure that may open a quantity: a noun may follow it in its phrase. */
const mayOpenQuantity = (t: Pick<Term, 'text' | 'pre' | 'post'>) => mayBeFigure(t) && !PUNCTUATED.test(t.post)

/** Counted quantities among a sentence's terms, in order, each with its figure's index. */
export function quantitiesIn(terms: Term[]): QuantityAt[] {
  const out: QuantityAt[] = []
  terms.forEach((t, i) => {
    if (!mayBeFigure(t)) return
    const prev = terms[i - 1]
    const next = terms[i + 1]
    if (prev && /[$£€¥]$/.test(prev.post + prev.text)) return
    if (prev && (LABELS.has(prev.normal) || MONTHS.test(prev.normal))) return
    // "X said 3,000 troops, while Y put it at 11,000.": a figure that ends its
    // clause with no noun counts what the sentence's previous figure counted.
    if (out.length > 0 && /^[,;.!?)]\s*$/.test(t.post)) {
      const qualifier = qualifierBefore(terms, i)
      out.push({ at: i, value: Number(t.text.replace(/,/g, '')), text: qualifier ? `${qualifier} ${t.text}` : t.text, subject: out[out.length - 1]!.subject })
      return
    }
    if (PUNCTUATED.test(t.post) || (next && /^(percent|per|pc|%)$/.test(next.normal))) return
    const factor = next ? MULTIPLIERS[next.normal] : undefined
    const nounAt = factor ? i + 2 : i + 1
    const noun = countedNoun(terms, nounAt)
    if (!noun) return
    const lemma = singular(noun)
    if (TIME_UNITS.has(lemma)) return
    const value = Number(t.text.replace(/,/g, '')) * (factor ?? 1)
    const qualifier = qualifierBefore(terms, i)
    const figure = factor ? `${t.text} ${next!.text}` : t.text
    out.push({ at: i, value, text: qualifier ? `${qualifier} ${figure}` : figure, subject: SYNONYMS[lemma] ?? SYNONYMS[noun] ?? plural(lemma) })
  })
  return out
}
