/**
 * The served catalog: the files the build writes under `dist/site/catalog/`
 * and the Worker reads through the ASSETS binding. This file says what they
 * are (types and the column layout) and where they live (paths); `write.ts`
 * makes them, `read.ts` loads them in the Worker, `search.ts` answers `q`
 * from the search shards.
 *
 * Sized for 100,000 articles on Cloudflare's free plan (20,000 asset files,
 * 128 MB per isolate, 10 ms CPU per request):
 * - `index.json` is small (topics, counts, ids as one string) and `index.bin`
 *   holds every per-article and per-story number as typed-array columns, so
 *   loading the index is two fetches and no per-entry parsing;
 * - articles and stories are packed, PACK_SIZE to a file counted from the
 *   oldest (packSlot), newest first within a file, one JSON document per
 *   line, and the columns give each one's line offset: the newest pack also
 *   holds the remainder (PACK_SIZE to 2·PACK_SIZE − 1 entries, packCount), so
 *   a page of the 20 newest articles is one fetch, and one article is one
 *   fetch and one small parse.
 */
import type { Topic } from '../model.ts'
import type { KeptAnswer } from './answers.ts'

export const CATALOG_PREFIX = 'catalog'

/** Articles (and stories) per pack file. */
export const PACK_SIZE = 64

/**
 * Packs are counted from the oldest entry (issue #10): of `count` entries in
 * index order (position 0 the newest), pack k holds those whose rank from
 * the oldest (count - 1 - position) is in [k * size, (k + 1) * size), newest
 * first within it, except that the newest pack also holds the remainder
 * (packCount). Adding entries newer than all others changes only the newest
 * pack(s) and leaves every
 * older pack's bytes as they were (the emit stage then links them from the
 * previous output instead of writing them). Numbered from the newest, each
 * new entry shifted every pack's contents by one.
 */
export interface PackSlot {
  /** The pack's number. */
  pack: number
  /** The entry's rank in its pack, 0 for the pack's newest. */
  rank: number
}

export function packSlot(position: number, count: number, size: number): PackSlot {
  const pack = Math.min(Math.floor((count - 1 - position) / size), packCount(count, size) - 1)
  return { pack, rank: position - packStart(pack, count, size) }
}

/**
 * How many packs `count` entries make: full packs of `size` from the oldest,
 * the newest one also holding the rest (`size` to 2·`size` − 1 entries), so
 * a first page of up to `size` entries is one fetch, as when packs were
 * counted from the newest.
 */
export const packCount = (count: number, size: number): number => (count === 0 ? 0 : Math.max(1, Math.floor(count / size)))

/** The position of pack `pack`'s newest entry. */
const packStart = (pack: number, count: number, size: number): number => (pack === packCount(count, size) - 1 ? 0 : count - (pack + 1) * size)

/** Each pack of `count` entries: its number and the positions it holds, [start, end), in index order (the newest pack first). */
export function packRanges(count: number, size: number): { pack: number; start: number; end: number }[] {
  const ranges: { pack: number; start: number; end: number }[] = []
  for (let pack = packCount(count, size) - 1; pack >= 0; pack--) ranges.push({ pack, start: packStart(pack, count, size), end: count - pack * size })
  return ranges
}

/**
 * Where the entry at `position` has its line start in `articleLine` or
 * `storyLine`: the packs' offsets are in index order (newest pack first),
 * each pack's followed by its end, so the packs before this one add one
 * slot each.
 */
export function lineSlot(position: number, count: number): number {
  return position + packCount(count, PACK_SIZE) - 1 - packSlot(position, count, PACK_SIZE).pack
}

export const indexPath = (): string => `${CATALOG_PREFIX}/index.json`
export const columnsPath = (): string => `${CATALOG_PREFIX}/index.bin`
export const articlePackPath = (pack: number): string => `${CATALOG_PREFIX}/articles/${pack}.ndjson`
export const storyPackPath = (pack: number): string => `${CATALOG_PREFIX}/stories/${pack}.ndjson`
export const searchShardPath = (key: string): string => `${CATALOG_PREFIX}/search/${key}.json`
/**
 * Kept items: every article's and every story's item in each format that
 * lists them (RSS item, Atom entry, JSON Feed item, API list item), rendered
 * once by the build with the site's URL as a token (answers.ts), in item
 * packs beside the article and story packs: one file per format and pack,
 * the same entries in the same order. A filtered feed or list is an envelope
 * rendered per request (a few lines) around the kept items' bytes: no article
 * or story is parsed or rendered.
 *
 * An item pack is one line of JSON, its header (ItemPackHeader), then the
 * items' bytes back to back.
 */
export const ITEM_FORMATS = ['rss', 'atom', 'json', 'api'] as const
export type ItemFormat = (typeof ITEM_FORMATS)[number]
/** Articles and stories each have their kept items. */
export type ItemList = 'articles' | 'stories'
export const ITEM_LISTS: readonly ItemList[] = ['articles', 'stories']
/**
 * Entries per item pack. Larger than PACK_SIZE: the Worker reads an item
 * pack only as far as the last item it needs (item-packs.ts), so a page of
 * the newest items costs their bytes whatever the pack's size, and the
 * packs of 100,000 articles in four formats, by date and by topic, stay a
 * few thousand files (Cloudflare's free plan allows 20,000).
 */
