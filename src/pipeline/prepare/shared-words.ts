/**
 * One copy of each word in the per-article results the build keeps.
 *
 * A result comes from a worker thread (structured clone) or from the cache
 * (JSON.parse), and either way every stem in it is a string of its own: a
 * 2,000-article build held about 25 KB of heap per article until the corpus
 * stages ran, most of it the same few thousand stems again and again in
 * `topicText` and `sentences`. Replacing each by the one copy a shared table
 * holds leaves only the arrays' pointers per article; the values, and so the
 * output, are the same.
 */
import type { Prepared } from '../prepare.ts'

export type WordTable = Map<string, string>

/** The table's copy of `word`, added when it has none. */
function shared(table: WordTable, word: string): string {
  const kept = table.get(word)
  if (kept !== undefined) return kept
  table.set(word, word)
  return word
}

function shareAll(table: WordTable, words: string[]): void {
  for (let i = 0; i < words.length; i++) words[i] = shared(table, words[i]!)
}

/** Rewrites `result`'s word lists in place to the table's copies; returns it. */
export function shareWords<T extends Prepared>(table: WordTable, result: T): T {
  if (!result.ok) return result
  const { topicText, sentences } = result
  shareAll(table, topicText.titleStems)
  shareAll(table, topicText.bodyStems)
  shareAll(table, topicText.titleContent)
  shareAll(table, topicText.bodyContent)
  for (const sentence of sentences.lead) shareAll(table, sentence.stems)
  for (const stems of sentences.restStems) shareAll(table, stems)
  return result
}
