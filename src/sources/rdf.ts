/**
 * RSS 1.0 and RSS 0.90, both RDF (`<rdf:RDF><channel/><item/>…`): items are
 * the channel's siblings, not its children. An item's `rdf:about` is its
 * identity (RSS 1.0 §5.5: "The item's URI"); its date is dc:date (the Dublin
 * Core module), its author dc:creator, its full text content:encoded.
 */
import { parseFeedDate } from './dates.ts'
import type { ItemReading } from './items.ts'
import { type FeedReading, newestDate } from './rss.ts'
import { attr, baseOf, child, elements, mediaImage, raw, resolveUrl, text, value, values, type XmlNode } from './xml.ts'

export function readRdf(root: XmlNode, feedUrl: string | null): FeedReading {
  const channel = child(root, 'channel') ?? {}
  const base = baseOf(root, feedUrl)
  const siteUrl = resolveUrl(value(channel, 'link'), base)
  const itemBase = siteUrl ?? base
  return {
    version: child(root, 'channel') && attr(channel, 'rdf:about') !== null ? '1.0' : '0.90',
    title: text(channel, 'title'),
    siteUrl,
    language: value(channel, 'dc:language'),
    updated: newestDate([value(channel, 'dc:date')]),
    items: elements(root, 'item').map((item) => (item ? readItem(item, baseOf(item, itemBase)) : { broken: 'an empty element' })),
  }
}

function readItem(item: XmlNode, base: string | null): ItemReading {
  return {
    guid: attr(item, 'rdf:about'),
    url: resolveUrl(value(item, 'link'), base) ?? resolveUrl(attr(item, 'rdf:about'), base),
    title: text(item, 'title'),
    contentHtml: raw(item, 'content:encoded'),
    summaryHtml: raw(item, 'description') ?? raw(item, 'dc:description'),
    authors: values(item, 'dc:creator'),
    published: parseFeedDate(value(item, 'dc:date')),
    modified: parseFeedDate(value(item, 'dcterms:modified')),
    imageUrl: mediaImage(item, base),
    categories: values(item, 'dc:subject'),
  }
}
