/**
 * Publication dates written in a page header ("Nov. 19, 2019 8:03 am ET",
 * "Posted on 30 March 2015", "22 de outubro de 2010 às 20:13"), parsed by
 * chrono-node, which knows month names in several languages, US and other
 * zone abbreviations and daylight saving ("ET" in November is UTC−5).
 * Deterministic: a date must state its year, and a time without a zone is
 * read as UTC, so the machine's clock and zone never matter.
 */
import * as chrono from 'chrono-node'
import { rfc3339 } from '../../dates.ts'
import { DATE_PARSERS, HEADER_MONTH_NAMES, type DateParser } from '../date-languages.ts'

const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' }

const PARSERS: DateParser[] = Object.values(DATE_PARSERS)

/**
 * The parsers in the order to try them on a page in `language`. Only American
 * English writes the month first ("03/06/2024" is 6 March there, 3 June
 * everywhere else), so a page in any other language reads numeric dates day
 * first: its own parser first, and British English's in place of the
 * American's.
 */
function parsersFor(language: string): DateParser[] {
  if (language === 'en') return PARSERS
  const own = DATE_PARSERS[language]
  return [...(own ? [own] : []), chrono.en.GB, ...PARSERS.filter((p) => p !== chrono.en && p !== own)]
}

export interface FoundDate {
  iso: string
  /** The line says it is an update ("Updated …"), not the first publication. */
  updated: boolean
}

/** Month number by lower-cased name, in the languages chrono has no parser for. */
const HEADER_MONTHS = new Map<string, number>(
  Object.values(HEADER_MONTH_NAMES).flatMap((names) => names.flatMap((spellings, k) => spellings.split('|').map((name) => [name, k + 1] as const))),
)
/** "14 maja 2024", "10 Haziran 2024, 09:45", "14 Οκτωβρίου 2024": a day, a month's name, a year and maybe a time. */
const DAY_MONTH_YEAR = /(?<![\p{L}\d])(\d{1,2})\.?\s+(\p{L}[\p{L}\p{M}]+)\.?,?\s+((?:19|20)\d\d)(?:[,\s–—-]+(\d{1,2})[:.](\d\d)(?!\s*\p{L}))?(?!\d)/gu

/**
 * Dates written with the month names of HEADER_MONTH_NAMES. A time without
 * a zone is read as UTC; one followed by "PM", a zone or any other word is
 * left out (the day alone), rather than read wrong.
 */
function datesByMonthName(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = HEADER_MONTHS.get(m[2]!.toLowerCase())
    if (month === undefined) continue
    const date = new Date(Date.UTC(Number(m[3]), month - 1, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0)))
    if (date.getUTCDate() !== Number(m[1])) continue
    found.push({ iso: rfc3339(date), updated: /(?:updated|modified|edited)\W*$/.test(text.slice(0, m.index).toLowerCase().slice(-25)) })
  }
  return found
}

/** Dates with a stated year in one header line, in the order written; `language` is the page's. */
export function datesInLine(text: string, language = 'en'): FoundDate[] {
  const byName = datesByMonthName(text)
  if (byName.length > 0) return byName
  for (const parser of parsersFor(language)) {
    const results = parser.parse(text, REFERENCE).filter((r) => r.start.isCertain('year') && r.start.isCertain('day'))
    if (results.length === 0) continue
    return results.map((r) => {
      const before = text.slice(0, r.index).toLowerCase()
      const updated = /(?:updated|modified|edited)\W*$/.test(before.slice(-25))
      const s = r.start
      const date = s.isCertain('hour')
        ? r.date()
        : new Date(Date.UTC(s.get('year')!, s.get('month')! - 1, s.get('day')!))
      return { iso: rfc3339(date), updated }
    })
  }
  return []
}

/** The first-publication date among header lines: a non-update date first. */
export function publicationDate(lines: string[], language = 'en'): string | null {
  const found = lines.flatMap((line) => datesInLine(line, language))
  return (found.find((d) => !d.updated) ?? found[0])?.iso ?? null
}

/** Most words a line may hold beside its date and still be only a date ("às", "um", "Uhr", "Updated"). */
const DATE_LINE_OTHER_WORDS = 2
/** Longest line, in words, read as a date alone. */
const DATE_LINE_MAX_WORDS = 10

/**
 * A line that is a date and next to nothing else, in any language chrono
 * reads ("10 de setembro de 2023 às 08:14", "5. Juni 2024, 16:20 Uhr",
 * "14 marzo 2024, 07:55"): the stamp over a comment or a story card.
 */
export function isDateOnlyLine(text: string, words: number): boolean {
  if (words > DATE_LINE_MAX_WORDS || !/\d/.test(text)) return false
  for (const parser of PARSERS) {
    // A written year: "30 minutes before bed" is a relative time chrono also reads, not a stamp.
    const results = parser.parse(text, REFERENCE).filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(r.text))
    if (results.length === 0) continue
    let rest = text
    for (const r of results) rest = rest.replace(r.text, ' ')
    const others = rest.match(/\p{L}+/gu) ?? []
    if (others.length <= DATE_LINE_OTHER_WORDS && !/\d/.test(rest.replace(/[\d:.hH]+\s*$/, ''))) return true
  }
  return false
}

/** Units of time in English, Portuguese, Spanish, Italian, French, German and Dutch, by their stems. */
const TIME_UNIT = String.raw`(?:sec|seg|min|hour|hora|ora|ore|heure|stund|uur|day|dia|día|giorn|jour|tag|dag|week|semana|settiman|semaine|woche|month|mes|mês|mese|mesi|mois|monat|maand|year|ano|año|ann|an|jahr|jaar)[\p{L}]*`
/** "3 days ago", "hace 3 días", "há 2 horas", "3 giorni fa", "il y a 3 jours", "vor 3 Tagen", "3 dagen geleden". */
const RELATIVE_TIME = new RegExp(
  String.raw`^(?:(?:hace|há|il y a|vor)\s+(?:\d+|une?|uma?|una|uno|einem|einer)\s+${TIME_UNIT}|(?:\d+|an?|one|un|una|um|uma)\s+${TIME_UNIT}\s+(?:ago|atrás|fa|geleden))$`,
  'iu',
)

/**
 * A line that is only a time relative to now, in any of those languages:
 * the stamp over a comment or a card. chrono reads some of these languages'
 * relative times but not Spanish's or Portuguese's, so their shape is
 * written out here.
 */
export const isRelativeTime = (text: string): boolean => RELATIVE_TIME.test(text.trim())
