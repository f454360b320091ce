/**
 * First look at each line on its own: is it prose (sentences a reader reads),
 * unmistakable furniture (code, counters, e-mail lines, credits, share and
 * sign-in prompts), or short text whose role depends on its neighbours
 * (section headings, list items, menu entries, headlines of other stories)?
 */
import { isSpaced, type PageLine } from './lines.ts'
import {
  BYLINE,
  hasEmail,
  hasFurnitureCue,
  hasTrailingCredit,
  isBareEmail,
  isBareUrl,
  isCapsLabel,
  isCode,
  isClockTime,
  isCounterOrNumbering,
  isCountedLabel,
  isCredit,
  isDateOnly,
  isEndCue,
  isControlLabel,
  isAdLabel,
  isLegal,
} from './signals.ts'
import { isForeignByline, isHandleByline } from './byline.ts'
import { isDateOnlyLine } from './dates.ts'
import { functionWordShare } from './function-words.ts'

/**
 * prose: reads as sentences; short: heading, list item, menu entry or headline;
 * furniture: never article text; end: a cue that closes the article (share
 * bar, comments, "More from …"); table: a row of tab-separated cells.
 */
export type LineKind = 'prose' | 'short' | 'furniture' | 'end' | 'table'

export interface LineClass {
  kind: LineKind
  /** Why, in a word or two, for traces and tests. */
  reason: string
}

/** The reason given to a clock time alone ('18:20 Uhr'): the stamp of a live blog's entry. */
export const CLOCK = 'clock'

/** Fewest words for a line to count as prose on its own. */
export const PROSE_MIN_WORDS = 10
/** Prose in cased scripts has mostly lower-case words; titles and menus do not. */
const PROSE_MIN_LOWER_SHARE = 0.45

/**
 * `functionWords`: the page language's function words (function-words.ts),
 * which tell running text from titles where letter case cannot.
 */
export function classifyLine(line: PageLine, functionWords: Set<string> = NO_WORDS, stopsEndParagraphs = false): LineClass {
  const t = line.text
  if (isCode(t)) return { kind: 'furniture', reason: 'code' }
  if (isBareEmail(t) || isBareUrl(t)) return { kind: 'furniture', reason: 'address' }
  // Not a "date": structure.ts reads a run of dates as a list of cards, and a live blog's entries are one story's;
  // nor a counter, though "13:05" has a counter's shape.
  if (isClockTime(t)) return { kind: 'furniture', reason: CLOCK }
  if (isCountedLabel(t)) return { kind: 'end', reason: 'counted box' }
  if (isCounterOrNumbering(t)) return { kind: 'furniture', reason: 'counter' }
  if (line.words === 0) return { kind: 'furniture', reason: 'symbols' }
  if (isDateOnly(t)) return { kind: 'furniture', reason: 'date' }
  if (BYLINE.test(t) && line.words <= 12) return { kind: 'furniture', reason: 'byline' }
  if (isForeignByline(t, line.words)) return { kind: 'furniture', reason: 'byline' }
  if (isHandleByline(t)) return { kind: 'furniture', reason: 'byline' }
  if (isControlLabel(t)) return { kind: 'furniture', reason: 'control' }
  if (isAdLabel(t)) return { kind: 'furniture', reason: 'ad label' }
  if (isCredit(line)) return { kind: 'furniture', reason: 'credit' }
  if (hasTrailingCredit(t)) return { kind: 'furniture', reason: 'caption' }
  if (hasEmail(t) && line.words <= 30) return { kind: 'furniture', reason: 'contact' }
  if (isLegal(t)) return { kind: 'furniture', reason: 'legal' }
  if (isEndCue(t, line.words)) return { kind: 'end', reason: 'end cue' }
  if (isCommentHeader(line)) return { kind: 'end', reason: 'comment' }
  if (line.cells >= 3) return { kind: 'table', reason: 'table row' }
  if (isProse(line, functionWords, stopsEndParagraphs)) {
    if (hasFurnitureCue(t) && line.words < 25) return { kind: 'short', reason: 'cue prose' }
    return { kind: 'prose', reason: line.lowerShare < PROSE_MIN_LOWER_SHARE && !line.uncased ? 'running text' : 'prose' }
  }
  if (hasFurnitureCue(t) && line.words <= 6) return { kind: 'furniture', reason: 'cue' }
  if (isCapsLabel(line)) return { kind: 'short', reason: 'label' }
  // A date alone in another wording or language: a heading in a timeline, or the
  // stamp over a comment or a card, which structure.ts tells apart by their spacing.
  if (isDateOnlyLine(t, line.words)) return { kind: 'short', reason: 'stamp' }
  return { kind: 'short', reason: 'short' }
}

