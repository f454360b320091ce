/**
 * The `q` filter over the search shards the build writes (src/served/write.ts):
 * every query word must match (AND); a word matches the indexed words that
 * start with it, except one-letter words, which match only themselves (they
 * would otherwise match nearly everything).
 *
 * Matches are kept as bit sets over index positions (N / 8 bytes: 12.5 KB at
 * 100,000 articles), so joining words is a word-by-word AND and testing an
 * article one bit, however many articles a common word matches.
 */
import { searchShardKey } from './index.ts'
import { loadShard } from './read.ts'

/** Positions in the article index holding every word (folded, non-empty list), as a test. */
export async function searchPositions(assets: Fetcher, words: string[], count: number): Promise<(position: number) => boolean> {
  const shards = await Promise.all(words.map((w) => loadShard(assets, searchShardKey(w))))
  const all = new Uint32Array((count + 31) >>> 5)
  words.forEach((word, i) => {
    const shard = shards[i]!
    const found = new Uint32Array(all.length)
    // A shard lists ranks from the oldest (index.ts SearchShard).
    const mark = (ranks: number[]) => {
      for (const rank of ranks) {
        const p = count - 1 - rank
        found[p >>> 5]! |= 1 << (p & 31)
      }
    }
    if ([...word].length === 1) mark(shard[word] ?? [])
    else for (const [indexed, positions] of Object.entries(shard)) if (indexed.startsWith(word)) mark(positions)
    if (i === 0) all.set(found)
    else for (let w = 0; w < all.length; w++) all[w]! &= found[w]!
  })
  return (p) => (all[p >>> 5]! & (1 << (p & 31))) !== 0
}
