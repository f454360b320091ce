/**
 * Who gives a figure: the claimant a sentence names for it, found by the
 * sentence's structure, not by a list of names.
 *
 * An attribution is a frame around a reporting word:
 * - subject + reporting verb: "The US said that …", "Seoul believes …",
 *   "An official told reporters …"; the subject is the noun phrase before
 *   the verb (adverbs and auxiliaries skipped: "recently commented", "has
 *   said"); an appositive that names it keeps the possessor ("South Korea's
 *   spy agency, the NIS, said" → "South Korea's NIS");
 * - the same after the figure: "…, officials said." or "…, said the ministry.";
 * - "according to X", before or after the figure;
 * - the passive with its agent: "… were estimated by the Pentagon …".
 * A passive without an agent ("3,000 troops are believed to …") names nobody.
 *
 * Each figure takes the nearest frame that can govern it: a frame whose verb
 * has a complement governs what follows it, a trailing frame what precedes
 * it, and none reaches across a semicolon. So "X said 3,000 while Y put it
 * at 11,000" gives each figure its own claimant. A figure no frame governs
 * is in the outlet's own voice: claimant null.
 */
import { looksPlural, type Term } from '../stories/quantities.ts'

export interface Frame {
  /**
   * The claimant as written ("South Korea's NIS"); "he", "she" or "it" as
   * written in lower case, for findClaims to resolve from the article's
   * entities (claims.ts resolvePronoun); null for any other pronoun.
   */
  claimant: string | null
  /** First and last term of the frame (claimant and reporting word). */
  start: number
  end: number
  /** Which figures it can govern: those after it, before it, or either. */
  governs: 'after' | 'before' | 'either'
  /** A passive's agent: the figure's clause goes on after it ("were said by X to have crossed into Belarus"). */
  passive?: true
}

