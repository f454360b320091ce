/**
 * Claims: the figures a story's outlets report, each with who gives it.
 * Every counted quantity ("about 11,000 troops") is read from every
 * sentence with its claimant ("the US", or null: the outlet's own voice),
 * when and about what place, where the sentence says (claims/). Subjects are
 * grouped by lemma and a small synonym set (troops = soldiers = personnel).
 * A subject becomes a claim only when at least two different values come
 * from at least two different articles: one article giving two figures is
 * not a story's outlets differing, and outlets that agree make no claim.
 *
 * A value is one figure from one claimant: the same figure from two
 * claimants is two values, the same claimant's figure in two outlets one.
 * A claim is `disputed` when outlets give different figures for the same
 * claimant, or in their own voice; otherwise they report different
 * claimants' figures, and readers are told so ("Figures reported").
 */
import type { Article, Block, Claim, ClaimValue, Entity } from '../model.ts'
import { earliestFirst } from '../order.ts'
import { bodyText } from '../text/article-text.ts'
import { foldWords } from '../text/fold.ts'
import { splitSentences } from '../text/nlp.ts'
import { findFrames, governingFrame, RESOLVABLE, type Frame } from './claims/attribution.ts'
import { foreignFrames } from './claims/foreign-frames.ts'
import { placeIn } from './claims/place.ts'
import { FRAMED_LANGUAGES } from './claims/reporting-words.ts'
import { claimsLanguage } from './claims/text-language.ts'
import { anchorDate, datePhrases } from './claims/when.ts'
import { foreignQuantitiesIn, foreignTerms } from './stories/foreign-quantities.ts'
import { quantitiesIn, readSentencesTerms, readTerms, type QuantityAt, type Term } from './stories/quantities.ts'

export type ClaimArticle = Pick<Article, 'id' | 'seed' | 'source' | 'published' | 'body' | 'entities'>

/** A counted quantity as one sentence of an article gives it. */
export interface SentenceQuantity {
  subject: string
  value: number
  /** The quantity as written ("about 11,000 troops"). */
  text: string
  /** The sentence it is in. */
  quote: string
  /**
   * Who the sentence says gives it, as written; "he", "she" or "it" where
   * the sentence says only that (findClaims resolves it); null in the
   * outlet's own voice.
   */
  claimant: string | null
  /** The date phrase that goes with it, as written ("last month"); anchored by findClaims. */
  when: string | null
  /** The place it is about, as written ("eastern Russia"). */
  place: string | null
}

/** Words that end a clause: a figure's place and date are looked for before them ("while", "enquanto", "mentre", "während"). */
const CLAUSE_BREAKS = new Set([
  'while', 'whereas', 'but', 'although', 'though',
  'enquanto', 'mas', 'embora', 'mientras', 'pero', 'aunque', 'mentre', 'ma', 'mentre', 'tandis', 'mais', 'alors', 'während', 'aber', 'doch',
])

/**
 * A sentence's terms, counted quantities and attribution frames, read as its
 * language needs; `englishTerms` are its terms read as English
 * (readSentencesTerms) when the caller has read them already.
 */
function readSentence(sentence: string, language: string, englishTerms?: Term[]): { terms: Term[]; quantities: QuantityAt[]; frames: () => Frame[] } {
  if (FRAMED_LANGUAGES.has(language)) {
    const terms = foreignTerms(sentence)
    return { terms, quantities: foreignQuantitiesIn(terms, language), frames: () => foreignFrames(sentence, terms, language) }
  }
  const terms = englishTerms ?? readTerms(sentence)
  return { terms, quantities: quantitiesIn(terms), frames: () => findFrames(sentence, terms) }
}

/**
 * Each counted quantity of one sentence, with its claimant, date phrase and
 * place; `language` (BCP 47) is the article's: Portuguese, Spanish, Italian,
 * French and German are read by their own words (claims/foreign-frames.ts,
 * stories/foreign-quantities.ts), anything else as English.
 */
export function sentenceQuantities(sentence: string, language = 'en'): SentenceQuantity[] {
  return quantitiesOf(sentence, language)
}

