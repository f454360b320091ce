/**
 * RSS 0.91, 0.92 and 2.0 (`<rss><channel><item>`), with the extensions that
 * carry content: content:encoded, dc:creator, dc:date, media:*, itunes:summary
 * and itunes:image. Relative item links resolve against xml:base, else the
 * channel's link, else the feed's own address (RSS 2.0 says links are
 * absolute; feeds that break that are read as a browser would).
 * A `guid` is the item's link too when it is a permalink (RSS 2.0: "If the
 * guid element has an attribute named isPermaLink with a value of true, the
 * reader may assume that it is a permalink"; true is its default).
 */
import { parseFeedDate } from './dates.ts'
import type { ItemReading } from './items.ts'
import { attr, baseOf, child, elements, mediaImage, raw, resolveUrl, text, value, values, type XmlNode } from './xml.ts'

export interface FeedReading {
  version: string
  title: string | null
  siteUrl: string | null
  language: string | null
  updated: string | null
  items: ItemReading[]
}

export function readRss(root: XmlNode, feedUrl: string | null): FeedReading {
  const channel = child(root, 'channel') ?? {}
  const channelBase = baseOf(channel, baseOf(root, feedUrl))
  const siteUrl = resolveUrl(value(channel, 'link'), channelBase)
  const itemBase = siteUrl ?? channelBase
  // RSS puts items in the channel; a few generators put them beside it.
  const items = [...elements(channel, 'item'), ...elements(root, 'item')]
  return {
    version: attr(root, 'version') ?? '',
    title: text(channel, 'title'),
    siteUrl,
    language: value(channel, 'language'),
    updated: newestDate([value(channel, 'lastBuildDate'), value(channel, 'pubDate'), value(channel, 'dc:date')]),
    items: items.map((item) => (item ? readItem(item, baseOf(item, itemBase)) : { broken: 'an empty element' })),
  }
}

function readItem(item: XmlNode, base: string | null): ItemReading {
  const guidNode = child(item, 'guid')
  const guid = value(item, 'guid')
  const permalink = guid && attr(guidNode, 'isPermaLink')?.toLowerCase() !== 'false' ? resolveUrl(guid, base) : null
  return {
    guid,
    url: resolveUrl(value(item, 'link'), base) ?? permalink,
    title: text(item, 'title'),
    contentHtml: raw(item, 'content:encoded'),
    summaryHtml: raw(item, 'description') ?? raw(item, 'itunes:summary') ?? raw(item, 'media:description'),
    authors: authorsOf(item),
    published: parseFeedDate(value(item, 'pubDate')) ?? parseFeedDate(value(item, 'dc:date')),
    modified: parseFeedDate(value(item, 'atom:updated')) ?? parseFeedDate(value(item, 'dcterms:modified')),
    imageUrl: mediaImage(item, base),
    categories: [...new Set([...values(item, 'category'), ...values(item, 'dc:subject')])],
  }
}

/** dc:creator names; else RSS `author`, an e-mail address with the name in parentheses ("kim@example.com (Kim Lee)"). */
function authorsOf(item: XmlNode): string[] {
  const creators = values(item, 'dc:creator')
  if (creators.length) return creators
  const names = values(item, 'author').map((a) => /\(([^)]+)\)\s*$/.exec(a)?.[1]?.trim() ?? a)
  const itunes = value(item, 'itunes:author')
  return names.length ? names : itunes ? [itunes] : []
}

export function newestDate(values: (string | null)[]): string | null {
  let newest: string | null = null
  for (const v of values) {
    const date = parseFeedDate(v)
    if (date && (newest === null || date > newest)) newest = date
  }
  return newest
}
