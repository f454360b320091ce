/**
 * Which positions of the index a request shows: filters, then newest first
 * (the index order), then the page. Articles and stories take the same
 * filters (one schema, params.ts); for a story they apply as:
 * - topic / exclude: the story's topics;
 * - q: a story matches when one of its articles holds every word;
 * - since / until: the story's span overlaps the range (its last report is at
 *   or after `since`, its first at or before `until`).
 *
 * One pass over the index's columns (numbers and bit sets, no objects): the
 * page and the total in the same loop.
 */
import type { ItemList } from '../served/index.ts'
import { loadTopicGroups } from '../served/item-packs.ts'
import { isoOf, type ServedCatalog, type ServedList } from '../served/read.ts'
import { searchPositions } from '../served/search.ts'
import type { Cursor } from './cursor.ts'
import type { Filters } from './params.ts'

export interface Selection {
  /** The page's positions in the index, newest first. */
  positions: number[]
  /** Matches in all, before paging. */
  total: number
  /** Where the next page starts, when more matches follow this page. */
  next: Cursor | null
}

/** `pathTopic` is the topic a /topics/{slug}/… route is fixed to. */
export async function selectArticles(assets: Fetcher, catalog: ServedCatalog, f: Filters, pathTopic?: string): Promise<Selection> {
  const list = catalog.articles
  const found = f.q.words.length > 0 ? await searchPositions(assets, f.q.words, list.count) : undefined
  const topics = topicTest(catalog, list, f, pathTopic)
  const { since, until } = bounds(f)
  const candidates = await topicCandidates(assets, catalog, 'articles', f, pathTopic)
  return page(list, f, (p) => {
    if (found && !found(p)) return false
    if (!topics(p)) return false
    const published = list.date[p]!
    return published >= since && published <= until
  }, candidates)
}

export async function selectStories(assets: Fetcher, catalog: ServedCatalog, f: Filters): Promise<Selection> {
  let found: Set<number> | undefined
  if (f.q.words.length > 0) {
    found = new Set()
    const holds = await searchPositions(assets, f.q.words, catalog.articles.count)
    for (let position = 0; position < catalog.articles.count; position++) {
      const story = catalog.articles.story[position]!
      if (story && holds(position)) found.add(story - 1)
    }
  }
  const list = catalog.stories
  const topics = topicTest(catalog, list, f)
  const { since, until } = bounds(f)
  const candidates = await topicCandidates(assets, catalog, 'stories', f)
  return page(list, f, (p) => {
    if (found && !found.has(p)) return false
    if (!topics(p)) return false
    return list.date[p]! >= since && list.dateStart[p]! <= until
  }, candidates)
}

/**
 * The only positions a topic filter can match, ascending: the positions of
 * the topics' groups (src/served/index.ts TopicGroups), so a topic's page
 * and total look at that topic's entries rather than the whole index.
 * Undefined when there is no topic filter, or the catalog kept no groups.
 */
async function topicCandidates(assets: Fetcher, catalog: ServedCatalog, list: ItemList, f: Filters, pathTopic?: string): Promise<ArrayLike<number> | undefined> {
  // A /topics/{slug}/… route requires its topic; `topic` asks for any of its topics.
  const slugs = pathTopic !== undefined ? [pathTopic] : f.topic
  if (slugs.length === 0 || catalog.index.topicGroups === undefined) return undefined
  const groups = (await loadTopicGroups(assets, catalog))[list]
  const ids = [...new Set(slugs.map((slug) => groups.group[catalog.topicBit.get(slug)!]!))].filter((g) => g >= 0)
  if (ids.length === 1) return groups.postings[ids[0]!]
  return Uint32Array.from(new Set(ids.flatMap((g) => [...groups.postings[g]!]))).sort()
}

/** Bit masks of the wanted, required and excluded topics, tested word by word. */
function topicTest(catalog: ServedCatalog, list: ServedList, f: Filters, pathTopic?: string): (p: number) => boolean {
  const mask = (slugs: string[]) => {
    const m = new Uint32Array(list.words)
    for (const slug of slugs) {
      const bit = catalog.topicBit.get(slug)!
      m[bit >> 5]! |= 1 << (bit & 31)
    }
    return m
  }
  const required = pathTopic === undefined ? undefined : mask([pathTopic])
  const anyOf = f.topic.length > 0 ? mask(f.topic) : undefined
  const noneOf = mask(f.exclude)
  return (p) => {
    let any = anyOf === undefined
    for (let w = 0; w < list.words; w++) {
      const t = list.topics[p * list.words + w]!
      if (t & noneOf[w]!) return false
      if (required && (t & required[w]!) !== required[w]) return false
      if (anyOf && t & anyOf[w]!) any = true
    }
    return any
  }
}

/** since and until as seconds since 1970, inclusive. */
function bounds(f: Filters): { since: number; until: number } {
  return {
    since: f.since ? Date.parse(f.since.from) / 1000 : -Infinity,
    until: f.until ? Date.parse(f.until.to) / 1000 : Infinity,
  }
}

/** The matches from the cursor on, at most `limit`, and how many match in all, among the candidates (ascending) or every position. */
function page(list: ServedList, f: Filters, matches: (p: number) => boolean, candidates?: ArrayLike<number>): Selection {
  const start = f.cursor ? firstAfter(list, f.cursor) : 0
  const positions: number[] = []
  let total = 0
  let more = false
  const count = candidates ? candidates.length : list.count
  for (let k = 0; k < count; k++) {
    const p = candidates ? candidates[k]! : k
    if (!matches(p)) continue
    total++
    if (p < start) continue
    if (positions.length < f.limit) positions.push(p)
    else more = true
  }
  const last = positions.at(-1)
  return { positions, total, next: more && last !== undefined ? { date: isoOf(list.date[last]!), id: list.id(last) } : null }
}

/**
 * The first position after the cursor. The cursor is the last entry's sort
 * key, and the index is newest first, ties by id (src/order.ts): what comes
 * after it is older, or as old with a greater id. Binary search, as the
 * index is sorted by that key.
 */
function firstAfter(list: ServedList, c: Cursor): number {
  const date = Date.parse(c.date) / 1000
  let lo = 0
  let hi = list.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const d = list.date[mid]!
    if (d < date || (d === date && list.id(mid) > c.id)) hi = mid
    else lo = mid + 1
  }
  return lo
}