function quantitiesOf(sentence: string, language: string, englishTerms?: Term[]): SentenceQuantity[] {
  const { terms, quantities, frames: readFrames } = readSentence(sentence, language, englishTerms)
  if (quantities.length === 0) return []
  const frames = readFrames()
  const dates = datePhrases(sentence, language)
  const charAt = (i: number) => (i < terms.length ? terms[i]!.offset.start : sentence.length)
  // A date phrase before every frame and figure ("Last month, …") holds for the whole sentence.
  const firstPart = Math.min(quantities[0]!.at, ...frames.map((f) => f.start))
  const opening = dates.find((d) => d.index < charAt(firstPart))
  return quantities.map((q) => {
    const frame = governingFrame(frames, terms, q.at)
    // The figure's clause runs to the next frame but its own, which may follow it:
    // its date may be the frame's ("…, officials said on Monday"), its place never
    // is ("said on Telegram"), except past a passive's agent ("were said by X to have crossed into Belarus").
    let end = q.at + 1
    while (end < terms.length && !CLAUSE_BREAKS.has(terms[end]!.normal) && !frames.some((f) => f.start === end && f !== frame) && !/;/.test(terms[end - 1]!.post)) end++
    const placeEnd = frame && frame.start > q.at && !frame.passive ? Math.min(end, frame.start) : end
    const from = frame && frame.start < q.at ? frame.start : q.at
    const own = dates.find((d) => d.index >= charAt(from) && d.index < charAt(end))
    return {
      subject: q.subject,
      value: q.value,
      text: q.text,
      quote: sentence,
      claimant: frame?.claimant ?? null,
      when: (own ?? opening)?.text ?? null,
      place: placeIn(sentence, terms, q.at + 1, placeEnd, language),
    }
  })
}

/**
 * Every quantity of an article's paragraphs, in text order. It depends on
 * the article's text alone, so the build finds it once per article, with the
 * other per-article work (prepare.ts), cached; stories only combine them.
 * prepare.ts gives the `language` from the metadata's guess
 * (claims/text-language.ts); without it the body's language is guessed here.
 */
export function articleQuantities(body: Block[], language = claimsLanguage(bodyText({ body }))): SentenceQuantity[] {
  const sentences = body.flatMap((block) => (block.type === 'p' ? splitSentences(block.text) : []))
  // English sentences are tagged together, in one compromise document (readSentencesTerms).
  const english = FRAMED_LANGUAGES.has(language) ? undefined : readSentencesTerms(sentences)
  return sentences.flatMap((sentence, i) => quantitiesOf(sentence, language, english?.[i]))
}

/** The figures a story's articles give differently, with who gives each; subjects with the most articles first. */
export function findClaims(articles: ClaimArticle[], quantitiesOf: (a: ClaimArticle) => SentenceQuantity[] = (a) => articleQuantities(a.body)): Claim[] {
  // Earliest first, so each value's text, quote, date and place come from the first article that gives it.
  const ordered = [...articles].sort(earliestFirst)
  const bySubject = new Map<string, Map<string, ClaimValue>>()
  for (const article of ordered) {
    for (const q of quantitiesOf(article)) {
      const said = q.claimant !== null && RESOLVABLE.has(q.claimant) ? resolvePronoun(q.claimant, q.quote, article) : q.claimant
      const claimant = said === null ? null : namedClaimant(said, article.entities)
      const key = `${q.value}\u0000${claimant === null ? '' : claimantKey(claimant)}`
      const values = bySubject.get(q.subject) ?? new Map<string, ClaimValue>()
      const when = q.when === null ? null : anchorDate(q.when, article.published)
      const v = values.get(key) ?? { value: q.value, text: q.text, quote: q.quote, claimant, when, place: q.place, sources: [], articles: [] }
      if (!v.articles.includes(article.id)) v.articles.push(article.id)
      // Only a named outlet is a source; the article id says which report gave it either way.
      if (article.source && !v.sources.includes(article.source)) v.sources.push(article.source)
      values.set(key, v)
      bySubject.set(q.subject, values)
    }
  }
  const claims: Claim[] = []
  for (const [subject, values] of bySubject) {
    const list = [...values.values()].sort((a, b) => a.value - b.value || byClaimant(a, b))
    if (differs(list, () => true)) claims.push({ subject, disputed: differs(list, sameVoice), values: list })
  }
  const articleCount = (c: Claim) => new Set(c.values.flatMap((v) => v.articles)).size
  return claims.sort((a, b) => articleCount(b) - articleCount(a) || (a.subject < b.subject ? -1 : 1))
}