/** Verbs that report what someone says or believes, in the forms news uses. */
const REPORTING = new Set(
  (
    'say says said saying claim claims claimed allege alleges alleged estimate estimates estimated report reports reported ' +
    'tell tells told believe believes believed indicate indicates indicated confirm confirms confirmed comment comments commented ' +
    'announce announces announced state states stated assert asserts asserted warn warns warned add adds added note notes noted ' +
    'write writes wrote argue argues argued insist insists insisted suggest suggests suggested reveal reveals revealed disclose ' +
    'discloses disclosed acknowledge acknowledges acknowledged admit admits admitted predict predicts predicted calculate calculates ' +
    'calculated put puts putting assess assesses assessed think thinks thought maintain maintains maintained ' +
    'testify testifies testified cite cites cited'
  ).split(' '),
)
/** "put" reports a figure only as "put it/the number at …". */
const NEEDS_AT = new Set(['put', 'puts', 'putting'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Between a subject and its verb: "has recently said", "also told". */
const SKIPPABLE = new Set(['has', 'have', 'had', 'also', 'recently', 'previously', 'earlier', 'later', 'now', 'reportedly', 'again', 'separately', 'publicly', 'privately', 'further', 'will', 'would', 'may', 'might', 'could'])
/** Words that may join the parts of one noun phrase: "Secretary of State", "a spokesman for the ministry". */
const JOINERS = new Set(['of', 'for', 'in', 'at', 'and', '&'])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that'])
/** In a direct quotation the speaker is named outside it ("“We have 3,000 troops,” the general said"). */
const SPEAKERS = new Set(['we', 'i', 'you'])
const NOUN_TAGS = ['Noun', 'ProperNoun', 'Acronym']
const PHRASE_TAGS = [...NOUN_TAGS, 'Adjective', 'Determiner', 'Possessive', 'Demonym', 'Value']

const has = (t: Term, ...tags: string[]) => tags.some((g) => t.tags.includes(g))
/** Punctuation between a term and the next closes a phrase: "agency, the NIS, alleged". */
const closes = (t: Term) => /[,;:.!?()[\]—–]/.test(t.post)
const isDigits = (t: Term) => /\d/.test(t.text)
const isCapitalised = (t: Term) => /^\p{Lu}/u.test(t.text)

/** Can this term be part of a claimant's noun phrase? */
function inPhrase(t: Term): boolean {
  if (isDigits(t) || (has(t, 'Date', 'Verb', 'Pronoun', 'Conjunction', 'Preposition') && !JOINERS.has(t.normal))) return false
  return has(t, ...PHRASE_TAGS) || JOINERS.has(t.normal)
}

/** A phrase is a claimant when it has a noun and neither starts nor ends with a joining word. */
function trimPhrase(terms: Term[], from: number, to: number): [number, number] | null {
  while (from <= to && (JOINERS.has(terms[from]!.normal) || has(terms[from]!, 'Adverb'))) from++
  while (to >= from && (JOINERS.has(terms[to]!.normal) || has(terms[to]!, 'Determiner'))) to--
  if (from > to) return null
  for (let k = from; k <= to; k++) if (has(terms[k]!, ...NOUN_TAGS) && !has(terms[k]!, 'Pronoun')) return [from, to]
  return null
}

/** The phrase's own text, as the sentence writes it; an opening "The" or "A" in lower case ("the US"). */
function phraseText(sentence: string, terms: Term[], from: number, to: number): string {
  const a = terms[from]!
  const b = terms[to]!
  const text = sentence.slice(a.offset.start, b.offset.start + b.offset.length).replace(/^[\s"“”‘’'(]+|[\s"“”‘’',.;:)]+$/gu, '')
  return /^(The|A|An) /.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}

/**
 * The subject noun phrase ending at `to`, walking back; with an appositive
 * that names the phrase before it. `appositiveOnly`: the phrase ends with a
 * comma, so it is a subject only as the appositive of one ("…, the NIS, said").
 */
function subjectBefore(sentence: string, terms: Term[], to: number, appositiveOnly = false, pluralNoun = false): { text: string; start: number } | null {
  let from = to
  while (from - 1 >= 0 && inPhrase(terms[from - 1]!) && !closes(terms[from - 1]!)) from--
  const span = pluralNoun ? [from, to] as [number, number] : trimPhrase(terms, from, to)
  if (!span) return null
  const own = phraseText(sentence, terms, span[0], span[1])
  // A phrase between commas right before the verb is an appositive of the phrase before it:
  // "South Korea's spy agency, the NIS, said" names the agency (keeping whose it is);
  // "Jo Park, the minister, said" only describes Jo Park.
  const before = span[0] - 1
  if (before >= 0 && /,/.test(terms[before]!.post) && /,/.test(terms[to]!.post)) {
    let headFrom = before
    while (headFrom - 1 >= 0 && inPhrase(terms[headFrom - 1]!) && !closes(terms[headFrom - 1]!)) headFrom--
    const head = trimPhrase(terms, headFrom, before)
    if (head && terms.slice(span[0], span[1] + 1).some(isCapitalised)) {
      const name = own.replace(/^(the|a|an) /, '')
      const possessor = terms.slice(head[0], head[1] + 1).findLastIndex((t) => has(t, 'Possessive') || /[’']s$/.test(t.text))
      const text = possessor >= 0 ? `${phraseText(sentence, terms, head[0], head[0] + possessor)} ${name}` : own
      return { text, start: head[0] }
    }
    if (head) return { text: phraseText(sentence, terms, head[0], head[1]), start: head[0] }
  }
  return appositiveOnly ? null : { text: own, start: span[0] }
}

/** The noun phrase starting at `from`, walking forward to the first punctuation or non-phrase word. */
function phraseAfter(sentence: string, terms: Term[], from: number): { text: string; end: number } | null {
  let to = from
  if (to >= terms.length || !inPhrase(terms[to]!)) return null
  while (to + 1 < terms.length && !closes(terms[to]!) && inPhrase(terms[to + 1]!)) to++
  const span = trimPhrase(terms, from, to)
  return span ? { text: phraseText(sentence, terms, span[0], span[1]), end: to } : null
}

/** Pronouns findClaims can resolve: a person or an organisation named before. */
export const RESOLVABLE = new Set(['he', 'she', 'it'])
const claimantOf = (text: string): string | null => {
  const lower = text.toLowerCase()
  return RESOLVABLE.has(lower) ? lower : PRONOUNS.has(lower) ? null : text
}

/** Every attribution frame of a sentence, in order. */
export function findFrames(sentence: string, terms: Term[]): Frame[] {
  const frames: Frame[] = []
  for (let v = 0; v < terms.length; v++) {
    const t = terms[v]!
    if (t.normal === 'according' && terms[v + 1]?.normal === 'to') {
      const np = phraseAfter(sentence, terms, v + 2)
      if (!np) continue
      // "According to X, …" governs what follows; "…, according to X." what precedes; in between, the nearer.
      const leading = v === 0 || /[;:]/.test(terms[v - 1]!.post)
      const last = np.end === terms.length - 1 || /[.;!?]/.test(terms[np.end]!.post)
      frames.push({ claimant: claimantOf(np.text), start: v, end: np.end, governs: leading ? 'after' : last ? 'before' : 'either' })
      continue
    }
    if (!REPORTING.has(t.normal) || !has(t, 'Verb')) continue
    if (NEEDS_AT.has(t.normal) && !terms.slice(v + 1, v + 5).some((x) => x.normal === 'at')) continue
    let s = v - 1
    // "The Alden Bridge Authority (ABA) said": a bracketed short name between subject and verb is skipped.
    if (s >= 0 && /\)\s*$/.test(terms[s]!.post)) {
      let open = s
      while (open > s - 4 && open > 0 && !/\(/.test(terms[open]!.pre)) open--
      if (/\(/.test(terms[open]!.pre) && open > 0 && /\(\s*$/.test(terms[open - 1]!.post + terms[open]!.pre)) s = open - 1
    }
    while (s >= 0 && (SKIPPABLE.has(terms[s]!.normal) || has(terms[s]!, 'Adverb', 'Modal')) && !closes(terms[s]!)) s--
    if (s >= 0 && SPEAKERS.has(terms[s]!.normal)) continue
    // "The agency, which monitors the border, said", "The report, published by the UN, said":
    // a relative or participial clause between subject and verb is skipped.
    let relative = false
    if (s >= 0 && /^,\s*$/.test(terms[s]!.post)) {
      for (let r = s; r > 0 && r > s - 12; r--) {
        const opensClause = terms[r]!.normal === 'which' || terms[r]!.normal === 'who' || (has(terms[r]!, 'Verb') && has(terms[r]!, 'PastTense', 'Participle', 'Gerund'))
        if (opensClause && /^,\s*$/.test(terms[r - 1]!.post)) {
          s = r - 1
          relative = true
          break
        }
      }
    }
    if (s >= 0 && BE.has(terms[s]!.normal)) {
      // Passive: only its agent ("by X") is a claimant; it may stand either side of the figure.
      if (terms[v + 1]?.normal !== 'by') continue
      const np = phraseAfter(sentence, terms, v + 2)
      if (np) frames.push({ claimant: claimantOf(np.text), start: s, end: np.end, governs: 'either', passive: true })
      continue
    }
    const hasComplement = !closes(t) && v + 1 < terms.length
    const pronoun = s >= 0 && PRONOUNS.has(terms[s]!.normal) && !closes(terms[s]!)
    // Two verbs in a row ("while monitors put it at …"): the first is the subject, a plural noun compromise took for a verb.
    const pluralSubject = s === v - 1 && s >= 0 && looksPlural(terms[s]!)
    const commaOnly = s >= 0 && /^,\s*$/.test(terms[s]!.post)
    const subject = pluralSubject
      ? subjectBefore(sentence, terms, s, false, true)
      : s >= 0 && !pronoun && (!closes(terms[s]!) || commaOnly)
        ? subjectBefore(sentence, terms, s, closes(terms[s]!) && !relative)
        : null
    // After a comma the frame may close a clause ("…, the ministry told AFP on Sunday."): the nearer figure decides.
    const governs = (start: number) => (!hasComplement ? 'before' : start > 0 && closes(terms[start - 1]!) ? 'either' : 'after')
    if (subject) {
      frames.push({ claimant: claimantOf(subject.text), start: subject.start, end: v, governs: governs(subject.start) })
    } else if (pronoun) {
      frames.push({ claimant: claimantOf(terms[s]!.normal), start: s, end: v, governs: governs(s) })
    } else if (s < 0 || closes(terms[s]!)) {
      // ", said the ministry.": the verb opens its clause and its subject follows.
      const np = phraseAfter(sentence, terms, v + 1)
      if (np) frames.push({ claimant: claimantOf(np.text), start: v, end: np.end, governs: 'before' })
    }
  }
  return frames
}

/** The frame that governs the figure at `at`: the nearest that can, not across a semicolon. */
export function governingFrame(frames: Frame[], terms: Term[], at: number): Frame | null {
  const crossesSemicolon = (from: number, to: number) => terms.slice(from, to).some((t) => /;/.test(t.post))
  let best: { frame: Frame; distance: number } | null = null
  for (const f of frames) {
    let distance: number
    if (f.end < at && f.governs !== 'before') distance = at - f.end
    else if (f.start > at && f.governs !== 'after') distance = f.start - at
    else continue
    if (crossesSemicolon(Math.min(at, f.end), Math.max(at, f.start))) continue
    if (!best || distance < best.distance) best = { frame: f, distance }
  }
  return best?.frame ?? null
}
