/**
 * Case- and accent-insensitive folding, the one implementation: the build's
 * search index and the Worker's queries (so both sides agree on what a word
 * is), entity name keys and slugs (pipeline/entities/names-key.ts) and the
 * entities eval all start from foldText. Imports nothing: it runs in Node
 * and in workerd alike.
 */

const COMBINING_MARKS = /\p{M}+/gu
const WORD = /[\p{L}\p{N}]+/gu

/** Lower-cases and strips accents: "Zürich Élysée" → "zurich elysee". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** The folded words of a text, in order, repeats kept. */
export function foldWords(text: string): string[] {
  return foldText(text).match(WORD) ?? []
}
