/**
 * First look at each line on its own: is it prose (sentences a reader reads),
 * unmistakable furniture (code, counters, e-mail lines, credits, share and
 * sign-in prompts), or short text whose role depends on its neighbours
 * (section headings, list items, menu entries, headlines of other stories)?
 */
import type { PageLine } from './lines.ts'
import {
  BYLINE,
  hasEmail,
  hasFurnitureCue,
  isBareEmail,
  isBareUrl,
  isCapsLabel,
  isCode,
  isCounterOrNumbering,
  isCredit,
  isDateOnly,
} from './signals.ts'

export type LineKind = 'prose' | 'short' | 'furniture'

export interface LineClass {
  kind: LineKind
  /** Why, in a word or two, for traces and tests. */
  reason: string
}

/** Fewest words for a line to count as prose on its own. */
export const PROSE_MIN_WORDS = 10
/** Prose in cased scripts has mostly lower-case words; titles and menus do not. */
const PROSE_MIN_LOWER_SHARE = 0.45

export function classifyLine(line: PageLine): LineClass {
  const t = line.text
  if (isCode(t)) return { kind: 'furniture', reason: 'code' }
  if (isBareEmail(t) || isBareUrl(t)) return { kind: 'furniture', reason: 'address' }
  if (isCounterOrNumbering(t)) return { kind: 'furniture', reason: 'counter' }
  if (line.words === 0) return { kind: 'furniture', reason: 'symbols' }
  if (isDateOnly(t)) return { kind: 'furniture', reason: 'date' }
  if (BYLINE.test(t) && line.words <= 12) return { kind: 'furniture', reason: 'byline' }
  if (isCredit(line)) return { kind: 'furniture', reason: 'credit' }
  if (hasEmail(t) && line.words <= 30) return { kind: 'furniture', reason: 'contact' }
  if (isProse(line)) {
    if (hasFurnitureCue(t) && line.words < 25) return { kind: 'short', reason: 'cue prose' }
    return { kind: 'prose', reason: 'prose' }
  }
  if (hasFurnitureCue(t) && line.words <= 6) return { kind: 'furniture', reason: 'cue' }
  if (isCapsLabel(line)) return { kind: 'short', reason: 'label' }
  return { kind: 'short', reason: 'short' }
}

export function isProse(line: PageLine): boolean {
  if (line.uncased) return line.text.length >= 40 || (line.terminal && line.text.length >= 15)
  if (line.words >= PROSE_MIN_WORDS && line.lowerShare >= PROSE_MIN_LOWER_SHARE) return true
  // Short complete sentences ("Colombia had lost to Belgium on Monday.") are prose too.
  return line.terminal && line.words >= 5 && line.lowerShare >= 0.5 && !/:$/.test(line.text)
}
