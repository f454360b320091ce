/**
 * The `q` filter over the search shards the build writes (src/served/write.ts):
 * every query word must match (AND); a word matches the indexed words that
 * start with it, except one-letter words, which match only themselves (they
 * would otherwise match nearly everything).
 */
import { searchShardKey } from './index.ts'
import { loadShard } from './read.ts'

/** Positions in `index.articles` of the articles containing every word (folded, non-empty list). */
export async function searchPositions(assets: Fetcher, words: string[]): Promise<Set<number>> {
  const shards = await Promise.all(words.map((w) => loadShard(assets, searchShardKey(w))))
  let result: Set<number> | undefined
  words.forEach((word, i) => {
    const shard = shards[i]!
    const found = new Set<number>()
    if ([...word].length === 1) for (const p of shard[word] ?? []) found.add(p)
    else for (const [indexed, positions] of Object.entries(shard)) if (indexed.startsWith(word)) for (const p of positions) found.add(p)
    result = result === undefined ? found : new Set([...result].filter((p) => found.has(p)))
  })
  return result ?? new Set()
}
