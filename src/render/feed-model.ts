/**
 * What every feed renderer receives: plain data, already selected and
 * ordered. Renderers are pure functions of it (no clock, no I/O), so one
 * catalog and one URL always give the same bytes.
 */
import type { Article, Topic } from '../model.ts'
import type { StoryView } from './story-content.ts'

/** What every feed says about itself, whatever its entries are. */
export interface FeedChannel {
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
  /** The HTML page showing the same entries. */
  pageUrl: string
  /** ISO 8601 UTC: the newest date of the entries shown, else of the catalog. */
  updated: string
  /** Every topic of the catalog, to label entry topics. */
  topics: Topic[]
  /** The WebSub hub to announce (WEBSUB_HUB), if one is configured. */
  hub?: string | null
}

/** A feed of articles; `updated` is the newest `modified`. */
export interface FeedDocument extends FeedChannel {
  /** Newest first. */
  articles: Article[]
}

/** A feed with one entry per story; `updated` is the newest `dateEnd`. */
export interface StoryFeedDocument extends FeedChannel {
  /** Newest first (`dateEnd` descending, then id). */
  stories: StoryView[]
}

export const GENERATOR = 'Gazette'

/** Topic titles by slug, falling back to the slug for a topic the catalog no longer lists. */
export function topicTitle(doc: FeedChannel, slug: string): string {
  return doc.topics.find((t) => t.slug === slug)?.title ?? slug
}
