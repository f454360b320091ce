/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { Article, Block } from '../model.ts'
import { entityNames } from './api.ts'
import { contentHtmlInJson, readAtHtml } from './content.ts'
import { escapeJson } from './json-escape.ts'
import { rfc3339 } from '../dates.ts'
import { assemble, type Envelope, type FeedChannel, type FeedDocument, type ItemContext, jsonEnvelope, type StoryFeedDocument } from './feed-model.ts'
import { cleanText } from './html-escape.ts'
import { storyContentHtml, type StoryView } from './story-content.ts'
import { articleUrl, faviconUrl, iconUrl, safeExternalUrl, storyUrl } from './urls.ts'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

export function renderJsonFeed(doc: FeedDocument): Uint8Array {
  return assemble(jsonFeedEnvelope(doc), doc.articles.map((a) => jsonFeedItem(doc, a)))
}

/** One item per story; authors are the feed's (Gazette wrote the multi-source summary). */
export function renderStoryJsonFeed(doc: StoryFeedDocument): Uint8Array {
  return assemble(jsonFeedEnvelope(doc), doc.stories.map((v) => jsonFeedStoryItem(doc, v)))
}

/** The feed object around its `items`, the last member. */
export function jsonFeedEnvelope(doc: FeedChannel): Envelope {
  return jsonEnvelope({
    version: JSON_FEED_VERSION,
    title: cleanText(doc.title),
    home_page_url: doc.pageUrl,
    feed_url: doc.selfUrl,
    description: cleanText(doc.description),
    // 1.1: icon "should be square and relatively large — such as 512 x 512"; favicon "relatively small".
    icon: iconUrl(doc.site),
    favicon: faviconUrl(doc.site),
    language: doc.language,
    authors: [{ name: cleanText(doc.publisher), url: `${doc.site}/` }],
    // 1.1: "hubs (very optional, array of objects) describes endpoints that can be used to subscribe to
    // real-time notifications from the publisher of this feed. Each object has a type and url".
    ...(doc.hub ? { hubs: [{ type: 'WebSub', url: doc.hub }] } : {}),
    items: [],
  })
}

/**
 * How an article's values are written: cleaned on the way (unsafe
 * characters removed, dates put in form), or, for an article the build
 * checked (model.ts `Article.checked`), as they are. Both give the same bytes
 * for a checked article; the second skips looking through its text again.
 */
interface ItemValues {
  /** The inside of a JSON string literal of a text. */
  inJson: (text: string) => string
  /** The body as HTML, as the inside of a JSON string literal. */
  body: (body: Block[]) => string
  clean: (text: string) => string
  date: (iso: string) => string
}
const UNCHECKED: ItemValues = { inJson: escapeJson, body: contentHtmlInJson, clean: cleanText, date: rfc3339 }
const CHECKED: ItemValues = { inJson: escapeJson.checked, body: contentHtmlInJson.checked, clean: (text) => text, date: (iso) => iso }

/**
 * One article's item, as JSON text, written directly: the members in the
 * order JSON.stringify would write them, no whitespace. The body is made
 * HTML and written as a JSON string in one pass (content.ts
 * `contentHtmlInJson`); text goes through `escapeJson` inside quotes
 * (`jsonString`), values that are never escaped (ids, URLs, slugs) through
 * JSON.stringify.
 */
export function jsonFeedItem(doc: ItemContext, a: Article): string {
  const w = a.checked ? CHECKED : UNCHECKED
  const names = a.authors.length > 0 ? a.authors : a.source ? [a.source] : []
  const external = safeExternalUrl(a.externalUrl)
  return (
    `{"id":${JSON.stringify(a.guid)},"url":${JSON.stringify(articleUrl(doc.site, a.id))}` +
    (external ? `,"external_url":${JSON.stringify(external)}` : '') +
    `,"title":"${w.inJson(a.title)}","summary":"${w.inJson(a.summary)}"` +
    // 1.1: "content_html and content_text are each optional strings — but one or both must be
    // present": the body once, as HTML (the JSON API has both forms).
    `,"content_html":"${w.body(a.body)}${w.inJson(readAtHtml(a))}"` +
    `,"date_published":"${w.date(a.published)}","date_modified":"${w.date(a.modified)}"` +
    // 1.1: "authors (optional, array of objects)"; an article without named authors is credited to its outlet.
    (names.length > 0 ? `,"authors":[${names.map((name) => `{"name":"${w.inJson(name)}"}`).join(',')}]` : '') +
    `,"tags":${JSON.stringify(entityNames(a, w.clean))},"language":${JSON.stringify(a.language)}` +
    // "Publishers can use custom objects in JSON Feeds. Names must start with an _ character
    // followed by a letter ... Feed readers that do not understand a given custom object must ignore it."
    `,"_gazette":${JSON.stringify(gazetteExtension(doc, a, w.clean))}}`
  )
}

function gazetteExtension(doc: ItemContext, a: Article, clean: (text: string) => string) {
  return {
    about: `${doc.site}/api`,
    id: a.id,
    topics: a.topics,
    story: a.story,
    source: a.source === null ? null : clean(a.source),
    seed: a.seed,
    duplicates: a.duplicates,
    outlets: (a.outlets ?? []).map(clean),
    word_count: a.wordCount,
  }
}

/** One story's item, as JSON text. */
export const jsonFeedStoryItem = (doc: ItemContext, v: StoryView): string => JSON.stringify(storyItem(doc, v))

function storyItem(doc: ItemContext, v: StoryView) {
  const s = v.story
  return {
    id: s.guid,
    url: storyUrl(doc.site, s.id),
    title: cleanText(s.title),
    summary: cleanText(s.summary),
    content_html: storyContentHtml(doc.site, v),
    date_published: rfc3339(s.dateStart),
    date_modified: rfc3339(s.dateEnd),
    _gazette: {
      about: `${doc.site}/api`,
      id: s.id,
      topics: s.topics,
      articles: s.articles,
      sources: s.outlets.map(cleanText),
      unnamed_sources: s.unnamed,
      api: `${doc.site}/api/stories/${encodeURIComponent(s.id)}`,
    },
  }
}
