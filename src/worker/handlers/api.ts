/** The JSON API: articles and stories (filtered, paged), one of each, and the topics: select, load, render. */
import type { Context, Handler } from 'hono'
import { apiArticle, apiListEnvelope, apiStory, apiTopic } from '../../render/api.ts'
import { assemble } from '../../render/feed-model.ts'
import { newest } from '../../dates.ts'
import { loadArticles, loadStories, newestModified } from '../../served/read.ts'
import { encodeCursor } from '../cursor.ts'
import { pickFields } from '../fields.ts'
import type { AppEnv } from '../env.ts'
import { jsonError } from '../errors.ts'
import { respond } from '../http.ts'
import { assembleKept, keptItems } from '../items.ts'
import { type Selection, selectArticles, selectStories } from '../select.ts'

export const json = (value: unknown): string => JSON.stringify(value)

export const jsonAnswer = (c: Context<AppEnv>, value: unknown, lastModified: string): Promise<Response> =>
  respond(c.req.raw, { body: json(value), type: 'application/json', lastModified })

/** One page of a list, the same shape for articles and stories: {items, next_cursor, total}. */
const listBody = (items: unknown[], selection: Selection) => ({
  items,
  next_cursor: selection.next ? encodeCursor(selection.next) : null,
  total: selection.total,
})

/** A page of articles: kept items (items.ts) unless `fields` picks some of each item's fields. */
export const articles: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters } = c.var.checked
  const selection = await selectArticles(c.env.ASSETS, catalog, filters)
  const { positions } = selection
  const envelope = apiListEnvelope(selection.next ? encodeCursor(selection.next) : null, selection.total)
  const kept = filters.fields.length === 0 ? await keptItems(c.env.ASSETS, catalog, site, 'api', positions) : undefined
  const answer = kept
    ? assembleKept(envelope, kept, site)
    : { body: assemble(envelope, (await loadArticles(c.env.ASSETS, catalog, positions)).map((a) => json(pickFields(apiArticle(site.url, a), filters.fields)))) }
  return respond(c.req.raw, { ...answer, utf8: true, type: 'application/json', lastModified: newestModified(catalog, positions) })
}

export const article: Handler<AppEnv> = async (c) => {
  const { catalog, site } = c.var.checked
  const id = c.req.param('id')!
  const position = catalog.articles.find(id)
  if (position < 0) return jsonError(404, { message: `no article with id ${JSON.stringify(id)}` })
  const [article] = await loadArticles(c.env.ASSETS, catalog, [position])
  return jsonAnswer(c, apiArticle(site.url, article!), article!.modified)
}

export const stories: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters } = c.var.checked
  const selection = await selectStories(c.env.ASSETS, catalog, filters)
  const stories = await loadStories(c.env.ASSETS, catalog, selection.positions)
  const lastModified = newest(stories.map((s) => s.dateEnd)) ?? catalog.newestStory
  return jsonAnswer(c, listBody(stories.map((s) => pickFields(apiStory(site.url, s), filters.fields)), selection), lastModified)
}

export const story: Handler<AppEnv> = async (c) => {
  const { catalog, site } = c.var.checked
  const id = c.req.param('id')!
  const position = catalog.stories.find(id)
  if (position < 0) return jsonError(404, { message: `no story with id ${JSON.stringify(id)}` })
  const [story] = await loadStories(c.env.ASSETS, catalog, [position])
  return jsonAnswer(c, apiStory(site.url, story!), story!.dateEnd)
}

export const topics: Handler<AppEnv> = (c) => {
  const { catalog, site } = c.var.checked
  return jsonAnswer(c, { items: catalog.index.topics.map((t) => apiTopic(site.url, t)) }, catalog.newest)
}
