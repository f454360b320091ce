/**
 * Counting words the way a reader does, in any script. Chinese and Japanese
 * are written without spaces between words, so whitespace alone would count
 * a whole paragraph as one word: their characters (Han, Hiragana, Katakana)
 * count at two a word, about the average length of a Chinese or Japanese
 * word. Shared by the build and the Worker; imports nothing.
 */

/** Characters of the scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const CHARACTERS_PER_WORD = 2

/** The words written in unspaced scripts (two characters a word), and the text left without them. */
export function takeUnspaced(text: string): { words: number; rest: string } {
  const characters = text.match(UNSPACED)?.length ?? 0
  return characters === 0 ? { words: 0, rest: text } : { words: Math.ceil(characters / CHARACTERS_PER_WORD), rest: text.replace(UNSPACED, ' ') }
}

/** Whitespace-separated tokens, plus unspaced-script characters at two a word. */
export function wordCount(text: string): number {
  const { words, rest } = takeUnspaced(text)
  if (words === 0) {
    const trimmed = text.trim()
    return trimmed ? trimmed.split(/\s+/).length : 0
  }
  // What is left once those characters go: Latin names, numbers; its punctuation is no word.
  return words + rest.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length
}

const SENTENCE_END = '。！？'
/** Quotes and brackets of Chinese and Japanese text: a "。" inside them ends the quotation, not the sentence. */
const OPENERS = '「『（“‘'
const CLOSERS = '」』）”’'

/** True when the text ends its sentences as Chinese and Japanese do ("。", "！", "？"). */
export function hasUnspacedSentenceEnds(text: string): boolean {
  return /[。！？]/u.test(text)
}

/**
 * Sentences of Chinese or Japanese text: each ends after "。", "！" or "？"
 * outside quotes, which needs no space after it (「必ず完成させる。」と述べた。 is one sentence).
 */
export function splitUnspacedSentences(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (OPENERS.includes(ch)) depth++
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && SENTENCE_END.includes(ch)) {
      while (i + 1 < text.length && SENTENCE_END.includes(text[i + 1]!)) i++ // "！？"
      out.push(text.slice(start, i + 1))
      start = i + 1
    }
  }
  out.push(text.slice(start))
  return out.map((s) => s.trim()).filter((s) => s.length > 0)
}

/** Sentences joined for reading: with a space, except after a Chinese or Japanese sentence end. */
export function joinSentences(sentences: string[]): string {
  return sentences.reduce((text, s) => (text === '' ? s : /[。！？」』）]$/u.test(text) ? text + s : `${text} ${s}`), '')
}
