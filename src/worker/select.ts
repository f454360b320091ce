/** Which index entries a request shows: filters, then newest first, then the page. */
import type { IndexEntry } from '../model.ts'
import type { Catalog } from './catalog.ts'
import type { Env } from './env.ts'
import type { Cursor, Filters } from './params.ts'
import { searchPositions } from './search.ts'

export interface Selection {
  /** The page, newest first. */
  entries: IndexEntry[]
  /** Matches in all, before paging. */
  total: number
  /** Set when more matches follow this page. */
  more: boolean
}

/** `pathTopic` is the topic a /topics/{slug}/… route is fixed to. */
export async function selectEntries(env: Env, catalog: Catalog, f: Filters, pathTopic?: string): Promise<Selection> {
  const found = f.q.length > 0 ? await searchPositions(env, f.q) : undefined
  const anyOf = new Set(f.topic)
  const noneOf = new Set(f.exclude)
  // Dates compare as text: the catalog's are `YYYY-MM-DDTHH:MM:SSZ`, so the first 19 characters order them.
  const since = f.since?.from.slice(0, 19)
  const until = f.until?.to.slice(0, 19)
  const matches = catalog.index.articles.filter((e, position) => {
    if (found && !found.has(position)) return false
    if (pathTopic !== undefined && !e.topics.includes(pathTopic)) return false
    if (anyOf.size > 0 && !e.topics.some((t) => anyOf.has(t))) return false
    if (e.topics.some((t) => noneOf.has(t))) return false
    const published = e.published.slice(0, 19)
    if (since !== undefined && published < since) return false
    if (until !== undefined && published > until) return false
    return true
  })
  const start = f.cursor ? matches.findIndex((e) => after(e, f.cursor!)) : 0
  const rest = start === -1 ? [] : matches.slice(start)
  return { entries: rest.slice(0, f.limit), total: matches.length, more: rest.length > f.limit }
}

/** Whether `e` comes after the cursor in the index order (published descending, then id ascending). */
function after(e: IndexEntry, c: Cursor): boolean {
  return e.published < c.published || (e.published === c.published && e.id > c.id)
}
