/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with the Atom, content
 * and Dublin Core modules, written to pass the W3C Feed Validation Service
 * without warnings.
 */
import type { Article } from '../model.ts'
import { contentHtmlInXml, readAtHtml } from './content.ts'
import { rfc822 } from '../dates.ts'
import { assemble, type Envelope, type FeedChannel, type FeedDocument, GENERATOR, type ItemContext, type StoryFeedDocument, topicTitle } from './feed-model.ts'
import { storyContentHtml, type StoryView } from './story-content.ts'
import { STYLESHEET_PI } from './feed-style.ts'
import { articleUrl, logoUrl, storyUrl } from './urls.ts'
import { escapeHtmlInXml, escapeXml as x } from './xml-escape.ts'

const NAMESPACES = [
  'xmlns:atom="http://www.w3.org/2005/Atom"',
  'xmlns:content="http://purl.org/rss/1.0/modules/content/"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ')

export function renderRss(doc: FeedDocument): Uint8Array {
  return assemble(rssEnvelope(doc), doc.articles.map((a) => rssItem(doc, a)))
}

/** One item per story, linking its page; the content links every article. */
export function renderStoryRss(doc: StoryFeedDocument): Uint8Array {
  return assemble(rssEnvelope(doc), doc.stories.map((v) => rssStoryItem(doc, v)))
}

/** The channel around its items; each item ends its own line. */
export function rssEnvelope(doc: FeedChannel): Envelope {
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    STYLESHEET_PI,
    `<rss version="2.0" ${NAMESPACES}>`,
    '<channel>',
    `<title>${x(doc.title)}</title>`,
    `<link>${x(doc.pageUrl)}</link>`,
    `<description>${x(doc.description)}</description>`,
    `<language>${x(doc.language)}</language>`,
    // "The last time the content of the channel changed": the newest entry, never the clock.
    `<lastBuildDate>${rfc822(doc.updated)}</lastBuildDate>`,
    `<docs>https://www.rssboard.org/rss-specification</docs>`,
    `<generator>${GENERATOR}</generator>`,
    // RSS Best Practices Profile / W3C validator "Missing atom:link with rel=self":
    // the URL this document was requested at, query included.
    `<atom:link href="${x(doc.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    // WebSub §4: "the <atom:link> element with rel=\"hub\"" names the hub in an RSS feed.
    ...(doc.hub ? [`<atom:link href="${x(doc.hub)}" rel="hub"/>`] : []),
    // RSS 2.0 <image>: "url is the URL of a GIF, JPEG or PNG image that represents the channel";
    // "in practice the image <title> and <link> should have the same value as the channel's".
    `<image><url>${x(logoUrl(doc.site))}</url><title>${x(doc.title)}</title><link>${x(doc.pageUrl)}</link><width>144</width><height>72</height></image>`,
  ]
  return { head: head.map((line) => line + '\n').join(''), separator: '', tail: '</channel>\n</rss>\n' }
}

export function rssItem(doc: ItemContext, a: Article): string {
  // An article the build checked (model.ts `Article.checked`) has no unsafe character to look for.
  const text = a.checked ? x.checked : x
  return (
    '<item>\n' +
    // Plain text: the validator warns "title should not contain HTML", so the title is escaped once.
    `<title>${text(a.title)}</title>\n` +
    `<link>${x(articleUrl(doc.site, a.id))}</link>\n` +
    // "An item may also be complete in itself, if so, the description contains the text
    // (entity-encoded HTML is allowed)": the summary is text, so it is made HTML, then XML.
    `<description>${a.checked ? escapeHtmlInXml.checked(a.summary) : escapeHtmlInXml(a.summary)}</description>\n` +
    `<content:encoded>${a.checked ? contentHtmlInXml.checked(a.body) : contentHtmlInXml(a.body)}${x(readAtHtml(a))}</content:encoded>\n` +
    // <author> must be an email address; names go in dc:creator (RSS Best Practices Profile §author).
    a.authors.map((name) => `<dc:creator>${text(name)}</dc:creator>\n`).join('') +
    a.topics.map((slug) => `<category>${x(topicTitle(doc, slug))}</category>\n`).join('') +
    // A urn:uuid is not a URL: "If the guid element has an attribute named isPermaLink with a
    // value of true, the reader may assume that it is a permalink".
    `<guid isPermaLink="false">${x(a.guid)}</guid>\n` +
    `<pubDate>${rfc822(a.published)}</pubDate>\n` +
    '</item>\n'
  )
}

export function rssStoryItem(doc: ItemContext, v: StoryView): string {
  const s = v.story
  const parts = [
    '<item>',
    `<title>${x(s.title)}</title>`,
    `<link>${x(storyUrl(doc.site, s.id))}</link>`,
    `<description>${escapeHtmlInXml(s.summary)}</description>`,
    `<content:encoded>${x(storyContentHtml(doc.site, v))}</content:encoded>`,
    ...s.topics.map((slug) => `<category>${x(topicTitle(doc, slug))}</category>`),
    `<guid isPermaLink="false">${x(s.guid)}</guid>`,
    // RSS has one date: the story's latest report, so a story that grows comes back to the top.
    `<pubDate>${rfc822(s.dateEnd)}</pubDate>`,
    '</item>',
  ]
  return parts.map((line) => line + '\n').join('')
}
