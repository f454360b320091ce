/** Absolute addresses of Gazette's own resources, from the site's base URL (no trailing slash). */

export type FeedFormat = 'rss' | 'atom' | 'json'

export const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
}

export const homeUrl = (site: string): string => `${site}/`
export const articleUrl = (site: string, id: string): string => `${site}/articles/${encodeURIComponent(id)}`
export const topicUrl = (site: string, slug: string): string => `${site}/topics/${encodeURIComponent(slug)}`

export const storiesUrl = (site: string): string => `${site}/stories`
export const storyUrl = (site: string, id: string): string => `${storiesUrl(site)}/${encodeURIComponent(id)}`

export function feedUrl(site: string, format: FeedFormat, topic?: string): string {
  return topic === undefined ? `${site}/${FEED_FILES[format]}` : `${topicUrl(site, topic)}/${FEED_FILES[format]}`
}

/** The story feeds: one entry per story, at /stories/feed.xml and its siblings. */
export const storyFeedUrl = (site: string, format: FeedFormat): string => `${storiesUrl(site)}/${FEED_FILES[format]}`

/**
 * An article's original address, only if it is an absolute http(s) URL:
 * anything else (`javascript:`, `data:`, relative paths) from untrusted input
 * must never become a link.
 */
export function safeExternalUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}
