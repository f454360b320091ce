/**
 * Headlines and section headings are written in Title Case, so a capital
 * there says nothing about names ("Russia Just Signed a Massive New Military
 * Deal"). In such text we only look for names we already trust: the
 * gazetteer's, and the ones the article's own sentences gave.
 */
import { words } from '../../text/nlp.ts'
import { knownAliases } from './gazetteer.ts'

/** True for a short text, not ending as a sentence does, where nearly every longer word is capitalised. */
export function isTitleCase(text: string): boolean {
  if (/[.!?:;"”’)]\s*$/.test(text)) return false
  const long = text.split(/\s+/).filter((w) => /^[\p{L}][\p{L}’'-]{3,}$/u.test(w))
  if (long.length < 2 || words(text).length > 25) return false
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / long.length >= 0.7
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Each alias found in `text`: all-capital aliases ("US") match only in
 * capitals, so the pronoun "us" is not the United States; hyphens and
 * spaces are interchangeable.
 */
export function findAliases(text: string, aliases: string[]): string[] {
  const found: string[] = []
  let rest = text
  // Longest first, and a matched span is consumed: "Latin America" is not also "America".
  for (const alias of [...aliases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const body = escape(alias).replace(/\\-|\s+/g, '[-\\s]+')
    const caseless = alias !== alias.toUpperCase()
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu')
    if (!re.test(rest)) continue
    found.push(alias)
    rest = rest.replace(re, ' ')
  }
  return found
}

export { knownAliases }
