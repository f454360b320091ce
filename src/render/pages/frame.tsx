/** The frame of every HTML page: head with feed autodiscovery, topic navigation, feed links. */
import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import type { Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { STORIES_TITLE } from '../story-content.ts'
import { FEED_FORMATS, FEED_TYPES, type FeedFormat } from '../../worker/routes.ts'
import { apiUrl, faviconUrl, feedUrl, homeUrl, iconUrl, opmlUrl, storiesUrl, storyFeedUrl, topicUrl } from '../urls.ts'
import { STYLE } from './style.ts'

export interface FeedLink {
  title: string
  format: FeedFormat
  href: string
}

export interface LayoutProps {
  site: { url: string; title: string; description: string; language: string }
  title: string
  /** What this page is about, for <meta name="description">; the site's description when absent. */
  description?: string
  /** Topics with no articles (count 0) are left out of the navigation, unless shown. */
  topics: (Topic & { count?: number })[]
  /** The topic being shown, for aria-current; `stories` marks the Stories link (a slug is never empty, so '' marks none). */
  current?: string
  /** The page's canonical URL (query included): `<link rel="canonical">` and og:url. None on error pages. */
  canonical?: string
  /** Open Graph type: an article page is `article`, the rest `website`. */
  kind?: 'article' | 'website'
  /** Feeds of what this page shows: announced with <link rel="alternate"> and linked in the footer. */
  feeds: FeedLink[]
  children?: Child
}

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' }

export function feedLinks(title: string, site: string, topic?: string, query = ''): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    title: `${title} (${FORMAT_NAMES[format]})`,
    format,
    href: feedUrl(site, format, topic) + (query ? `?${query}` : ''),
  }))
}

/** The story feeds, titled after the site: "Gazette: Stories (RSS)". */
export function storyFeedLinks(siteTitle: string, site: string, query = ''): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    title: `${siteTitle}: ${STORIES_TITLE} (${FORMAT_NAMES[format]})`,
    format,
    href: storyFeedUrl(site, format) + (query ? `?${query}` : ''),
  }))
}

/** What `current` is for the stories pages (not a slug: slugs have no space). */
export const STORIES_CURRENT = ' stories'

export function Layout(p: LayoutProps) {
  const pageTitle = cleanText(p.title === p.site.title ? p.title : `${p.title} · ${p.site.title}`)
  const description = cleanText(p.description ?? p.site.description)
  // An empty topic leads only to "No articles match": it stays out of the navigation (the home page lists it, marked).
  const navTopics = p.topics.filter((t) => t.count !== 0 || t.slug === p.current)
  return (
    <html lang={p.site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        <meta name="description" content={description} />
        {p.canonical ? <link rel="canonical" href={p.canonical} /> : null}
        <link rel="icon" href={faviconUrl(p.site.url)} sizes="32x32" />
        <link rel="icon" href={`${p.site.url}/icon.svg`} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={iconUrl(p.site.url)} />
        {/* Open Graph (https://ogp.me/): "og:title, og:type, og:image, og:url" are the required four. */}
        <meta property="og:site_name" content={cleanText(p.site.title)} />
        <meta property="og:title" content={cleanText(p.title)} />
        <meta property="og:description" content={description} />
        <meta property="og:type" content={p.kind ?? 'website'} />
        {p.canonical ? <meta property="og:url" content={p.canonical} /> : null}
        <meta property="og:image" content={iconUrl(p.site.url)} />
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={cleanText(p.title)} />
        <meta name="twitter:description" content={description} />
        {p.feeds.map((f) => (
          <link rel="alternate" type={FEED_TYPES[f.format]} title={cleanText(f.title)} href={f.href} />
        ))}
        {/* Our own constant stylesheet, never article text: hono/jsx would escape its '>' and quotes. */}
        <style>{raw(STYLE)}</style>
      </head>
      <body>
        <header>
          <a class="brand" href={homeUrl(p.site.url)}>
            {cleanText(p.site.title)}
          </a>
          <nav aria-label="Topics">
            <ul>
              <li>
                <a href={storiesUrl(p.site.url)} aria-current={p.current === STORIES_CURRENT ? 'page' : undefined}>
                  {STORIES_TITLE}
                </a>
              </li>
              {navTopics.map((t) => (
                <li>
                  <a href={topicUrl(p.site.url, t.slug)} aria-current={t.slug === p.current ? 'page' : undefined}>
                    {cleanText(t.title)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>{p.children}</main>
        <footer>
          <h2>Subscribe</h2>
          <ul class="feeds">
            {p.feeds.map((f) => (
              <li>
                <a href={f.href} type={FEED_TYPES[f.format]}>
                  {cleanText(f.title)}
                </a>
              </li>
            ))}
          </ul>
          <p class="meta">
            Every topic has its own feeds, and so do <a href={storiesUrl(p.site.url)}>stories</a>; programs can use the{' '}
            <a href={apiUrl(p.site.url)}>JSON API</a>. To follow them all at once, import the{' '}
            <a href={opmlUrl(p.site.url)} type="text/x-opml">list of every feed (OPML)</a> into your reader.
          </p>
        </footer>
      </body>
    </html>
  )
}

/** The search box of a list page: a GET form whose `q` the page's filters read. */
export function SearchForm(p: { action: string; label: string; q: string }) {
  return (
    <form action={p.action} method="get" role="search">
      <label for="q" class="meta">
        {p.label}
      </label>
      <input type="search" id="q" name="q" value={cleanText(p.q)} />
      <button type="submit">Search</button>
    </form>
  )
}
