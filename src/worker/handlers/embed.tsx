/**
 * For dashboards on other sites: the embed pages (/embed, /topics/{slug}/embed),
 * the only answers that may be framed (security.ts), and the <gazette-feed> web component
 * (/widget.js), built from src/widget/ into the static assets.
 */
import type { Handler } from 'hono'
import { newest } from '../../dates.ts'
import { renderEmbedPage } from '../../render/pages/embed.tsx'
import { homeUrl, topicUrl } from '../../render/urls.ts'
import { widgetPath } from '../../served/index.ts'
import { fetchText, loadArticles } from '../../served/read.ts'
import type { AppEnv } from '../env.ts'
import { respond } from '../http.ts'
import { canonicalQuery } from '../params.ts'
import { selectArticles } from '../select.ts'

export const embedPage: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters, topic } = c.var.checked
  const selection = await selectArticles(c.env.ASSETS, catalog, filters, topic?.slug)
  const articles = await loadArticles(c.env.ASSETS, catalog, selection.positions)
  // The full page of the same selection: the filters a home or topic page takes.
  const query = canonicalQuery(filters, topic ? 'topic-feed' : 'page')
  const pageUrl = (topic ? topicUrl(site.url, topic.slug) : homeUrl(site.url)) + (query ? `?${query}` : '')
  // Named after the topic it shows: the path's, or those `topic=` asks for.
  const named = topic ? [topic.title] : filters.topic.map((slug) => catalog.topics.get(slug)?.title ?? slug)
  const body = renderEmbedPage({
    site,
    title: named.length > 0 ? `${site.title}: ${named.join(' or ')}` : site.title,
    pageUrl,
    articles,
    theme: filters.theme,
    summary: filters.summary,
    compact: filters.compact,
  })
  const lastModified = newest(articles.map((a) => a.modified)) ?? catalog.newest
  // Any site may frame it, and its one script runs by hash: security.ts sets that for every embed path.
  return respond(c.req.raw, { body, type: 'text/html', lastModified })
}

/**
 * RFC 9111 §5.2.2.1: the module's URL has no version, so a day, then a week
 * of serving the old one while revalidating (RFC 5861).
 */
const CACHE_WIDGET = 'public, max-age=86400, stale-while-revalidate=604800'

/** The module as the build copied it; CORS (app.ts) lets a page on any origin load it as `type="module"`. */
export const widget: Handler<AppEnv> = async (c) => {
  const source = await fetchText(c.env.ASSETS, widgetPath())
  if (source === undefined) throw new Error(`widget: ${widgetPath()} is missing from the static assets (run npm run build)`)
  return respond(c.req.raw, {
    body: source,
    type: 'text/javascript',
    extraHeaders: { 'Cache-Control': CACHE_WIDGET },
  })
}
