/** The frame of every HTML page: head with feed autodiscovery, topic navigation, feed links. */
import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import type { Topic } from '../../model.ts'
import { cleanText } from '../html-escape.ts'
import { STORIES_TITLE } from '../story-content.ts'
import { FEED_FORMATS, FEED_TYPES, type FeedFormat } from '../../worker/routes.ts'
import { apiUrl, feedUrl, homeUrl, storiesUrl, storyFeedUrl, topicUrl } from '../urls.ts'
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
  topics: Topic[]
  /** The topic being shown, for aria-current. */
  current?: string
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

export function Layout(p: LayoutProps) {
  const pageTitle = cleanText(p.title === p.site.title ? p.title : `${p.title} · ${p.site.title}`)
  return (
    <html lang={p.site.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pageTitle}</title>
        <meta name="description" content={cleanText(p.description ?? p.site.description)} />
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
              {p.topics.map((t) => (
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
            <a href={apiUrl(p.site.url)}>JSON API</a>.
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
