/**
 * A page dump as lines with the shape features the Clean stage reasons on.
 * A copied web page puts each paragraph, menu item, caption and link on its
 * own line; blank lines are not reliable (some dumps have none), so the line
 * is the unit, and only hard-wrapped prose (a line that stops mid-sentence
 * and a next line that carries on in lower case) is joined back.
 */
import { isForeignByline } from './byline.ts'

export interface PageLine {
  /** Position in the page's list of lines. */
  index: number
  text: string
  /** Word count (runs of letters or digits). */
  words: number
  /** Words whose first letter is lower case, among words that start with a cased letter. */
  lowerShare: number
  /** Ends like a sentence: . ! ? or a closing quote/bracket after one (not an ellipsis). */
  terminal: boolean
  /** Mostly letters from scripts without case (Arabic, CJK, …): case signals don't apply. */
  uncased: boolean
  /** Key for repetition checks: lower-cased words only. */
  key: string
  /** Tab-separated cells in the original line (1 for ordinary text): table rows have several. */
  cells: number
}

// Zero-width characters and BOMs that copying leaves around; NBSP becomes a space.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g
const SPACES = /[\s\u00a0]+/g
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu
// An ellipsis is no sentence end: it marks a teaser cut short ("… with improved Alexa suppor...").
// Emoji after the stop ("See you soon! 🙂") still end a sentence: blog posts sign off that way.
// Other scripts' stops: the danda of Devanagari, Bengali and the other Indic scripts (। ॥), the Arabic
// full stop and question mark (۔ ؟), the Armenian, Ethiopic and Burmese full stops (։ ። ။).
const TERMINAL = /(?<!\.\.|…)[.!?。！？:;।॥۔؟։።။](?:["”’'»)\]]*)(?:\s*[\p{Extended_Pictographic}\u{FE0F}])*$|["”»]$/u

export function normalizeLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

export function lineKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}

export function describeLine(text: string, index: number, cells = 1): PageLine {
  const words = text.match(WORD) ?? []
  let cased = 0
  let lower = 0
  for (const w of words) {
    const first = w[0]!
    if (first.toLowerCase() === first.toUpperCase()) continue
    cased++
    if (first === first.toLowerCase()) lower++
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const casedLetters = text.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0
  return {
    index,
    text,
    words: words.length,
    lowerShare: cased ? lower / cased : 0,
    terminal: TERMINAL.test(text),
    uncased: letters > 0 && casedLetters / letters < 0.5,
    key: lineKey(text),
    cells,
  }
}

/** Lines of a page dump, normalised, blank ones dropped, hard wraps joined. */
export function pageLines(text: string): PageLine[] {
  const texts: { text: string; cells: number }[] = []
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = normalizeLine(raw)
    if (!line) continue
    const cells = raw.split('\t').filter((cell) => cell.trim()).length
    const previous = texts[texts.length - 1]
    if (previous !== undefined && isHardWrap(previous.text, line)) previous.text = `${previous.text} ${line}`
    else texts.push({ text: line, cells })
  }
  return texts.map((t, i) => describeLine(t.text, i, t.cells))
}

/**
 * A line broken inside a sentence: the first part is long prose with no end
 * punctuation and the next part starts with a lower-case word. A byline
 * that starts in lower case ("di Giulia Bernardi" under an Italian
 * standfirst) is a line of its own.
 */
function isHardWrap(previous: string, next: string): boolean {
  return previous.length >= 60 && /[\p{Ll},]$/u.test(previous) && /^\p{Ll}/u.test(next) && !TERMINAL.test(previous) && !isForeignByline(next, next.split(' ').length)
}

/** Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese. */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu

/**
 * An uncased script that puts spaces between words (Arabic, Hebrew, Korean,
 * Devanagari) can be judged by its words as a cased one is (a label of a
 * few words, a headline of four or more), though not by its capitals.
 * Chinese and Japanese run their words together, so a line of them counts
 * as a few very long "words" and is judged by its characters.
 */
export function isSpaced(line: PageLine): boolean {
  const letters = line.text.match(/\p{L}/gu)?.length ?? 0
  return (line.text.match(UNSPACED_LETTER)?.length ?? 0) * 2 < letters
}
