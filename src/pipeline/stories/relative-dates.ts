/**
 * Relative days anchored to the calendar. A story's summary puts sentences
 * from reports of different days side by side, so "on Monday" in one and
 * "yesterday" in another no longer say when. Each such phrase keeps its
 * words and gets the date it stands for in brackets after it, worked out
 * from the date of the article the sentence comes from (its `published`:
 * the curator's date, else the page's, else the day the build first saw the
 * seed, never the clock):
 *
 *   "signed the treaty on Monday" (article of Wed 13 Nov 2024)
 *     → "signed the treaty on Monday (11 November 2024)"
 *
 * - yesterday / today / tomorrow: the day before / of / after;
 * - a weekday: the latest such day on or before the article's date, or,
 *   in a sentence about the future (will, is due to, is expected to…), the
 *   first on or after it; "last Monday" is always before, "next Monday"
 *   always after the article's date;
 * - last week / this week / next week: "(the week of 4 November 2024)",
 *   named by the week's Monday (ISO 8601 weeks start on Monday).
 * A phrase already followed by a date ("on Monday, 11 November", "Monday
 * (Nov 11)") or written as a possessive ("Monday's vote") is left as it is;
 * so is a weekday followed by a capitalised word, more often a name than a
 * date ("the Sunday Times"), unless "on" comes before it ("on Monday North
 * Korea said").
 * English only: other languages' words for days are not matched.
 * The anchor is only as good as the article's date: when neither the
 * curator nor the page gives one, `published` is the day the build first saw
 * the seed, and an article curated days after it appeared gets anchors that
 * many days late (set `published` in seeds/catalog.json).
 */
const DAY_MS = 86_400_000
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

// Case-sensitive: English capitalises weekdays, and the lookahead for a capitalised word must not fold case.
const DAY_NAMES = 'Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday'
/** "on Monday morning": the date goes after the part of the day, not inside the phrase. */
const PART_OF_DAY = '(?: (?:morning|afternoon|evening|night))?'
const PHRASE = new RegExp(
  `\\b(?:([Ll]ast|[Tt]his|[Nn]ext) (week|${DAY_NAMES})|([Yy]esterday|[Tt]oday|[Tt]omorrow)|(${DAY_NAMES})(?:(?<=\\b[Oo]n \\w+)|(?! \\p{Lu})))\\b(?!['’]s\\b)${PART_OF_DAY}`,
  'gu',
)
/** A date already given right after the phrase: a digit or a month name, maybe after a comma or bracket. */
const DATE_FOLLOWS = new RegExp(`^[,(]?\\s*(\\d|(${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?\\s+\\d)`, 'i')
/** Signs that a sentence speaks of what is to come. */
const FUTURE = /\b(will|won['’]t|shall|is (due|expected|set|scheduled) to|are (due|expected|set|scheduled) to|is to|are to|plans? to|going to)\b/i

/** "4 November 2024" for a UTC day number (days since 1970-01-01). */
export function formatDay(day: number): string {
  const d = new Date(day * DAY_MS)
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** The UTC day number of an RFC 3339 date, or null when it cannot be read. */
function dayOf(published: string): number | null {
  const t = Date.parse(published)
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7

type Relative =
  | { kind: 'day'; shift: number }
  | { kind: 'week'; shift: number }
  | { kind: 'weekday'; target: number; side: 'before' | 'after' | 'by tense' }

const SHIFT: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, last: -1, this: 0, next: 1 }

function readPhrase(which: string | undefined, unit: string | undefined, deictic: string | undefined, weekday: string | undefined): Relative {
  if (deictic) return { kind: 'day', shift: SHIFT[deictic.toLowerCase()]! }
  const w = which?.toLowerCase()
  if (unit?.toLowerCase() === 'week') return { kind: 'week', shift: SHIFT[w!]! }
  const target = WEEKDAYS.indexOf((unit ?? weekday)!.toLowerCase())
  // "this Monday" may fall either side of the article's date: the tense decides, as for a bare weekday.
  return { kind: 'weekday', target, side: w === 'last' ? 'before' : w === 'next' ? 'after' : 'by tense' }
}

function anchor(relative: Relative, day: number, future: boolean): string {
  if (relative.kind === 'day') return formatDay(day + relative.shift)
  if (relative.kind === 'week') return `the week of ${formatDay(day - ((weekdayOf(day) + 6) % 7) + 7 * relative.shift)}`
  const back = (weekdayOf(day) - relative.target + 7) % 7 // days since the latest such weekday, 0 on the day itself
  const ahead = (relative.target - weekdayOf(day) + 7) % 7
  if (relative.side === 'before') return formatDay(day - (back === 0 ? 7 : back))
  if (relative.side === 'after') return formatDay(day + (ahead === 0 ? 7 : ahead))
  return formatDay(future ? day + ahead : day - back)
}

/** `sentence` with every relative day it names followed by its date in brackets. */
export function anchorRelativeDays(sentence: string, published: string): string {
  const day = dayOf(published)
  if (day === null) return sentence
  const future = FUTURE.test(sentence)
  return sentence.replace(PHRASE, (match: string, which?: string, unit?: string, deictic?: string, weekday?: string, ...rest: unknown[]) => {
    const offset = rest[0] as number
    if (DATE_FOLLOWS.test(sentence.slice(offset + match.length))) return match
    return `${match} (${anchor(readPhrase(which, unit, deictic, weekday), day, future)})`
  })
}
