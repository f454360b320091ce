/** Keys and slugs for entity names: spelling variants share one key. */
import { foldText } from '../../text/fold.ts'
import { remembered } from '../../text/remembered.ts'

/**
 * Folded lookup key: case, accents, dots, apostrophes and hyphens do not
 * matter. "Kim Jong-un", "KIM JONG UN", "Kim Jong Un" → "kim jong un".
 * Names recur across articles and within one, and folding is costly
 * (Unicode normalisation and six replacements), so each key is kept.
 */
export const nameKey = remembered(foldName, 50_000)

function foldName(name: string): string {
  return foldText(name)
    .replace(/[’']s\b/g, 's')
    .replace(/[.’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Lower-case ASCII kebab: "Kim Jong Un" → "kim-jong-un", "Côte d'Ivoire" → "cote-divoire". */
export function slugify(name: string): string {
  return foldText(name)
    .replace(/[’'.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** The words of a person's name that can stand for them alone: first and last. */
export function nameEnds(name: string): { first: string; last: string } {
  const parts = nameKey(name).split(' ').filter((p) => !GENERATIONAL.has(p))
  return { first: parts[0] ?? '', last: parts[parts.length - 1] ?? '' }
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'on', 'in'])

/** Initials of a multi-word name, minor words skipped: "Korean Central News Agency" → "kcna". */
export function initials(name: string): string {
  const parts = nameKey(name).split(' ').filter((p) => p && !MINOR.has(p))
  return parts.length > 1 ? parts.map((p) => p[0]).join('') : ''
}

/** True for a name written as an acronym: "KCNA", "U.S.", "G7". */
export function isAcronymName(name: string): boolean {
  return /^(?=.*\p{Lu})[\p{Lu}\d.&-]{2,8}$/u.test(name) && !/^\d+$/.test(name)
}

/**
 * Which of two spellings to show: the one more articles use; on a tie the
 * one with every part capitalised ("Kim Jong Un" over "Kim Jong-un", as
 * style guides write Korean names in running text), then the shorter, then
 * alphabetical, so the choice never depends on input order.
 */
export function preferSpelling(a: { name: string; count: number }, b: { name: string; count: number }): number {
  if (a.count !== b.count) return b.count - a.count
  const caps = (s: string) => (s.match(/(^|[\s-])\p{Lu}/gu) ?? []).length
  if (caps(a.name) !== caps(b.name)) return caps(b.name) - caps(a.name)
  if (a.name.length !== b.name.length) return a.name.length - b.name.length
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}
