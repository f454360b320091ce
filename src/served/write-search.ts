/**
 * Writes the search shards (index.ts SearchShard): each word's postings, the
 * ranks from the oldest of the articles holding it, in shards by the word's
 * first two characters. A rebuild updates them entry by entry: the layout
 * remembers each rank's article key (write.ts contentKey) and each shard's
 * key, so when few ranks hold another article than before (new articles
 * after the others, edited ones), only the shards of those articles' old
 * and new words are made, each from the previous build's shard with those
 * ranks taken out and put back; every other shard is reused as it is. Any
 * other rebuild, or one whose previous files or words are missing, makes
 * every shard from every article's words, with the same bytes.
 */
import type { Article } from '../model.ts'
import { searchableText } from '../text/article-text.ts'
import { foldWords } from '../text/fold.ts'
import { type SearchShard, searchShardKey, searchShardPath } from './index.ts'
import { sha256, type SiteSink } from './sink.ts'

/** What the layout remembers of the shards for the next build. */
interface SearchState {
  /** The article key at each rank from the oldest. */
  keys: readonly string[]
  /** Each shard's input key (the SHA-256 of its text), by shard key. */
  shards: Record<string, string>
}

const STATE = 'search'

/** Past this share of ranks changed, making every shard is the cheaper way. */
const MOST_CHANGED = 1 / 8

export interface SearchLayout {
  /** Whether the words of the article at `rank` are needed (every article's in a full build). */
  wants(rank: number): boolean
  /** The article at `rank` has these distinct words; asked in index order (ranks descending). */
  add(rank: number, words: string[]): void
  /**
   * Puts the shards. `wordsAt(rank)` gives any article's words, for a
   * rebuild that finds the previous build's shards missing after all.
   */
  finish(wordsAt: (rank: number) => string[]): void
}

/** An article's distinct words as search folds them (text/fold.ts), in order of first use. */
export function searchWords(article: Article): string[] {
  return [...new Set(foldWords(searchableText(article)))]
}

/**
 * The search layout for articles whose keys by rank are `keys`; `oldWords`
 * gives the words of a previous build's article by its key (the item cache).
 */
export function searchLayout(sink: SiteSink, keys: readonly string[], oldWords: (key: string) => string[] | undefined, put: (path: string, content: string, inputKey: string) => void): SearchLayout {
  const postings = new Map<string, number[]>()
  const update = planUpdate(sink.recall(STATE) as SearchState | undefined, keys, oldWords)
  const shards: Record<string, string> = {}
  const putShard = (key: string, shard: SearchShard) => {
    const text = JSON.stringify(shard) + '\n'
    shards[key] = sha256(text)
    put(searchShardPath(key), text, shards[key])
  }
  const add = (rank: number, words: string[]) => {
    for (const word of words) {
      const ranks = postings.get(word)
      if (ranks) ranks.push(rank)
      else postings.set(word, [rank])
    }
  }
  return {
    wants: (rank) => update === null || update.changed.has(rank),
    add,
    finish(wordsAt) {
      const made = update && updatedShards(sink, update, postings)
      if (made) {
        for (const [key, shard] of made) if (shard) putShard(key, shard)
        for (const [key, inputKey] of Object.entries(update.previous.shards)) {
          if (made.has(key)) continue
          if (sink.reuse(searchShardPath(key), inputKey)) shards[key] = inputKey
        }
        if (Object.keys(update.previous.shards).every((key) => made.has(key) || key in shards)) {
          sink.remember(STATE, { keys, shards } satisfies SearchState)
          return
        }
      }
      // A full build (every article's words are in), or a rebuild that cannot update after all.
      if (update !== null) {
        postings.clear()
        for (let rank = keys.length - 1; rank >= 0; rank--) add(rank, wordsAt(rank))
      }
      for (const [key, shard] of fullShards(postings)) if (!(key in shards)) putShard(key, shard)
      sink.remember(STATE, { keys, shards } satisfies SearchState)
    },
  }
}

interface SearchUpdate {
  previous: SearchState
  /** Ranks whose article is new or changed. */
  changed: Set<number>
  /** Ranks whose previous article's words are to be taken out (changed ones, and those past the new count). */
  gone: Set<number>
  /** Shards holding a word of a gone article. */
  touched: Set<string>
}

/** What changed since the previous build, by rank; null when nothing is remembered, or too much changed. */
function planUpdate(previous: SearchState | undefined, keys: readonly string[], oldWords: (key: string) => string[] | undefined): SearchUpdate | null {
  if (!previous || !Array.isArray(previous.keys) || typeof previous.shards !== 'object') return null
  const changed = new Set<number>()
  const gone = new Set<number>()
  for (let rank = 0; rank < Math.max(keys.length, previous.keys.length); rank++) {
    if (rank < keys.length && previous.keys[rank] === keys[rank]) continue
    if (rank < keys.length) changed.add(rank)
    if (rank < previous.keys.length) gone.add(rank)
  }
  if (changed.size + gone.size > Math.max(64, keys.length * MOST_CHANGED)) return null
  const touched = new Set<string>()
  for (const rank of gone) {
    const words = oldWords(previous.keys[rank]!)
    if (!words) return null
    for (const word of words) touched.add(searchShardKey(word))
  }
  return { previous, changed, gone, touched }
}

/**
 * The shards the update touches (a gone article's words or a changed one's,
 * in `postings`), each the previous build's with gone ranks taken out and
 * the changed ones' put in; null for a shard left with no word, and null
 * for all when a previous shard is missing.
 */
function updatedShards(sink: SiteSink, update: SearchUpdate, postings: Map<string, number[]>): Map<string, SearchShard | null> | null {
  const added = wordsByShard(postings.keys())
  for (const key of added.keys()) update.touched.add(key)
  const made = new Map<string, SearchShard | null>()
  for (const key of [...update.touched].sort()) {
    const words = new Map<string, number[]>()
    if (key in update.previous.shards) {
      const bytes = sink.previous(searchShardPath(key))
      if (!bytes) return null
      for (const [word, ranks] of Object.entries(JSON.parse(Buffer.from(bytes).toString('utf8')) as SearchShard)) {
        const kept = ranks.filter((rank) => !update.gone.has(rank))
        if (kept.length > 0) words.set(word, kept)
      }
    }
    for (const word of added.get(key) ?? []) words.set(word, [...(words.get(word) ?? []), ...postings.get(word)!].sort((a, b) => a - b))
    made.set(key, words.size === 0 ? null : Object.fromEntries([...words.keys()].sort().map((word) => [word, words.get(word)!])))
  }
  return made
}

/**
 * Every shard from the postings of every word, gathered newest first, so
 * each list is reversed here into ascending ranks. The shard key is worked
 * out once per distinct word, not once per use.
 */
function fullShards(postings: Map<string, number[]>): Map<string, SearchShard> {
  const shardWords = wordsByShard(postings.keys())
  const sorted = new Map<string, SearchShard>()
  for (const key of [...shardWords.keys()].sort()) {
    sorted.set(key, Object.fromEntries(shardWords.get(key)!.sort().map((word) => [word, postings.get(word)!.reverse()])))
  }
  return sorted
}

/** `words` by the key of the shard each belongs to, the key worked out once per word. */
function wordsByShard(words: Iterable<string>): Map<string, string[]> {
  const byShard = new Map<string, string[]>()
  for (const word of words) {
    const key = searchShardKey(word)
    const list = byShard.get(key)
    if (list) list.push(word)
    else byShard.set(key, [word])
  }
  return byShard
}
