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
const its = nlp.its

/** Sentences of a paragraph, trimmed, in order. */
export function splitSentences(text: string): string[] {
  if (!text.trim()) return []
  // wink's model is English: Chinese and Japanese sentence ends need no space after them.
  if (hasUnspacedSentenceEnds(text)) return splitUnspacedSentences(text)
  return nlp
    .readDoc(text)
    .sentences()
    .out()
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
  const doc = nlp.readDoc(text)
  const out: Term[] = []
  doc.tokens().each((token: ItemToken) => {
    const normal = token.out(its.normal) as string
    // wink files contractions ("'s", "n't") as words; they carry no content.
    if (token.out(its.type) !== 'word' || !/^\p{L}/u.test(normal)) return
    out.push({
      normal,
      // wink's typings declare its.stem with a model-addon signature; it is a plain token its.
      stem: token.out(its.stem as unknown as typeof its.normal) as string,
      stopWord: token.out(its.stopWordFlag) as unknown as boolean,
    })
  })
  return out
}

/** Universal part-of-speech tag of a text's first token ("ADP" for "In …"), or undefined for empty text. */
export function firstPartOfSpeech(text: string): string | undefined {
  const tokens = nlp.readDoc(text).tokens()
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
