/**
 * The build's language toolkit, one wrapper over wink-nlp and its English
 * model so every stage splits sentences and words the same way. wink-nlp's
 * tokenizer knows abbreviations ("U.S.", "Mr.", "No. 10", "p.m."), decimals
 * and quotes, which hand-written regexes get wrong. Build-side only: the
 * Worker never imports this file.
 */
import winkNLP, { type ItemToken } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { hasUnspacedSentenceEnds, splitUnspacedSentences } from './words.ts'

const nlp = winkNLP(model)
/**
 * The same model with only sentence boundary detection in its pipe: splitting
 * sentences and reading words need no part-of-speech tags, negation,
 * sentiment or entities, which are most of readDoc's cost with the full pipe.
 */
const plain = winkNLP(model, ['sbd'])
const its = nlp.its

/**
 * Longest run of characters without white space that wink-nlp is given.
 * Its tokenizer splits such a run one piece at a time, rescanning the rest
 * each time, and its stemmer is as slow on one long "word": both quadratic in
 * the run's length (32,000 characters of "a/a/…" took 7 s). No word or number
 * of running text comes near 100 characters; longer runs are links, strings
 * of symbols, or Chinese and Japanese, which need no spaces.
 */
export const LONGEST_RUN = 100
const HAS_LONG_RUN = new RegExp(String.raw`\S{${LONGEST_RUN + 1}}`)
const RUN = /\S+|\s+/g
const LINK = /:\/\/|^www\./i
/** Where a long run may be cut without cutting a word: after a character that is no part of one, or after Chinese or Japanese. */
const CUT_AFTER = /[^\p{L}\p{M}\p{N}'’]|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** The text cut around runs longer than LONGEST_RUN, in order; `long` marks such runs. The whole text when it has none. */
function pieces(text: string): { text: string; long: boolean }[] {
  if (!HAS_LONG_RUN.test(text)) return [{ text, long: false }]
  const out: { text: string; long: boolean }[] = []
  let short = ''
  for (const [run] of text.matchAll(RUN)) {
    if (run.length <= LONGEST_RUN) short += run
    else {
      if (short) out.push({ text: short, long: false })
      out.push({ text: run, long: true })
      short = ''
    }
  }
  if (short) out.push({ text: short, long: false })
  return out
}

/** A long run as wink may read it: cut where no word is cut, each part at most LONGEST_RUN long (a longer word is cut anyway). */
function cutRun(run: string): string[] {
  const parts: string[] = []
  let start = 0
  while (run.length - start > LONGEST_RUN) {
    let cut = start + LONGEST_RUN
    while (cut > start + 1 && !CUT_AFTER.test(run[cut - 1]!)) cut--
    if (cut === start + 1 && !CUT_AFTER.test(run[start]!)) cut = start + LONGEST_RUN
    parts.push(run.slice(start, cut))
    start = cut
  }
  parts.push(run.slice(start))
  return parts
}

/**
 * Paragraphs split last, with their sentences: an article's paragraphs are
 * split by several per-article stages in turn (the summary's candidates, the
 * claims' quantities, the entities), so the recent ones are kept. Insertion
 * order makes the oldest the first to go.
 */
const SPLIT_KEPT = 512
const recentSplits = new Map<string, readonly string[]>()

/** Sentences of a paragraph, trimmed, in order. */
export function splitSentences(text: string): string[] {
  const kept = recentSplits.get(text)
  if (kept) return [...kept]
  const sentences = splitUncached(text)
  if (recentSplits.size >= SPLIT_KEPT) recentSplits.delete(recentSplits.keys().next().value!)
  recentSplits.set(text, sentences)
  return [...sentences]
}

function splitUncached(text: string): string[] {
  if (!text.trim()) return []
  // wink's model is English: Chinese and Japanese sentence ends need no space after them.
  if (hasUnspacedSentenceEnds(text)) return splitUnspacedSentences(text)
  return pieces(text)
    .flatMap((piece) => (piece.long ? [piece.text] : plain.readDoc(piece.text).sentences().out()))
    .map((s: string) => s.trim())
    .filter((s: string) => s.length > 0)
}

export interface Term {
  /** Lower-cased surface form. */
  normal: string
  /** Porter-2 stem of the word. */
  stem: string
  stopWord: boolean
}

/** The words of a text (no punctuation, numbers, symbols), with stems. */
export function words(text: string): Term[] {
  const runs = wordRuns(text)
  // Taken before any is read: reading may clear the kept runs when they are full.
  const kept = runs.map((run) => runWords.get(run))
  const missing = runs.filter((_, i) => kept[i] === undefined)
  const fresh = missing.length === 0 ? undefined : readRuns([...new Set(missing)])
  const out: Term[] = []
  runs.forEach((run, i) => {
    for (const term of kept[i] ?? fresh!.get(run)!) out.push(term)
  })
  return out
}

/**
 * Reads every run of these texts that is not kept yet, in one wink document,
 * so that the stages that then ask for their words (the summary's sentences,
 * the topics' headline and body, the headlines' names) find them kept: an
 * article's words are tokenized once, not once per stage, and wink's fixed
 * cost per document is paid once per article rather than once per sentence.
 */
export function readAheadWords(texts: string[]): void {
  const missing = new Set<string>()
  for (const text of texts) for (const run of wordRuns(text)) if (!runWords.has(run)) missing.add(run)
  if (missing.size > 0) readRuns([...missing])
}

/** The runs wink is given for a text's words, in order (see WINK_RUN_BREAK). */
function wordRuns(text: string): string[] {
  const split = text.split(WINK_RUN_BREAK)
  // wink's breaks are all white space, so with no run longer than LONGEST_RUN the text has no long piece either.
  if (split.every((run) => run.length <= LONGEST_RUN)) return split.filter((run) => run !== '')
  const runs: string[] = []
  const add = (part: string) => {
    for (const run of part.split(WINK_RUN_BREAK)) if (run !== '') runs.push(run)
  }
  for (const piece of pieces(text)) {
    // A link holds no words (wink types it "url"); other long runs are read in parts.
    if (!piece.long) add(piece.text)
    else if (!LINK.test(piece.text)) add(cutRun(piece.text).join(' '))
  }
  return runs
}

/**
 * Stems by the word as written: the stemmer is a pure function of it (it
 * lower-cases first). Bounded as `remembered` is: cleared when full.
 */
const STEMS_KEPT = 50_000
const stems = new Map<string, string>()

/**
 * The same model with nothing in its pipe: tokens only. Words need no
 * sentence boundaries, and without them wink does not map the tokens for its
 * automata either.
 */
const tokensOnly = winkNLP(model, [])

/**
 * Where wink cuts a text into runs before tokenizing: its English model's
 * splitter (`trex.helpers.splitter`; test/pipeline/nlp.test.ts checks the
 * two agree). wink tokenizes each run on its own, by the run's text alone
 * (tokenizer.js: the spaces before a run are the only thing carried from
 * one to the next, and they change no token's text, type, normal, stem or
 * stop-word flag), so a run's words are the same wherever it stands.
 */
export const WINK_RUN_BREAK = /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+/

/**
 * The words of each run, kept: an article's sentences are read for the
 * summary's stems and again, in its body, for the topics' (and headlines and
 * titles once more), and news repeats its words from one article to the next,
 * so most runs are read from here rather than by wink. Bounded: cleared when full.
 */
const RUNS_KEPT = 50_000
const runWords = new Map<string, readonly Term[]>()

/** Each run's words, read by wink in one document (kept in runWords too). */
function readRuns(runs: string[]): Map<string, readonly Term[]> {
  const read = new Map<string, readonly Term[]>()
  // The runs joined by a space: a token with spaces before it opens the next run.
  const tokens = tokensOnly.readDoc(runs.join(' ')).tokens()
  // Each property read for all tokens at once: wink then makes no item object per token.
  const types = tokens.out(its.type) as string[]
  const normals = tokens.out(its.normal) as string[]
  const values = tokens.out() as string[]
  const stopWords = tokens.out(its.stopWordFlag) as unknown as boolean[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  let run = 0
  let from = 0
  const close = (to: number) => {
    const text = runs[run]!
    // A run read whole gives back its own text; if wink ever cut it otherwise, the run is read alone.
    const words = values.slice(from, to).join('') === text ? runTerms(tokens, from, to, types, normals, values, stopWords) : readRunAlone(text)
    read.set(text, words)
    if (runWords.size >= RUNS_KEPT) runWords.clear()
    runWords.set(ownCopy(text), words)
    run++
    from = to
  }
  for (let i = 1; i < values.length && run < runs.length - 1; i++) if (spaces[i] !== '') close(i)
  if (run === runs.length - 1) close(values.length)
  // Fewer groups than runs: wink joined runs; each is read alone.
  for (; run < runs.length; run++) read.set(runs[run]!, readRunAlone(runs[run]!))
  return read
}

function readRunAlone(run: string): readonly Term[] {
  const tokens = tokensOnly.readDoc(run).tokens()
  const n = tokens.length()
  return runTerms(tokens, 0, n, tokens.out(its.type) as string[], tokens.out(its.normal) as string[], tokens.out() as string[], tokens.out(its.stopWordFlag) as unknown as boolean[])
}

type Tokens = ReturnType<ReturnType<typeof tokensOnly.readDoc>['tokens']>

/** The words among tokens [from, to). */
function runTerms(tokens: Tokens, from: number, to: number, types: string[], normals: string[], values: string[], stopWords: boolean[]): readonly Term[] {
  const out: Term[] = []
  for (let i = from; i < to; i++) {
    const normal = normals[i]!
    // wink files contractions ("'s", "n't") as words; they carry no content.
    if (types[i] !== 'word' || !/^\p{L}/u.test(normal)) continue
    let stem = stems.get(values[i]!)
    if (stem === undefined) {
      if (stems.size >= STEMS_KEPT) stems.clear()
      // wink's typings declare its.stem with a model-addon signature; it is a plain token its.
      stems.set(values[i]!, (stem = tokens.itemAt(i).out(its.stem as unknown as typeof its.normal) as string))
    }
    out.push({ normal, stem, stopWord: stopWords[i]! })
  }
  return out
}

/**
 * A copy of a run that shares no memory with the text it was cut from: V8
 * may keep a longer substring as a pointer into its parent, and a kept run
 * would then keep its whole paragraph alive.
 */
const ownCopy = (text: string) => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string))

/** Universal part-of-speech tag of a text's first token ("ADP" for "In …"), or undefined for empty text. */
export function firstPartOfSpeech(text: string): string | undefined {
  const first = pieces(text).find((p) => p.text.trim())
  if (first?.long) return undefined // a long run is no word with a part of speech
  const tokens = nlp.readDoc(first?.text ?? '').tokens()
  return tokens.length() > 0 ? (tokens.itemAt(0).out(its.pos) as string) : undefined
}

/** Stems of the content words of a text: the usual bag for similarity and topics. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((t) => !t.stopWord && t.normal.length > 1)
    .map((t) => t.stem)
}

/** A token of a text with its universal part-of-speech tag and where it starts. */
export interface TaggedToken {
  value: string
  pos: string
  start: number
}

/** The tokens of a text with their part of speech (wink's English model) and character offsets. */
export function tagTokens(text: string): TaggedToken[] {
  const out: TaggedToken[] = []
  let cursor = 0
  nlp.readDoc(text).tokens().each((token: ItemToken) => {
    const value = token.out() as string
    const start = text.indexOf(value, cursor)
    if (start < 0) return
    cursor = start + value.length
    out.push({ value, pos: token.out(its.pos) as string, start })
  })
  return out
}
