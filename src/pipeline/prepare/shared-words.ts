/**
 * One copy of each word in the per-article results the build keeps.
 *
 * A result that comes back from a worker thread is a structured clone, in
 * which every stem is a string of its own, and the main thread keeps every
 * result until the corpus stages have run: most of that is the same few
 * thousand stems again and again in `topicText` and `sentences`. Replacing
 * each by the one copy a shared table holds halves what a result costs
 * (measured on 300 results of the BBC bench corpus through v8
 * serialize/deserialize, as postMessage does: 30.3 KiB of heap per result,
 * 15.1 KiB shared). A cached result read by JSON.parse shares its short
 * strings already (14.1 KiB); the table changes nothing there. The values,
 * and so the output, are the same.
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
