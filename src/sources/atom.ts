/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 (its draft: `issued`/`modified`/`created`,
 * `content mode="escaped|xml|base64"`). Text constructs follow RFC 4287 §3.1:
 * `type="text"` (the default) is plain text, `html` is escaped HTML, `xhtml`
 * is markup inside a div. Links and ids resolve against xml:base (§2: "Any
 * element defined by this specification MAY have an xml:base attribute"),
 * entry over feed over the document's address. An entry with no author takes
 * the feed's (§4.1.1: "If an atom:entry element does not contain atom:author
 * elements, then the atom:author elements of the contained atom:source element
 * are considered to apply … [else] those of the enclosing atom:feed").
 */
import { Buffer } from 'node:buffer'
import { parseFeedDate } from './dates.ts'
import { plainText, textToHtml, xmlText } from './html.ts'
import type { ItemReading } from './items.ts'
import type { FeedReading } from './rss.ts'
import { newestDate } from './rss.ts'
import { attr, baseOf, child, children, elements, mediaImage, resolveUrl, text, value, type XmlNode } from './xml.ts'

export function readAtom(root: XmlNode, feedUrl: string | null): FeedReading {
  const documentBase = baseOf(root, feedUrl)
  const siteUrl = alternateLink(root, documentBase)
  // With no address for the document, relative entry links resolve against the feed's own
  // alternate link, as readers do (GitHub's release feeds give entry links as paths).
  const base = documentBase ?? siteUrl
  const version = attr(root, 'version') === '0.3' ? '0.3' : '1.0'
  const feedAuthors = authorsOf(root)
  return {
    version,
    title: constructText(child(root, 'title')),
    siteUrl,
    language: attr(root, 'xml:lang'),
    updated: newestDate([value(root, 'updated'), value(root, 'modified')]),
    items: elements(root, 'entry').map((entry) => (entry ? readEntry(entry, baseOf(entry, base), feedAuthors) : { broken: 'an empty element' })),
  }
}

function readEntry(entry: XmlNode, base: string | null, feedAuthors: string[]): ItemReading {
  const authors = authorsOf(entry)
  const published = parseFeedDate(value(entry, 'published')) ?? parseFeedDate(value(entry, 'issued')) ?? parseFeedDate(value(entry, 'created'))
  const modified = parseFeedDate(value(entry, 'updated')) ?? parseFeedDate(value(entry, 'modified'))
  const enclosure = children(entry, 'link').find((l) => attr(l, 'rel') === 'enclosure' && (attr(l, 'type') ?? '').startsWith('image/'))
  return {
    guid: value(entry, 'id'),
    url: alternateLink(entry, base),
    title: constructText(child(entry, 'title')),
    contentHtml: constructHtml(child(entry, 'content')),
    summaryHtml: constructHtml(child(entry, 'summary')),
    authors: authors.length ? authors : feedAuthors,
    published,
    modified,
    imageUrl: mediaImage(entry, base) ?? resolveUrl(attr(enclosure ?? null, 'href'), base),
    categories: [...new Set(children(entry, 'category').flatMap((c) => attr(c, 'label') ?? attr(c, 'term') ?? []))],
  }
}

/** RFC 4287 §4.2.7.2: rel "alternate" is the default; an HTML alternate is preferred over others. */
function alternateLink(node: XmlNode, base: string | null): string | null {
  const alternates = children(node, 'link').filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate')
  const chosen = alternates.find((l) => (attr(l, 'type') ?? 'text/html') === 'text/html') ?? alternates[0]
  return chosen ? resolveUrl(attr(chosen, 'href'), baseOf(chosen, base)) : null
}

function authorsOf(node: XmlNode): string[] {
  return [...new Set(children(node, 'author').flatMap((a) => text(a, 'name') ?? []))]
}

/** A text construct as HTML (RFC 4287 §3.1; Atom 0.3's `mode` too); null when absent, empty or out of line (`src`). */
function constructHtml(node: XmlNode | null): string | null {
  if (!node || attr(node, 'src')) return null
  const rawText = typeof node['#text'] === 'string' ? node['#text'] : ''
  const type = (attr(node, 'type') ?? 'text').toLowerCase()
  const mode = attr(node, 'mode')
  let html: string
  if (mode === 'base64') html = Buffer.from(xmlText(rawText), 'base64').toString('utf8')
  else if (type === 'xhtml' || mode === 'xml' || type === 'application/xhtml+xml') html = rawText // markup as it stands
  else if (type === 'html' || type === 'text/html' || mode === 'escaped') html = xmlText(rawText)
  else html = textToHtml(xmlText(rawText))
  return html.trim() || null
}

/** A text construct as plain text: a title. */
function constructText(node: XmlNode | null): string | null {
  const html = constructHtml(node)
  if (html === null) return null
  return plainText(html) || null
}
