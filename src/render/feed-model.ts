/**
 * What every feed renderer receives: plain data, already selected and
 * ordered. Renderers are pure functions of it (no clock, no I/O), so one
 * catalog and one URL always give the same bytes.
 */
import type { Article, Topic } from '../model.ts'

export interface FeedDocument {
  /** Site base URL, no trailing slash: `https://gazette.example`. */
  site: string
  title: string
  /** Who publishes the feed (the site's title): the feed-level author. */
  publisher: string
  description: string
  /** BCP 47 tag of the feed as a whole. */
  language: string
  /** The URL this document is served at, query included (RSS atom:link self, Atom self, JSON Feed feed_url). */
  selfUrl: string
  /** The HTML page showing the same articles. */
  pageUrl: string
  /** ISO 8601 UTC: the newest `modified` of the articles shown, else of the catalog. */
  updated: string
  /** Newest first. */
  articles: Article[]
  /** Every topic of the catalog, to label article topics. */
  topics: Topic[]
}

export const GENERATOR = 'Gazette'

/** Topic titles by slug, falling back to the slug for a topic the catalog no longer lists. */
export function topicTitle(doc: FeedDocument, slug: string): string {
  return doc.topics.find((t) => t.slug === slug)?.title ?? slug
}
