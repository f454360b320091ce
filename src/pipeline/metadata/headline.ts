/**
 * A headline made from a sentence of the text, for a page that states none.
 * Issue 12: "a headline made from the text is a complete phrase of at most
 * about 90 characters, never a sentence cut with '…'". So a long sentence is
 * never cut at a word count; it is shortened only where a phrase ends:
 * 1. an opening dateline ("KIEL — ", "SEVILLA (EFE) - ") and an opening
 *    adverbial ("On Tuesday evening, …") go whenever they are found;
 * then, only when the sentence is longer than HEADLINE_MAX_CHARS:
 * 2. a trailing attribution (", officials said", ", disse o ministro") goes,
 *    and so do insertions in brackets or between paired dashes;
 * 3. the longest prefix that ends where a phrase ends (a comma, semicolon,
 *    colon or dash, or right before a subordinate clause) and fits is kept;
 * 4. failing that, the shortest clause of three words or more between those
 *    boundaries (also splitting at "that"/"que"/"dass", whose clause is the
 *    news in "Engineers told the meeting that the deck could fail");
 * 5. a clause still too long, with no punctuation or subordinator at all,
 *    ends before a preposition (English by wink's tags; Portuguese and
 *    Spanish by a short list); in other languages it is left whole, longer
 *    than asked rather than cut mid-phrase.
 * A quotation left alone once its attribution goes is shortened inside its quotes.
 * Punctuation does most of the work and holds in every language; the word
 * lists below are the minimum the punctuation cannot give (English,
 * Portuguese, Spanish, German), and each says why it is there.
 */
import { firstPartOfSpeech, tagTokens, words } from '../../text/nlp.ts'
import { wordCount } from '../../text/words.ts'

/** Issue 12: "at most about 90 characters". Counted in code points, so "é" or "東" is one. */
export const HEADLINE_MAX_CHARS = 90
/** Fewest words a headline may have: "Council backs bridge". */
const MIN_WORDS = 3

/**
 * Words that open an adverbial clause or phrase that often follows the main
 * clause without a comma ("… rebuild the bridge after engineers warned …").
 * Complementisers ("that") are not here: cutting before them leaves a
 * reporting verb without its object ("Officials said").
 */
const SUBORDINATORS = new Set([
  // English
  'after', 'before', 'because', 'while', 'when', 'whereas', 'although', 'though', 'unless', 'until', 'amid', 'despite', 'following',
  // Portuguese ("para" opens a purpose clause in Portuguese and Spanish: "aprovou um plano | para renovar …")
  'após', 'enquanto', 'porque', 'quando', 'embora', 'apesar', 'depois', 'durante',
  // Spanish
  'para', 'tras', 'mientras', 'cuando', 'aunque', 'pese', 'después',
  // German (its subordinate clauses take a comma, which already splits them; these open phrases without one)
  'nachdem', 'während', 'obwohl', 'bevor', 'trotz',
])

/** Complementisers: the clause after them is a candidate of its own (step 4), never a place to end a prefix. */
const COMPLEMENTISERS = new Set(['that', 'que', 'dass'])

/**
 * Reporting words of a trailing attribution (", officials said", ", según
 * la policía", ", sagte der Minister"): a short last clause holding one of
 * them says who said it, not what happened.
 */
const REPORTING = new Set([
  'said', 'says', 'told', 'according', 'reported',
  'disse', 'afirmou', 'declarou', 'informou', 'segundo',
  'dijo', 'afirmó', 'declaró', 'informó', 'según',
  'sagte', 'erklärte', 'teilte', 'laut', 'berichtete',
])
/** Longest attribution clause taken as one: ", the ministry's spokesman said on Tuesday" is seven words. */
const ATTRIBUTION_MAX_WORDS = 8

/** A clause boundary in punctuation: comma, semicolon or colon before a space (not "1,200"), or a dash between spaces. */
const PUNCTUATION_BOUNDARY = /[,;:](?=\s)\s*|[，、；：]\s*|\s+[-–—]{1,2}\s+|—/gu

/**
 * Portuguese and Spanish prepositions that open a place, time or manner
 * phrase ("… aprobó el plan | en una sesión …"): where a sentence in those
 * languages has no other boundary, it may end before one. German is left
 * out on purpose: its verb often comes last ("hat … im Mai eröffnet"), so an
 * opening cut before a preposition would lose it.
 */
const PREPOSITIONS: Record<string, Set<string>> = {
  pt: new Set(['em', 'com', 'sem', 'sobre', 'entre', 'contra', 'perante']),
  es: new Set(['en', 'con', 'sin', 'sobre', 'entre', 'contra', 'ante']),
}

/**
 * Articles, prepositions and conjunctions of Portuguese, Spanish and German
 * that cannot end a phrase (English ones come from wink's stop-word list).
 */