/**
 * Prose ends like a sentence; a long unpunctuated line is prose too, but a
 * mid-length one is more often a headline of another story than a paragraph.
 * `stopsEndParagraphs`: the page's paragraphs end with stops (see
 * endsParagraphsWithStops), so a line without one needs a paragraph's length.
 */
export function isProse(line: PageLine, functionWords: Set<string> = NO_WORDS, stopsEndParagraphs = false): boolean {
  if (line.uncased && !line.terminal && isSpaced(line)) return line.words >= (stopsEndParagraphs ? LONG_UNPUNCTUATED_WORDS : SPACED_UNPUNCTUATED_MIN_WORDS)
  if (line.uncased) return line.text.length >= 40 || (line.terminal && line.text.length >= 15)
  if (line.lowerShare < PROSE_MIN_LOWER_SHARE) return isRunningText(line, functionWords)
  if (line.terminal && !/:$/.test(line.text)) return line.words >= PROSE_MIN_WORDS || (line.words >= 5 && line.lowerShare >= 0.5)
  return line.words >= LONG_UNPUNCTUATED_WORDS
}

const NO_WORDS = new Set<string>()

/** Fewest words of an unpunctuated line, in a spaced script without case, that make it a paragraph that lost its stop:
 * a headline there is as long in characters as a short paragraph ("بدء
 * التسجيل في المدارس الحكومية للعام الجديد", 45 characters) but has no stop,
 * and seldom more than a dozen words (lines.ts isSpaced). */
const SPACED_UNPUNCTUATED_MIN_WORDS = 12


/** Share of function words above which a full sentence is running text whatever its capitals. */
const RUNNING_TEXT_MIN_FUNCTION_SHARE = 0.25

/**
 * A sentence of a language that capitalises its nouns, or one full of names
 * ("Der Vorstandsvorsitzende der Deutschen Bahn, Richard Lutz, kündigte …"):
 * too many capitals for prose by case, but as thick with function words as
 * any paragraph, which headlines and menus are not.
 */
function isRunningText(line: PageLine, functionWords: Set<string>): boolean {
  return line.terminal && !/:$/.test(line.text) && line.words >= PROSE_MIN_WORDS && functionWordShare(line, functionWords) >= RUNNING_TEXT_MIN_FUNCTION_SHARE
}

/** Unpunctuated lines at least this long are paragraphs that lost their full stop. */
const LONG_UNPUNCTUATED_WORDS = 25

/**
 * The page ends its paragraphs with stops: more than half of its lines of
 * LONG_UNPUNCTUATED_WORDS or more in a spaced script without case, and at
 * least two, end like sentences. There a headline or a standfirst of a dozen
 * words without a stop ("शहर में पहली बार चलेगी इलेक्ट्रिक वाटर मेट्रो, अगले
 * महीने से शुरू होगी सेवा": Hindi spends many short words on a headline) is
 * no paragraph that lost its stop.
 */
export function endsParagraphsWithStops(lines: PageLine[]): boolean {
  const long = lines.filter((line) => line.uncased && isSpaced(line) && line.words >= LONG_UNPUNCTUATED_WORDS)
  const stopped = long.filter((line) => line.terminal).length
  return stopped >= 2 && stopped * 2 > long.length
}

/** "thelastchargersfan says:", "Jane wrote:": the head of a reader comment. */
function isCommentHeader(line: PageLine): boolean {
  return line.words <= 6 && /\s(?:says|said|wrote|writes|commented|replied)\s*:$/i.test(line.text)
}
