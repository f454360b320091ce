/**
 * OPML 2.0 (http://opml.org/spec2.opml): a subscription list of every feed, so
 * a reader imports them all in one step. RSS feeds are listed: the spec's
 * subscription lists name `type="rss"`, and it is the format every reader
 * imports.
 */
import { rfc822 } from '../dates.ts'
import type { Topic } from '../model.ts'
import { STORIES_TITLE } from './story-content.ts'
import { feedUrl, homeUrl, storiesUrl, storyFeedUrl, topicUrl } from './urls.ts'
import { escapeXml as x } from './xml-escape.ts'

export interface OpmlDocument {
  site: string
  title: string
  /** ISO 8601 UTC: the newest article, so the bytes change only with the catalog. */
  updated: string
  topics: Topic[]
}

/**
 * "Required attributes: type, text, xmlUrl. For outline elements whose type
 * is rss, the text attribute should initially be the top-level title element
 * in the feed being pointed to"; htmlUrl is "the top-level link element".
 */
function outline(text: string, xmlUrl: string, htmlUrl: string): string {
  return `<outline type="rss" version="RSS2" text="${x(text)}" title="${x(text)}" xmlUrl="${x(xmlUrl)}" htmlUrl="${x(htmlUrl)}"/>`
}

export function renderOpml(doc: OpmlDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '<head>',
    `<title>${x(`${doc.title}: every feed`)}</title>`,
    // "dateModified is a date-time, indicating when the document was last modified" (RFC 822).
    `<dateModified>${rfc822(doc.updated)}</dateModified>`,
    '<docs>http://opml.org/spec2.opml</docs>',
    '</head>',
    '<body>',
    outline(doc.title, feedUrl(doc.site, 'rss'), homeUrl(doc.site)),
    outline(`${doc.title}: ${STORIES_TITLE}`, storyFeedUrl(doc.site, 'rss'), storiesUrl(doc.site)),
    ...doc.topics.map((t) => outline(`${doc.title}: ${t.title}`, feedUrl(doc.site, 'rss', t.slug), topicUrl(doc.site, t.slug))),
    '</body>',
    '</opml>',
  ]
  return lines.join('\n') + '\n'
}
