/**
 * Function words ("der", "und", "zu"): every language's running text is
 * thick with them, headlines, menus and names are not. Letter case usually
 * tells prose from titles (classify.ts), but not in a language that
 * capitalises its nouns: a German sentence full of nouns and names ("Der
 * Vorstandsvorsitzende der Deutschen Bahn, Richard Lutz, kündigte …") has
 * as many capitals as a headline. On such pages the share of the language's
 * function words tells instead. Elsewhere case stays the judge: a sentence
 * crowded with capitals there is more often a photo caption full of names.
 * The language is franc's guess from the page's sentence-like lines
 * (metadata.ts detectLanguage); the words are stopwords-iso's list for it.
 */
import stopwords from 'stopwords-iso' with { type: 'json' }
import { detectLanguage } from '../metadata.ts'
import type { PageLine } from './lines.ts'

const LISTS = stopwords as unknown as Record<string, string[]>

/** Lines that end like sentences and are this long give the page's language. */
const SAMPLE_MIN_WORDS = 8

/** Languages that write their nouns with a capital (BCP 47): German, Luxembourgish. */
const CAPITALISED_NOUNS = new Set(['de', 'lb'])

/** The page's language (BCP 47), franc's guess from its sentence-like lines. */
export function pageLanguage(lines: PageLine[]): string {
  return detectLanguage(lines.filter((l) => l.terminal && l.words >= SAMPLE_MIN_WORDS).map((l) => l.text).join('\n'))
}

/**
 * The function words of `language` when that language capitalises its
 * nouns; empty otherwise (and when stopwords-iso has no list for it).
 */
export function pageFunctionWords(language: string): Set<string> {
  return CAPITALISED_NOUNS.has(language) ? new Set(LISTS[language] ?? []) : new Set()
}

/** Share of the line's words that are function words (0 for an empty set or line). */
export function functionWordShare(line: PageLine, words: Set<string>): number {
  if (words.size === 0 || line.words === 0) return 0
  const tokens = line.text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  return tokens.length === 0 ? 0 : tokens.filter((t) => words.has(t)).length / tokens.length
}
