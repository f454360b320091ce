/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { Article } from '../model.ts'
import { entityNames } from './api.ts'
import { contentHtml, contentText } from './content.ts'
import { rfc3339 } from './dates.ts'
import type { FeedDocument } from './feed-model.ts'
import { cleanText } from './html-escape.ts'
import { articleUrl, safeExternalUrl } from './urls.ts'

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

export function renderJsonFeed(doc: FeedDocument): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: cleanText(doc.title),
    home_page_url: doc.pageUrl,
    feed_url: doc.selfUrl,
    description: cleanText(doc.description),
    language: doc.language,
    authors: [{ name: cleanText(doc.publisher), url: `${doc.site}/` }],
    items: doc.articles.map((a) => item(doc, a)),
  }
  return JSON.stringify(feed, null, 2) + '\n'
}

function item(doc: FeedDocument, a: Article) {
  const names = a.authors.length > 0 ? a.authors : a.source ? [a.source] : []
  const external = safeExternalUrl(a.externalUrl)
  return {
    id: a.guid,
    url: articleUrl(doc.site, a.id),
    ...(external ? { external_url: external } : {}),
    title: cleanText(a.title),
    summary: cleanText(a.summary),
    content_html: contentHtml(a.body),
    content_text: contentText(a.body),
    date_published: rfc3339(a.published),
    date_modified: rfc3339(a.modified),
    // 1.1: "authors (optional, array of objects)"; an article without named authors is credited to its outlet.
    ...(names.length > 0 ? { authors: names.map((name) => ({ name: cleanText(name) })) } : {}),
    tags: entityNames(a),
    language: a.language,
    // "Publishers can use custom objects in JSON Feeds. Names must start with an _ character
    // followed by a letter ... Feed readers that do not understand a given custom object must ignore it."
    _gazette: {
      about: `${doc.site}/api`,
      id: a.id,
      topics: a.topics,
      story: a.story,
      source: a.source === null ? null : cleanText(a.source),
      seed: a.seed,
      duplicates: a.duplicates,
      word_count: a.wordCount,
    },
  }
}
