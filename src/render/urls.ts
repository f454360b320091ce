/**
 * Absolute addresses of Gazette's own resources, from the site's base URL (no
 * trailing slash), built from the route table's paths.
 */

import { type FeedFormat, feedRoute, pathOf, ROUTE, type RouteName } from '../worker/routes.ts'

const at = (site: string, name: RouteName, params?: Record<string, string>): string => site + pathOf(ROUTE[name], params)

export const homeUrl = (site: string): string => at(site, 'homePage')
export const articleUrl = (site: string, id: string): string => at(site, 'articlePage', { id })
export const topicUrl = (site: string, slug: string): string => at(site, 'topicPage', { slug })
export const storiesUrl = (site: string): string => at(site, 'storiesPage')
export const storyUrl = (site: string, id: string): string => at(site, 'storyPage', { id })
export const apiUrl = (site: string): string => at(site, 'api')
export const contractUrl = (site: string): string => at(site, 'openapi')
export const opmlUrl = (site: string): string => at(site, 'opml')
export const apiTopicsUrl = (site: string): string => at(site, 'topics')
export const iconUrl = (site: string): string => at(site, 'iconPng')
export const logoUrl = (site: string): string => at(site, 'logoPng')
export const faviconUrl = (site: string): string => at(site, 'favicon')

export function feedUrl(site: string, format: FeedFormat, topic?: string): string {
  return topic === undefined ? site + pathOf(feedRoute('feed', format)) : site + pathOf(feedRoute('topicFeed', format), { slug: topic })
}

/** The story feeds: one entry per story, at /stories/feed.xml and its siblings. */
export const storyFeedUrl = (site: string, format: FeedFormat): string => site + pathOf(feedRoute('storyFeed', format))

/**
 * A URL from outside (an article's original address, a configured hub), only
 * if it is an absolute http(s) URL: anything else (`javascript:`, `data:`,
 * relative paths) must never become a link or a target.
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