/**
 * "He said", "it said": the person ("he", "she") or organisation ("it") the
 * article tags that is named last before the sentence, by full name or, for
 * a person, surname. Null when the article names none before it: a
 * claimant is never guessed from after the sentence.
 */
export function resolvePronoun(pronoun: string, quote: string, article: Pick<ClaimArticle, 'body' | 'entities'>): string | null {
  const text = article.body.map((b) => b.text).join('\n')
  const at = text.indexOf(quote)
  if (at < 0) return null
  const before = text.slice(0, at)
  const kind = pronoun === 'it' ? 'organization' : 'person'
  let best: { name: string; at: number } | null = null
  for (const e of article.entities) {
    if (e.kind !== kind) continue
    const names = kind === 'person' ? [e.name, e.name.split(/\s+/).at(-1)!] : [e.name]
    for (const name of names) {
      const found = lastWord(before, name)
      if (found >= 0 && (!best || found > best.at)) best = { name: e.name, at: found }
    }
  }
  return best?.name ?? null
}

/** Where `word` last stands as a whole word (or words) in `text`; -1 when nowhere. */
function lastWord(text: string, word: string): number {
  let at = text.lastIndexOf(word)
  while (at >= 0) {
    const prev = text[at - 1]
    const next = text[at + word.length]
    if ((!prev || !/[\p{L}\p{N}]/u.test(prev)) && (!next || !/[\p{L}\p{N}]/u.test(next))) return at
    at = at === 0 ? -1 : text.lastIndexOf(word, at - 1)
  }
  return -1
}

/** The claimant's key: case, accents, apostrophes and an opening "the" do not make another claimant. */
function claimantKey(claimant: string): string {
  return foldWords(claimant).join(' ').replace(/^the /, '')
}

const byClaimant = (a: ClaimValue, b: ClaimValue) => {
  const x = a.claimant === null ? '' : claimantKey(a.claimant)
  const y = b.claimant === null ? '' : claimantKey(b.claimant)
  return x < y ? -1 : x > y ? 1 : 0
}

/** Same claimant, or both in an outlet's own voice. */
const sameVoice = (a: ClaimValue, b: ClaimValue) => (a.claimant === null ? b.claimant === null : b.claimant !== null && claimantKey(a.claimant) === claimantKey(b.claimant))

/** Two different figures, given by two different articles, in voices `related` pairs. */
function differs(values: ClaimValue[], related: (a: ClaimValue, b: ClaimValue) => boolean): boolean {
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i]!
      const b = values[j]!
      if (a.value !== b.value && related(a, b) && a.articles.some((x) => b.articles.some((y) => x !== y))) return true
    }
  }
  return false
}

/**
 * A claimant by the article's name for it: a person the article tags is
 * named in full and without a title ("US Secretary of State Antony Blinken"
 * and a lone "Blinken" are "Antony Blinken"), and "the authority" is the one
 * organisation the article tags whose name ends so ("Alden Bridge
 * Authority"), so one claimant is one across outlets. Any other claimant is
 * kept as written.
 */
export function namedClaimant(claimant: string, entities: Entity[]): string {
  const words = foldWords
  const said = words(claimant.replace(/[’']s$/, ''))
  const people = entities.filter((e) => e.kind === 'person')
  const endsWith = (a: string[], b: string[]) => b.length <= a.length && b.every((w, i) => a[a.length - b.length + i] === w)
  const whole = people.filter((e) => endsWith(said, words(e.name)))
  if (whole.length > 0) return whole.sort((a, b) => b.name.length - a.name.length)[0]!.name
  // A surname alone: the one person of the article whose name ends with it.
  if (said.length === 1 && /^\p{Lu}/u.test(claimant)) {
    const bySurname = people.filter((e) => endsWith(words(e.name), said))
    if (bySurname.length === 1) return bySurname[0]!.name
  }
  // "the authority": the one organisation whose name ends with that noun.
  if (said.length === 2 && said[0] === 'the') {
    const byNoun = entities.filter((e) => e.kind === 'organization' && endsWith(words(e.name), said.slice(1)))
    if (byNoun.length === 1) return byNoun[0]!.name
  }
  return claimant
}