export const ITEM_PACK_SIZE = 256
/** Every entry's items, ITEM_PACK_SIZE to a file counted from the oldest (packSlot), newest first within a file. */
export const itemPackPath = (list: ItemList, format: ItemFormat, pack: number): string => `${CATALOG_PREFIX}/items/${list}/${format}/${pack}.txt`
/**
 * The same items again, by topic group (TopicGroups): the entries of each
 * group, ITEM_PACK_SIZE to a file counted from the group's oldest
 * (packSlot over its postings), so a topic's page is read
 * from packs holding only that topic's items (or a few small topics').
 */
export const topicItemPackPath = (list: ItemList, format: ItemFormat, group: number, pack: number): string =>
  `${CATALOG_PREFIX}/items/${list}/${format}/topics/${group}/${pack}.txt`
/**
 * Each topic group's entries, as ascending index positions (Uint32,
 * little-endian): the articles' groups one after another, then the
 * stories'. Where an entry is in a group's packs is its rank here.
 */
export const topicGroupsPath = (): string => `${CATALOG_PREFIX}/topic-groups.bin`

/**
 * Topics grouped for the topic item packs, per list: a topic with more than
 * ITEM_PACK_SIZE entries is a group of its own; smaller ones share a group
 * (at most ITEM_PACK_SIZE entries counted per topic), so a taxonomy of
 * many small topics does not become four files per topic.
 */
export interface TopicGroups {
  /** The group of each topic, by its position in `topics`; -1 when no entry has it. */
  group: number[]
  /** How many entries each group holds (its positions' count in topic-groups.bin). */
  sizes: number[]
}

export interface ItemPackHeader {
  /**
   * Where each item starts in the bytes after the header, where the site's
   * values go in it (byte offsets from the item's start), and a digest of
   * both (hex): an answer's ETag is made from its items' digests, not from
   * hashing its body.
   */
  items: [start: number, fills: KeptAnswer['fills'], digest: string][]
  /** Where the last item ends. */
  end: number
}

/** Canonical answers the build rendered, and where each is (answers.ts). */
export const answersPath = (): string => `${CATALOG_PREFIX}/answers.json`
export const answerPath = (n: number): string => `${CATALOG_PREFIX}/answers/${n}.txt`
/** The OpenAPI contract, made with the catalog so its examples answer (src/contract/). */
export const contractPath = (): string => `${CATALOG_PREFIX}/openapi.json`
/** The <gazette-feed> module, copied from src/widget/ (served at /widget.js). */
export const widgetPath = (): string => 'widget/gazette-feed.js'

/**
 * The shard a folded word is filed under: its first two characters, each
 * written as its code point in hex so every script gives a safe file name
 * ("troops" → "74-72").
 */
export function searchShardKey(word: string): string {
  return [...word].slice(0, 2).map((ch) => ch.codePointAt(0)!.toString(16)).join('-')
}

/** `index.json`. Articles are in index order: newest first (`published` descending, then id); stories likewise by `dateEnd`. */
export interface ServedIndex {
  generated: string
  /** Digest of every emitted file: changes whenever any response could. */
  version: string
  topics: TopicEntry[]
  articleCount: number
  storyCount: number
  /** Article ids in index order, joined by "\n" (ids never hold one); `idStart` in the columns slices them. */
  articleIds: string
  storyIds: string
  /** Whether the build kept every article's and story's items (ITEM_FORMATS); not when their text holds a site token's first character. */
  items: boolean
  /** How the kept items are grouped by topic (present when `items` is). */
  topicGroups?: Record<ItemList, TopicGroups>
}

export interface TopicEntry extends Topic {
  count: number
}

/**
 * One search shard: folded word → the articles holding it, each as its rank
 * from the oldest (articleCount - 1 - its index position), ascending. Counted
 * from the oldest for the reason packs are (packSlot): a new article changes
 * only the shards of its own words, not every shard.
 */
export type SearchShard = Record<string, number[]>

/** 32-bit words per topic set: topic i is bit i % 32 of word i / 32. */
export const topicWords = (topicCount: number): number => Math.max(1, Math.ceil(topicCount / 32))

/**
 * `index.bin`: columns of one kind after another, each a Float64Array (dates,
 * seconds since 1970) or a Uint32Array, little-endian, in this order. The
 * writer and the reader both walk this list, so they cannot disagree.
 */
export function columnLayout(articles: number, stories: number, topics: number) {
  const w = topicWords(topics)
  return [
    { name: 'articlePublished', type: 'f64', length: articles },
    { name: 'articleModified', type: 'f64', length: articles },
    { name: 'storyDateStart', type: 'f64', length: stories },
    { name: 'storyDateEnd', type: 'f64', length: stories },
    /** Story position + 1; 0 when the article is in no story. */
    { name: 'articleStory', type: 'u32', length: articles },
    { name: 'articleTopics', type: 'u32', length: articles * w },
    { name: 'storyTopics', type: 'u32', length: stories * w },
    /** Where each id starts in `articleIds`, plus the end. */
    { name: 'articleIdStart', type: 'u32', length: articles + 1 },
    { name: 'storyIdStart', type: 'u32', length: stories + 1 },
    /** Positions sorted by id (code-unit order), for lookups by id. */
    { name: 'articleById', type: 'u32', length: articles },
    { name: 'storyById', type: 'u32', length: stories },
    /** The byte offset where each one's line starts in its pack, plus each pack's end, in index order (lineSlot). */
    { name: 'articleLine', type: 'u32', length: articles + packCount(articles, PACK_SIZE) },
    { name: 'storyLine', type: 'u32', length: stories + packCount(stories, PACK_SIZE) },
  ] as const
}

export type ColumnName = ReturnType<typeof columnLayout>[number]['name']
