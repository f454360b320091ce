/** The JSON API: articles and stories (filtered, paged), one of each, topics, and its own documentation. */
import { Hono } from 'hono'
import { apiArticle, apiStory } from '../../render/api.ts'
import { newest } from '../../render/dates.ts'
import { feedUrl, topicUrl } from '../../render/urls.ts'
import { loadArticles, loadStories } from '../../served/read.ts'
import { exampleValues, fillExample, ROUTES } from '../docs.ts'
import type { AppEnv } from '../env.ts'
import { jsonError } from '../errors.ts'
import { respond } from '../http.ts'
import { encodeCursor, parameterDocs } from '../params.ts'
import { checkRequest } from '../request.ts'
import { type Selection, selectEntries, selectStories } from '../select.ts'

export const api = new Hono<AppEnv>()

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'

/** One page of a list, the same shape for articles and stories: {items, next_cursor, total}. */
const listBody = (items: unknown[], selection: Selection<unknown>): string =>
  json({ items, next_cursor: selection.next ? encodeCursor(selection.next) : null, total: selection.total })

api.get('/api', async (c) => {
  const checked = await checkRequest(c, 'item', 'json')
  if (checked instanceof Response) return checked
  const values = exampleValues(checked.catalog.index)
  const fill = <T extends { example: string }>(doc: T): T => ({ ...doc, example: fillExample(doc.example, values) })
  const body = json({ routes: ROUTES.map(fill), parameters: parameterDocs().map(fill) })
  return respond(c.req.raw, { body, type: 'application/json', lastModified: checked.catalog.newest, cors: true })
})

api.get('/api/articles', async (c) => {
  const checked = await checkRequest(c, 'list', 'json')
  if (checked instanceof Response) return checked
  const { catalog, site, filters } = checked
  const selection = await selectEntries(c.env.ASSETS, catalog, filters)
  const articles = await loadArticles(c.env.ASSETS, selection.entries)
  const body = listBody(articles.map((a) => apiArticle(site.url, a)), selection)
  const lastModified = newest(articles.map((a) => a.modified)) ?? catalog.newest
  return respond(c.req.raw, { body, type: 'application/json', lastModified, cors: true })
})

api.get('/api/articles/:id', async (c) => {
  const checked = await checkRequest(c, 'item', 'json')
  if (checked instanceof Response) return checked
  const { catalog, site } = checked
  const id = c.req.param('id')
  const position = catalog.positions.get(id)
  if (position === undefined) return jsonError(404, { message: `no article with id ${JSON.stringify(id)}` })
  const [article] = await loadArticles(c.env.ASSETS, [catalog.index.articles[position]!])
  return respond(c.req.raw, { body: json(apiArticle(site.url, article!)), type: 'application/json', lastModified: article!.modified, cors: true })
})

api.get('/api/stories', async (c) => {
  const checked = await checkRequest(c, 'list', 'json')
  if (checked instanceof Response) return checked
  const { catalog, site, filters } = checked
  const selection = await selectStories(c.env.ASSETS, catalog, filters)
  const stories = await loadStories(c.env.ASSETS, selection.entries)
  const body = listBody(stories.map((s) => apiStory(site.url, s)), selection)
  const lastModified = newest(stories.map((s) => s.dateEnd)) ?? catalog.newestStory
  return respond(c.req.raw, { body, type: 'application/json', lastModified, cors: true })
})

api.get('/api/stories/:id', async (c) => {
  const checked = await checkRequest(c, 'item', 'json')
  if (checked instanceof Response) return checked
  const { catalog, site } = checked
  const id = c.req.param('id')
  const entry = catalog.stories.get(id)
  if (!entry) return jsonError(404, { message: `no story with id ${JSON.stringify(id)}` })
  const [story] = await loadStories(c.env.ASSETS, [entry])
  return respond(c.req.raw, { body: json(apiStory(site.url, story!)), type: 'application/json', lastModified: story!.dateEnd, cors: true })
})

api.get('/api/topics', async (c) => {
  const checked = await checkRequest(c, 'item', 'json')
  if (checked instanceof Response) return checked
  const { catalog, site } = checked
  const items = catalog.index.topics.map((t) => ({
    slug: t.slug,
    title: t.title,
    description: t.description,
    count: t.count,
    url: topicUrl(site.url, t.slug),
    feeds: { rss: feedUrl(site.url, 'rss', t.slug), atom: feedUrl(site.url, 'atom', t.slug), json: feedUrl(site.url, 'json', t.slug) },
    api: `${site.url}/api/articles?topic=${encodeURIComponent(t.slug)}`,
  }))
  return respond(c.req.raw, { body: json({ items }), type: 'application/json', lastModified: catalog.newest, cors: true })
})
