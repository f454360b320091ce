/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). 1.1 renamed
 * `author` to `authors` ("JSON Feed readers should support both"); an id
 * written as a number is read as its string ("if an id is presented as a
 * number … coerce it to a string"). `content_text` becomes paragraphs;
 * `external_url` is the link when the item has no `url`. JSON Feed has no
 * feed-level date, so an undated item stays undated here (items.ts).
 */
import { parseFeedDate } from './dates.ts'
import { textToHtml } from './html.ts'
import type { ItemReading } from './items.ts'
import type { FeedReading } from './rss.ts'
import { resolveUrl } from './xml.ts'

type Json = Record<string, unknown>

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

export function readJsonFeed(doc: Json, feedUrl: string | null): FeedReading {
  const base = feedUrl ?? str(doc['feed_url']) ?? str(doc['home_page_url'])
  const version = /^https?:\/\/jsonfeed\.org\/version\/(\d+(?:\.\d+)?)/.exec(str(doc['version']) ?? '')?.[1] ?? ''
  const feedAuthors = authorsOf(doc)
  const items = Array.isArray(doc['items']) ? (doc['items'] as unknown[]) : []
  return {
    version,
    title: str(doc['title']),
    siteUrl: resolveUrl(str(doc['home_page_url']), base),
    language: str(doc['language']),
    updated: null,
    items: items.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? readItem(item as Json, base, feedAuthors) : { broken: 'not a JSON object' })),
  }
}

function readItem(item: Json, base: string | null, feedAuthors: string[]): ItemReading {
  const id = typeof item['id'] === 'number' ? String(item['id']) : str(item['id'])
  const text = str(item['content_text'])
  const authors = authorsOf(item)
  return {
    guid: id,
    url: resolveUrl(str(item['url']), base) ?? resolveUrl(str(item['external_url']), base),
    title: str(item['title']),
    contentHtml: str(item['content_html']) ?? (text ? textToHtml(text) : null),
    summaryHtml: str(item['summary']) ? textToHtml(str(item['summary'])!) : null,
    authors: authors.length ? authors : feedAuthors,
    published: parseFeedDate(str(item['date_published'])),
    modified: parseFeedDate(str(item['date_modified'])),
    imageUrl: resolveUrl(str(item['image']), base) ?? resolveUrl(str(item['banner_image']), base),
    categories: Array.isArray(item['tags']) ? [...new Set((item['tags'] as unknown[]).flatMap((t) => str(t) ?? []))] : [],
  }
}

function authorsOf(node: Json): string[] {
  const list = Array.isArray(node['authors']) ? (node['authors'] as unknown[]) : node['author'] ? [node['author']] : []
  return [...new Set(list.flatMap((a) => (a && typeof a === 'object' ? (str((a as Json)['name']) ?? []) : [])))]
}
