/**
 * What every format's items go through after their wire shapes are read:
 * identity, dates, broken and repeated items. The rules, each pinned in
 * test/pipeline/sources/parse.test.ts:
 *
 * 1. Broken items are skipped with a warning naming the item's place in the
 *    feed: an item that is not an element (or JSON object), and an item with
 *    no title, no link and no content (nothing to show or to link to).
 * 2. Identity (`key`), as Miniflux does it (entry hash: GUID, else link, else
 *    title and content): the GUID / Atom id / JSON Feed id as written; else
 *    the item's link; else `sha256:` of the title and the content. An
 *    outlet that edits a title keeps the key as long as it keeps the GUID or link.
 * 3. Repeated keys: a GUID shared by items with different links (a
 *    generator's bug, seen in real feeds) is told apart by adding the link;
 *    an item whose key is still taken is the same item listed twice, and the
 *    first one in document order (the newest, in a feed written newest
 *    first) is kept, the later one skipped with a warning.
 * 4. Dates: `published` is the item's own publication date, else its update
 *    date, else the feed's own date (lastBuildDate, pubDate, Atom `updated`);
 *    else null, and the build gives it the date it first saw the item
 *    (sources/articles.ts). Never the clock: a parser that read the clock
 *    would give the same feed a new date on every build. `modified` is the
 *    item's update date when later than `published`, else `published`.
 */
import { createHash } from 'node:crypto'
import type { FeedItem } from '../model.ts'
import { plainText } from './html.ts'

/**
 * An item as a format module reads it, before the rules above: FeedItem's
 * fields with no identity yet, and title and content possibly absent.
 */
export type ItemFields = Omit<FeedItem, 'key' | 'title' | 'contentHtml'> & {
  title: string | null
  contentHtml: string | null
}

/** A format module's reading of one item: its fields, or why it could not be read. */
export type ItemReading = ItemFields | { broken: string }

export function finishItems(readings: ItemReading[], feedDate: string | null, format: string): { items: FeedItem[]; warnings: string[] } {
  const items: FeedItem[] = []
  const warnings: string[] = []
  const taken = new Map<string, FeedItem>()
  readings.forEach((reading, index) => {
    const place = `${format}: item ${index + 1}`
    if ('broken' in reading) {
      warnings.push(`${place}: ${reading.broken}; skipped`)
      return
    }
    const title = plainText(reading.title ?? '')
    const contentHtml = reading.contentHtml ?? reading.summaryHtml ?? ''
    const summaryHtml = reading.contentHtml && reading.summaryHtml ? reading.summaryHtml : null
    if (!title && !reading.url && !plainText(contentHtml)) {
      warnings.push(`${place}: no title, link or content; skipped`)
      return
    }
    let key = reading.guid ?? reading.url ?? `sha256:${createHash('sha256').update(`${title}\n${contentHtml}`).digest('hex')}`
    const holder = taken.get(key)
    if (holder && reading.guid && reading.url && holder.url !== reading.url) key = `${reading.guid} ${reading.url}`
    if (taken.has(key)) {
      warnings.push(`${place}: repeats the identity of an earlier item (${key}); skipped`)
      return
    }
    const published = reading.published ?? reading.modified ?? feedDate
    const modified = published && reading.modified && reading.modified > published ? reading.modified : published
    const item: FeedItem = {
      key,
      guid: reading.guid,
      url: reading.url,
      title,
      contentHtml,
      summaryHtml,
      authors: reading.authors,
      published,
      modified,
      imageUrl: reading.imageUrl,
      categories: reading.categories,
    }
    taken.set(key, item)
    items.push(item)
  })
  return { items, warnings }
}
