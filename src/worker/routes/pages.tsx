/** HTML pages: home, topic, article. Server-rendered, readable without JavaScript. */
import { type Context, Hono } from 'hono'
import { newest } from '../../render/dates.ts'
import { renderArticlePage } from '../../render/pages/article.tsx'
import { renderHomePage } from '../../render/pages/home.tsx'
import { renderTopicPage } from '../../render/pages/topic.tsx'
import { loadArticles } from '../catalog.ts'
import type { AppEnv } from '../env.ts'
import { htmlError } from '../errors.ts'
import { respond } from '../http.ts'
import { checkRequest } from '../request.ts'
import { selectEntries } from '../select.ts'

export const pages = new Hono<AppEnv>()

/** Pages render untrusted text: no script runs on them at all, and nothing loads from elsewhere. */
const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'",
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

const html = (c: Context<AppEnv>, body: string, lastModified: string) =>
  respond(c.req.raw, { body, type: 'text/html', lastModified, cors: false, extraHeaders: PAGE_HEADERS })

pages.get('/', async (c) => {
  const checked = await checkRequest(c, 'page', 'html')
  if (checked instanceof Response) return checked
  const { catalog, site, filters, query } = checked
  const selection = await selectEntries(c.env, catalog, filters)
  const articles = await loadArticles(c.env, selection.entries)
  const body = renderHomePage({ site, articles, topics: catalog.index.topics, query, q: filters.q.join(' '), total: selection.total })
  return html(c, body, newest(articles.map((a) => a.modified)) ?? catalog.newest)
})

pages.get('/topics/:slug', async (c) => {
  const checked = await checkRequest(c, 'topic-feed', 'html', c.req.param('slug'), (s) => `/topics/${encodeURIComponent(s)}`)
  if (checked instanceof Response) return checked
  const { catalog, site, filters, query, topic } = checked
  const selection = await selectEntries(c.env, catalog, filters, topic!.slug)
  const articles = await loadArticles(c.env, selection.entries)
  const body = renderTopicPage({ site, topic: topic!, articles, topics: catalog.index.topics, query })
  return html(c, body, newest(articles.map((a) => a.modified)) ?? catalog.newest)
})

pages.get('/articles/:id', async (c) => {
  const checked = await checkRequest(c, 'item', 'html')
  if (checked instanceof Response) return checked
  const { catalog, site } = checked
  const id = c.req.param('id')
  const position = catalog.positions.get(id)
  if (position === undefined) return htmlError(404, site, catalog.index.topics, `There is no article ${JSON.stringify(id)}.`)
  const [article] = await loadArticles(c.env, [catalog.index.articles[position]!])
  return html(c, renderArticlePage({ site, article: article!, topics: catalog.index.topics }), article!.modified)
})
