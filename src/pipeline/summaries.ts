/**
 * Summaries stage: one to `maxSentences` (default 3) complete sentences, at
 * most `maxWords` (default 60) words, copied verbatim from the article's
 * paragraphs and given in document order.
 *
 * 1. Candidates: every paragraph sentence (wink's splitter keeps "U.S.",
 *    "Mr.", "No. 10", decimals and quotes whole), less boilerplate, bare
 *    datelines and attributions, fragments and repeats (summaries/candidates.ts),
 *    each without its attribution clause ("…, officials said.";
 *    summaries/attribution.ts): the words a 60-word summary needs least,
 *    which highlights written by people leave out.
 * 2. The lede: the first candidate opens the summary when it reads as a
 *    news sentence (not a question, a quotation, a byline or a fragment;
 *    summaries/lede.ts): news puts its point first, and highlights written
 *    by people paraphrase the opening. The next candidate follows it when
 *    it fits and does not restate it: news gives the lede's numbers and
 *    consequences next (summaries/score.ts, selectSentences). When it does
 *    not fit whole beside a long lede, it may follow without its weekday
 *    ("said on Friday that…") and cut before its trailing clauses
 *    (", which…", ", when…", ", because…", ", and…"; summaries/clauses.ts).
 * 3. Salience: a position prior learnt on bbc-dev (summaries/position-prior.ts)
 *    + centrality (word overlap with the other sentences, as in TextRank) +
 *    closeness to the headline, leaning gently towards longer sentences; then
 *    MMR under the word budget fills the rest, so a sentence that repeats the
 *    chosen ones or does not fit is passed over (summaries/score.ts).
 * 4. Only when no candidate fits the budget alone: the first candidate cut
 *    at a clause or word boundary, ending in "…" (summaries/shorten.ts).
 *    An article with no candidate sentence at all gets an empty summary.
 *
 * Words are counted as whitespace-separated tokens, as a reader would.
 * Deterministic: no randomness, ties go to the earlier sentence.
 */
import type { Block } from '../model.ts'
import { contentStems } from '../text/nlp.ts'
import { joinSentences, wordCount } from '../text/words.ts'
import { type Candidate, candidates } from './summaries/candidates.ts'
import { withinWords } from './summaries/clauses.ts'
import { isNewsLede } from './summaries/lede.ts'
import { scoreSentences, selectSentences } from './summaries/score.ts'
import { shortenSentence } from './summaries/shorten.ts'

export interface SummaryOptions {
  /** Most words in the summary (default 60). */
  maxWords?: number
  /** Most sentences in the summary (default 3). */
  maxSentences?: number
}

export function summarize(input: { title: string; body: Block[] }, options: SummaryOptions = {}): string {
  return summarizeCandidates(input.title, candidates(input.body, { withoutAttribution: true }), options)
}

/** summarize() from the body's candidate sentences found beforehand, without their attribution clauses (prepare.ts). */
export function summarizeCandidates(title: string, sentences: Candidate[], options: SummaryOptions = {}): string {
  const { maxWords = 60, maxSentences = 3 } = options
  if (!(maxWords >= 1) || !(maxSentences >= 1)) {
    throw new RangeError(`summarize: maxWords and maxSentences must be at least 1 (got ${maxWords}, ${maxSentences})`)
  }
  if (sentences.length === 0) return ''
  const opening = isNewsLede(sentences[0]!.text) ? 0 : undefined
  if (opening !== undefined) sentences = withFollowUpFitted(sentences, opening, maxWords)
  const scored = scoreSentences(sentences, contentStems(title))
  const chosen = selectSentences(sentences, scored, maxWords, maxSentences, opening)
  if (chosen.length === 0) return shortenSentence(sentences[0]!.text, maxWords)
  return joinSentences(chosen.map((i) => sentences[i]!.text))
}

/**
 * The lede's follow-up cut before its trailing clauses (summaries/clauses.ts)
 * when whole it does not fit beside the lede and cut it does: the follow-up
 * carries the lede's numbers and consequences, and after a long lede the
 * next fact matters more than the circumstance at the end of its sentence.
 * News ledes run to 30–45 words and so do their follow-ups (highlights-dev3's
 * stories, written in the agencies' manner), so without the cut the second
 * slot went to a short sentence from far down, and the same-length lead,
 * which gives the follow-up's first words, won: ROUGE-1/2 F on highlights-dev3
 * 0.4078/0.1634 with the cut before ", which…"/", when…" only, 0.4313/0.1857
 * with ", because…", ", and…" and the weekday too (lead 0.4183/0.1687).
 */
function withFollowUpFitted(sentences: Candidate[], opening: number, maxWords: number): Candidate[] {
  const lede = sentences[opening]!
  const next = sentences[opening + 1]
  if (next === undefined || lede.words >= maxWords || lede.words + next.words <= maxWords) return sentences
  const text = withinWords(next.text, maxWords - lede.words)
  if (text === null) return sentences
  const fitted = [...sentences]
  fitted[opening + 1] = { ...next, text, words: wordCount(text), stems: contentStems(text) }
  return fitted
}
