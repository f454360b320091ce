/**
 * Which index entries a request shows: filters, then newest first, then the
 * page. Articles and stories take the same filters (one schema, params.ts);
 * for a story they apply as:
 * - topic / exclude: the story's topics;
 * - q: a story matches when one of its articles holds every word;
 * - since / until: the story's span overlaps the range (its last report is at
 *   or after `since`, its first at or before `until`).
 */
import type { IndexEntry, StoryEntry } from '../served/index.ts'
import type { ServedCatalog } from '../served/read.ts'
import type { Cursor } from './cursor.ts'
import type { Filters } from './params.ts'
import { searchPositions } from '../served/search.ts'
import { newestFirstBy } from '../order.ts'

export interface Selection<E> {
  /** The page, newest first. */
  entries: E[]
  /** Matches in all, before paging. */
  total: number
  /** Where the next page starts, when more matches follow this page. */
  next: Cursor | null
}

/** `pathTopic` is the topic a /topics/{slug}/… route is fixed to. */
export async function selectEntries(assets: Fetcher, catalog: ServedCatalog, f: Filters, pathTopic?: string): Promise<Selection<IndexEntry>> {
  const found = f.q.length > 0 ? await searchPositions(assets, f.q) : undefined
  const topics = topicTest(f, pathTopic)
  const { since, until } = bounds(f)
  const matches = catalog.index.articles.filter((e, position) => {
    if (found && !found.has(position)) return false
    if (!topics(e.topics)) return false
    const published = e.published.slice(0, 19)
    if (since !== undefined && published < since) return false
    if (until !== undefined && published > until) return false
    return true
  })
  return page(matches, f, (e) => ({ date: e.published, id: e.id }))
}

export async function selectStories(assets: Fetcher, catalog: ServedCatalog, f: Filters): Promise<Selection<StoryEntry>> {
  let found: Set<string> | undefined
  if (f.q.length > 0) {
    found = new Set()
    for (const position of await searchPositions(assets, f.q)) {
      const story = catalog.index.articles[position]?.story
      if (story) found.add(story)
    }
  }
  const topics = topicTest(f)
  const { since, until } = bounds(f)
  const matches = catalog.index.stories.filter((s) => {
    if (found && !found.has(s.id)) return false
    if (!topics(s.topics)) return false
    if (since !== undefined && s.dateEnd.slice(0, 19) < since) return false
    if (until !== undefined && s.dateStart.slice(0, 19) > until) return false
    return true
  })
  return page(matches, f, (s) => ({ date: s.dateEnd, id: s.id }))
}

function topicTest(f: Filters, pathTopic?: string): (topics: string[]) => boolean {
  const anyOf = new Set(f.topic)
  const noneOf = new Set(f.exclude)
  return (topics) =>
    (pathTopic === undefined || topics.includes(pathTopic)) &&
    (anyOf.size === 0 || topics.some((t) => anyOf.has(t))) &&
    !topics.some((t) => noneOf.has(t))
}

/** Dates compare as text: the catalog's are `YYYY-MM-DDTHH:MM:SSZ`, so the first 19 characters order them. */
function bounds(f: Filters): { since?: string; until?: string } {
  return { since: f.since?.from.slice(0, 19), until: f.until?.to.slice(0, 19) }
}

/** The page after the cursor, in the index order (src/served/write.ts sorts it with src/order.ts). */
function page<E>(matches: E[], f: Filters, key: (e: E) => Cursor): Selection<E> {
  const c = f.cursor
  const start = c ? matches.findIndex((e) => after(key(e), c)) : 0
  const rest = start === -1 ? [] : matches.slice(start)
  const entries = rest.slice(0, f.limit)
  const last = entries.at(-1)
  return { entries, total: matches.length, next: rest.length > f.limit && last !== undefined ? key(last) : null }
}

/** The cursor is the last entry's sort key, and the index is newest first: what comes after it sorts after it. */
const cursorOrder = newestFirstBy((k: Cursor) => k.date)

function after(k: Cursor, c: Cursor): boolean {
  return cursorOrder(k, c) > 0
}
