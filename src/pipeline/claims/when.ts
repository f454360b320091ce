/**
 * When a figure holds or was given, as the sentence says it: the phrase as
 * written ("last month", "on Monday", "in October", "in 2023"), found by
 * chrono-node, and anchored to the article's date at the stories stage (an
 * article's date is decided after its text is read; see identity.ts).
 *
 * The anchored date is an ISO 8601 calendar date only as precise as the
 * text: "2024" (a year), "2024-10" (a month), "2024-11-11" (a day). A week
 * ("last week") is not a calendar date and gives none; a time of day alone
 * gives none.
 */
import * as chrono from 'chrono-node'
import { DATE_PARSERS, MONTH_NAMES as NAMES_BY_LANGUAGE } from '../date-languages.ts'

export interface DatePhrase {
  text: string
  /** Character offset in the sentence. */
  index: number
}

/** chrono reads "May" and "march" as months even as a verb; a lone lower-case one is not a date. */
const VERB_MONTHS = /^(may|march)$/
/** chrono leaves a bare year alone; news writes it "in 2023", "since 2022". */
const YEAR_PHRASE = /\b(?:in|since|during|by|until|through)\s+(?:19|20)\d\d\b(?![,.]?\d)/g
/** Any fixed instant: the phrase's words and place do not depend on it. */
const SOME_DAY = new Date(Date.UTC(2000, 0, 1))
/** chrono's parser for each language claims are read in; English for any other. */
const PARSERS = DATE_PARSERS
const parserFor = (language: string) => PARSERS[language] ?? chrono.en

/** Month names in the languages other than English, each with its number: chrono reads none of them without a day. */
const MONTHS: Record<string, number> = Object.fromEntries(Object.values(NAMES_BY_LANGUAGE).flatMap((names) => names.map((name, k) => [name, k + 1] as const)))
const MONTH_NAMES = Object.keys(MONTHS).join('|')
/** "em outubro", "en octubre de 2024", "a ottobre", "en octobre", "im Oktober 2024": a month after its preposition. */
const MONTH_PHRASE = new RegExp(String.raw`(?<![\p{L}])(?:em|en|in|a|nel|im|seit|desde|dal|depuis|di|de)\s+(${MONTH_NAMES})(?:\s+(?:de\s+|del\s+|di\s+)?((?:19|20)\d\d))?(?![\p{L}\d])`, 'giu')
/** "em 2023", "desde 2022", "nel 2021", "depuis 2020", "seit 2019". */
const FOREIGN_YEAR_PHRASE = /(?<![\p{L}])(?:em|en|in|nel|im|seit|desde|dal|depuis)\s+((?:19|20)\d\d)(?![\d])/giu

/** Date phrases of a sentence, in order. */
export function datePhrases(sentence: string, language = 'en'): DatePhrase[] {
  const found: DatePhrase[] = parserFor(language)
    .parse(sentence, { instant: SOME_DAY, timezone: 'UTC' })
    .filter((r) => !VERB_MONTHS.test(r.text) && ['year', 'month', 'day', 'weekday'].some((k) => r.start.isCertain(k as chrono.Component)))
    .map((r) => ({ text: r.text.replace(/[\s,.;:]+$/, ''), index: r.index }))
  const patterns = language === 'en' || !(language in PARSERS) ? [YEAR_PHRASE] : [YEAR_PHRASE, MONTH_PHRASE, FOREIGN_YEAR_PHRASE]
  for (const pattern of patterns) {
    for (const m of sentence.matchAll(pattern)) {
      // A phrase chrono found already, or part of one, is not found twice.
      if (!found.some((p) => m.index < p.index + p.text.length && p.index < m.index + m[0].length)) found.push({ text: m[0], index: m.index })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

const WHOLE_FOREIGN_YEAR = new RegExp(`^${FOREIGN_YEAR_PHRASE.source}$`, 'iu')
const WHOLE_MONTH_PHRASE = new RegExp(`^${MONTH_PHRASE.source}$`, 'iu')

/** The first parser's reading of the phrase, in PARSERS' order; the rest are not run. */
function firstParse(phrase: string, ref: Date): chrono.ParsedResult | undefined {
  for (const parser of Object.values(PARSERS)) {
    const result = parser.parse(phrase, { instant: ref, timezone: 'UTC' })[0]
    if (result !== undefined) return result
  }
  return undefined
}

/** The phrase as a date as precise as it is, relative words counted from `published`; null when it names no calendar date. */
export function anchorDate(phrase: string, published: string): string | null {
  const year = /^(?:in|since|during|by|until|through)\s+(\d{4})$/i.exec(phrase) ?? WHOLE_FOREIGN_YEAR.exec(phrase)
  if (year) return year[1]!
  const month = WHOLE_MONTH_PHRASE.exec(phrase)
  if (month) {
    // Without its year, the month is the last such month on or before the article's date.
    const number = MONTHS[month[1]!.toLowerCase()]!
    const [pubYear, pubMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))]
    const y = month[2] ? Number(month[2]) : number <= pubMonth ? pubYear : pubYear - 1
    return `${y}-${String(number).padStart(2, '0')}`
  }
  if (/\bweeks?\b|\bweekend\b/i.test(phrase)) return null
  const ref = new Date(published)
  // The phrase's language is not recorded: the first parser that reads it ("em outubro", "im Oktober") knows it.
  const r = firstParse(phrase, ref)
  if (!r) return null
  let date = r.start.date()
  const certain = (k: chrono.Component) => r.start.isCertain(k)
  // A weekday alone ("on Monday") in a report is the last such day on or before the article's date.
  if (certain('weekday') && !certain('day') && date.toISOString().slice(0, 10) > ref.toISOString().slice(0, 10)) date = new Date(date.getTime() - 7 * 86_400_000)
  const iso = date.toISOString()
  if (certain('day') || certain('weekday')) return iso.slice(0, 10)
  if (certain('month')) return iso.slice(0, 7)
  if (certain('year')) return iso.slice(0, 4)
  return null
}
