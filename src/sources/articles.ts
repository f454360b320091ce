/**
 * Feed items become the pipeline's input (SourcedItem), one per item kept:
 * - identity: 12 hex of SHA-256 over the source's address (as the curator
 *   wrote it in seeds/sources.json) and the item's key (items.ts: GUID, else
 *   link, else title and content), so an item keeps its id, URL and GUID
 *   across rebuilds even when the outlet edits its title or text;
 * - outlet: the curator's `name`, else the feed's title, else its site's host;
 * - link: the item's own, with tracking parameters removed (links.ts);
 * - body: the content's blocks (content.ts), else the description's, else
 *   the title as the one paragraph (a headline-only item still has its
 *   headline); an item with neither title nor text, only a link, is skipped
 *   with a warning (there is nothing to show or summarise);
 * - date: the item's, else the feed's (items.ts), else the date the build
 *   first saw it, recorded in the fetch state (fetch.ts); an item with none of
 *   these is skipped with a warning, never dated by the clock;
 * - which: newest first (by date, then document order), at most `limit`, and
 *   none older than `max_age_days` before the feed's newest item (a span
 *   counted from the feed's own dates, so the same feed gives the same items
 *   whenever it is built).
 */
import { createHash } from 'node:crypto'
import type { Block, FeedItem, ParsedFeed } from '../model.ts'
import { htmlToBlocks } from './content.ts'
import { plainText } from './html.ts'
import { stripTracking } from './links.ts'

export interface SourcedItem {
  /** Names the item in messages and in `duplicates`: its link, else `<source>#<key>`. */
  seed: string
  id: string
  externalUrl: string | null
  source: string | null
  /** Empty when the item has none: the metadata stage makes one from the first sentence. */
  title: string
  authors: string[]
  published: string
  modified: string
  body: Block[]
  /** The curator's forced topic slugs for this source, replacing the automatic ones. */
  topics: string[] | null
}

export interface SourceSelection {
  /** The source's address as configured: part of every item's identity. */
  url: string
  name?: string
  topics?: string[]
  limit?: number
  maxAgeDays?: number
}

export const DEFAULT_LIMIT = 50

export function feedArticleId(sourceUrl: string, key: string): string {
  return createHash('sha256').update(`gazette:feed:${sourceUrl}\n${key}`).digest('hex').slice(0, 12)
}

/** The outlet's name for a feed: the curator's, else the feed's title, else the site's host. */
export function outletName(feed: Pick<ParsedFeed, 'title' | 'siteUrl'>, name?: string): string | null {
  if (name) return name
  if (feed.title) return feed.title
  return feed.siteUrl ? new URL(feed.siteUrl).host : null
}

/** An item chosen for the catalog, with the date it is served under. */
export interface SelectedItem {
  item: FeedItem
  published: string
}

/** The items a source contributes, newest first, within `limit` and `max_age_days` (see the rules above). */
export function selectItems(feed: Pick<ParsedFeed, 'items'>, source: SourceSelection, firstSeen: ReadonlyMap<string, string>): { selected: SelectedItem[]; warnings: string[] } {
  const warnings: string[] = []
  const dated: (SelectedItem & { order: number })[] = []
  feed.items.forEach((item, order) => {
    if (!item.title && !plainText(item.contentHtml) && !plainText(item.summaryHtml ?? '')) {
      warnings.push(`${source.url}: item ${item.url ?? item.key} has no title and no text, only a link; skipped`)
      return
    }
    const published = item.published ?? firstSeen.get(item.key) ?? null
    if (published === null) warnings.push(`${source.url}: item "${item.title || item.key}" has no date and none was recorded; skipped`)
    else dated.push({ item, published, order })
  })
  dated.sort((a, b) => (a.published > b.published ? -1 : a.published < b.published ? 1 : a.order - b.order))
  const newest = dated[0]?.published
  const cutoff = newest && source.maxAgeDays !== undefined ? new Date(Date.parse(newest) - source.maxAgeDays * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z') : null
  const selected = dated
    .filter((d) => cutoff === null || d.published >= cutoff)
    .slice(0, source.limit ?? DEFAULT_LIMIT)
    .map(({ item, published }) => ({ item, published }))
  return { selected, warnings }
}

/** One selected item as the pipeline's input. */
export function toSourcedItem({ item, published }: SelectedItem, source: SourceSelection, outlet: string | null): SourcedItem {
  const url = item.url ? stripTracking(item.url) : null
  let body = htmlToBlocks(item.contentHtml)
  if (body.length === 0 && item.summaryHtml) body = htmlToBlocks(item.summaryHtml)
  if (body.length === 0) body = [{ type: 'p', text: item.title }]
  return {
    seed: url ?? `${source.url}#${item.key}`,
    id: feedArticleId(source.url, item.key),
    externalUrl: url,
    source: outlet,
    title: item.title,
    authors: item.authors,
    published,
    modified: item.modified && item.modified > published ? item.modified : published,
    body,
    topics: source.topics?.length ? source.topics : null,
  }
}

export function sourcedItems(
  feed: ParsedFeed,
  source: SourceSelection,
  firstSeen: ReadonlyMap<string, string>,
): { items: SourcedItem[]; warnings: string[] } {
  const { selected, warnings } = selectItems(feed, source, firstSeen)
  const outlet = outletName(feed, source.name)
  return { items: selected.map((s) => toSourcedItem(s, source, outlet)), warnings }
}