const DANGLING = new Set([
  'de', 'do', 'da', 'dos', 'das', 'del', 'el', 'la', 'los', 'las', 'em', 'en', 'e', 'y', 'ou', 'um', 'uma', 'un', 'una',
  'der', 'die', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'zu', 'von',
])

export interface HeadlineOptions {
  /** The page's dateline, when the Clean stage found one: its opening is dropped. */
  dateline?: string | null
  /** BCP 47 tag of the text: picks the prepositions of step 5 ("en", "pt", "es"). */
  language?: string
}

/** A headline of at most about HEADLINE_MAX_CHARS characters from one sentence, never cut mid-phrase. */
export function headlineFromSentence(sentence: string, options: HeadlineOptions = {}): string {
  const text = dropOpeningPhrase(dropDateline(sentence.trim().replace(/[.!。]+$/u, '').trim(), options.dateline ?? null))
  if (length(text) <= HEADLINE_MAX_CHARS) return text
  return shorten(dropInsertions(dropAttribution(text)), options.language ?? '', HEADLINE_MAX_CHARS)
}

/** Steps 3 and 4 (and the preposition fallback) on a text that must fit in `max` characters. */
function shorten(text: string, language: string, max: number): string {
  if (length(text) <= max) return text
  // A quotation standing alone ('"We will …"' once its attribution went) is shortened inside its quotes.
  const quote = /^(["“„«])([^"“”„«»]+)(["”“»])$/u.exec(text)
  if (quote) return `${quote[1]}${shorten(quote[2]!, language, max - 2)}${quote[3]}`
  const clause = longestPrefix(text, max) ?? shortestClause(text)
  if (length(clause) <= max) return clause
  return longestPrefixBeforePreposition(clause, language, max) ?? clause
}

function length(text: string): number {
  return [...text].length
}

/**
 * "KIEL — The council …", "Sevilla (EFE) - La junta …": a place (and an
 * agency in brackets) before a spaced dash. Without the page's dateline, the
 * place must be in capitals or carry the agency, so "Water levels - the
 * lowest in years - …" is not taken for one.
 */
function dropDateline(text: string, dateline: string | null): string {
  const match = /^([^-–—]{2,60}?)\s[-–—]{1,2}\s+(?=\S)/u.exec(text)
  if (!match) return text
  const opening = match[1]!
  const looksLikeDateline = dateline !== null || /^\p{Lu}{2,}\b/u.test(opening) || /\([^)]{1,30}\)$/u.test(opening.trim())
  return looksLikeDateline ? capitalise(text.slice(match[0].length)) : text
}

/**
 * "In a significant move, Russia has ratified …" → "Russia has ratified …":
 * an opening adverbial (a phrase of a few words before the first comma,
 * opened by a preposition, an adverb or a subordinator, or "According to")
 * says when or how, not what happened. A subject before a comma ("Kim Jong
 * Un, the leader, …") stays. The part-of-speech tag comes from wink's
 * English model, so this step acts on English text only.
 */
function dropOpeningPhrase(sentence: string): string {
  const comma = sentence.match(/^([^,;:]+),\s+(.+)$/u)
  if (!comma) return sentence
  const [, opening, rest] = comma as unknown as [string, string, string]
  if (opening.split(/\s+/).length > 6 || rest.split(/\s+/).length < 6) return sentence
  const adverbial = /^according to\b/i.test(opening) || ['ADP', 'ADV', 'SCONJ'].includes(firstPartOfSpeech(opening) ?? '')
  return adverbial ? capitalise(rest) : sentence
}

/**
 * "…, the mayor said on Monday" → "…": the text from the first comma whose
 * remainder is short and holds a reporting word, so an attribution with its
 * own commas (", the mayor, Anna Berg, said") goes whole.
 */
function dropAttribution(text: string): string {
  // '"We will rebuild it," the mayor said on Tuesday' → '"We will rebuild it"': the quote is the news.
  const quoted = /^(["“„«])(.+?)[,.]?(["”“»])\s+(.+)$/u.exec(text)
  if (quoted) {
    const tail = quoted[4]!.split(/\s+/)
    if (tail.length <= ATTRIBUTION_MAX_WORDS && tail.some((w) => REPORTING.has(bare(w)))) return `${quoted[1]}${trimEnd(quoted[2]!)}${quoted[3]}`
  }
  for (const comma of text.matchAll(/,\s+/gu)) {
    const tail = text.slice(comma.index + comma[0].length).split(/\s+/)
    if (tail.length > ATTRIBUTION_MAX_WORDS) continue
    const head = trimEnd(text.slice(0, comma.index))
    if (wordCount(head) >= MIN_WORDS && tail.some((w) => REPORTING.has(bare(w)))) return head
    return text
  }
  return text
}

/** Insertions a reader skips: "(…)", "[…]", and " — … — " between paired dashes. */
function dropInsertions(text: string): string {
  return text
    .replace(/\s*\([^()]*\)|\s*\[[^[\]]*\]/gu, '')
    .replace(/\s+[–—]\s+[^–—]+\s+[–—]\s+/gu, ' ')
    .trim()
}

/**
 * Where a phrase may end (`end`) and the next begin (`next`): at each
 * punctuation boundary, before each subordinator (which opens the next
 * piece) and, when asked, around each complementiser (which belongs to
 * neither piece: "that the deck could fail" reads as "The deck could fail").
 */
function boundaries(text: string, withComplementisers: boolean): Array<{ end: number; next: number; subordinate: boolean }> {
  const found: Array<{ end: number; next: number; subordinate: boolean }> = []
  for (const m of text.matchAll(PUNCTUATION_BOUNDARY)) found.push({ end: m.index, next: m.index + m[0].length, subordinate: false })
  for (const m of text.matchAll(/(\s+)(\p{L}+)(?!\p{L})(?=(\s*))/gu)) {
    const word = m[2]!.toLowerCase()
    const wordStart = m.index + m[1]!.length
    if (SUBORDINATORS.has(word)) found.push({ end: m.index, next: wordStart, subordinate: true })
    else if (withComplementisers && COMPLEMENTISERS.has(word)) found.push({ end: m.index, next: m.index + m[0].length + m[3]!.length, subordinate: false })
  }
  return found.sort((a, b) => a.end - b.end)
}

/** The longest opening of the text that ends where a phrase ends and fits, or null. */
function longestPrefix(text: string, max: number): string | null {
  let best: string | null = null
  for (const { end } of boundaries(text, false)) {
    const prefix = trimEnd(text.slice(0, end))
    if (length(prefix) > max) break
    if (isComplete(prefix)) best = prefix
  }
  return best
}

/**
 * The shortest clause of MIN_WORDS words or more between boundaries
 * (complementisers included); when no piece is that long, the whole text,
 * which is longer than asked but never cut mid-phrase.
 */
function shortestClause(text: string): string {
  const pieces: Array<{ text: string; subordinate: boolean }> = []
  let start = 0
  let subordinate = false
  for (const cut of boundaries(text, true)) {
    if (cut.end < start) continue
    pieces.push({ text: text.slice(start, cut.end), subordinate })
    start = cut.next
    subordinate = cut.subordinate
  }
  pieces.push({ text: text.slice(start), subordinate })
  // A main clause reads as a headline; a subordinate one ("after engineers warned") only when nothing else is whole.
  const clauses = pieces.map((p) => ({ ...p, text: trimEnd(p.text.trim()) })).filter((p) => isComplete(p.text))
  clauses.sort((a, b) => Number(a.subordinate) - Number(b.subordinate) || length(a.text) - length(b.text))
  return capitalise(clauses[0]?.text ?? text)
}

/**
 * Only when no boundary gave a short enough phrase: the longest opening
 * that ends before a preposition ("… from the beaches | of the northern
 * coast"), a noun phrase left whole without its modifier. English
 * prepositions come from wink's tags (its model is English: in other
 * languages its tags are not to be trusted); Portuguese and Spanish ones
 * from PREPOSITIONS; other languages are left whole.
 */
function longestPrefixBeforePreposition(text: string, language: string, max: number): string | null {
  const starts =
    language === 'en'
      ? tagTokens(text).filter((t) => t.pos === 'ADP' || t.pos === 'SCONJ').map((t) => t.start)
      : [...text.matchAll(/(?<=\s)\p{L}+(?!\p{L})/gu)].filter((m) => PREPOSITIONS[language]?.has(m[0].toLowerCase())).map((m) => m.index)
  let best: string | null = null
  for (const start of starts) {
    if (start === 0) continue
    const prefix = trimEnd(text.slice(0, start))
    if (length(prefix) > max) break
    if (isComplete(prefix)) best = prefix
  }
  return best
}

/**
 * A phrase that can stand alone: enough words, brackets and quotes closed,
 * and not ending on a function word ("the", "of"; wink's English list).
 */
function isComplete(phrase: string): boolean {
  if (wordCount(phrase) < MIN_WORDS) return false
  const count = (re: RegExp) => phrase.match(re)?.length ?? 0
  // Quotes open and close with the same marks in English ("…", “…”) and German („…“): an even count is a closed one.
  if (count(/\(/g) !== count(/\)/g) || count(/"/g) % 2 !== 0 || count(/[“”„]/gu) % 2 !== 0 || count(/«/gu) !== count(/»/gu)) return false
  const last = phrase.split(/\s+/).pop() ?? ''
  if (DANGLING.has(bare(last))) return false
  const terms = words(last)
  return !(terms.length > 0 && terms.every((t) => t.stopWord))
}

function trimEnd(text: string): string {
  return text.replace(/[\s,;:，、；：\-–—]+$/u, '')
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}]/gu, '')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
