/**
 * Headlines and section headings are written in Title Case, so a capital
 * there says nothing about names ("Russia Just Signed a Massive New Military
 * Deal"). In such text we only look for names we already trust: the
 * gazetteer's, and the ones the article's own sentences gave.
 */
import { longestFirst } from '../../order.ts'
import { words } from '../../text/nlp.ts'
import { remembered } from '../../text/remembered.ts'
import { knownAliases } from './gazetteer.ts'

/** True for a short text, not ending as a sentence does, where nearly every longer word is capitalised. */
export function isTitleCase(text: string): boolean {
  if (/[.!?:;"”’)]\s*$/.test(text)) return false
  const long = text.split(/\s+/).filter((w) => /^[\p{L}][\p{L}’'-]{3,}$/u.test(w))
  // Each long token holds at least one word, so more than 25 of them settle
  // it without reading the text (a paragraph can be a megabyte long).
  if (long.length < 2 || long.length > 25 || words(text).length > 25) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / long.length >= 0.7
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The pattern of one alias; see findAliases. Kept per alias: compiling a
 * pattern with Unicode classes costs far more than running it, and every
 * headline is matched against the same gazetteer aliases and the article's
 * names. Global, so findAliases starts each test at lastIndex 0.
 */
const aliasPattern = remembered((alias: string): RegExp => {
  const body = escape(alias).replace(/\\-|\s+/g, '[-\\s]+')
  const caseless = alias !== alias.toUpperCase()
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu')
})

/** An alias's words, lower-cased, for findAliases's cheap check. */
const aliasWords = remembered((alias: string) => alias.split(/[-\s]+/).map((part) => part.toLowerCase()))

/**
 * Each alias found in `text`: all-capital aliases ("US") match only in
 * capitals, so the pronoun "us" is not the United States; hyphens and
 * spaces are interchangeable.
 */
export function findAliases(text: string, aliases: string[]): string[] {
  // Building a pattern costs far more than testing one, and most aliases
  // fail this cheap necessary check first: every word of the alias is in the
  // lower-cased text. (Lower-casing and the pattern's case folding differ
  // only on letters English text never holds, such as the long s "ſ".)
  const lower = text.toLowerCase()
  const candidates = aliases.filter((alias) => aliasWords(alias).every((part) => lower.includes(part)))
  const found: string[] = []
  let rest = text
  // Longest first, and a matched span is consumed: "Latin America" is not also "America".
  for (const alias of candidates.sort(longestFirst)) {
    const re = aliasPattern(alias)
    re.lastIndex = 0
    if (!re.test(rest)) continue
    found.push(alias)
    rest = rest.replace(re, ' ')
  }
  return found
}
