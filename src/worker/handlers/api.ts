/** The JSON API: articles and stories (filtered, paged), one of each, and the topics: select, load, render. */
import type { Context, Handler } from 'hono'
import { apiArticle, apiListEnvelope, apiStory, apiTopic } from '../../render/api.ts'
import { assemble } from '../../render/feed-model.ts'
import { loadArticles, loadStories, newestModified, newestStoryEnd } from '../../served/read.ts'
import { encodeCursor } from '../cursor.ts'
import { pickFields } from '../fields.ts'
import type { AppEnv } from '../env.ts'
import { jsonError } from '../errors.ts'
import { respond } from '../http.ts'
import type { ItemList } from '../../served/index.ts'
import { assembleKept, keptItems } from '../items.ts'
import { type Selection, selectArticles, selectStories } from '../select.ts'

export const json = (value: unknown): string => JSON.stringify(value)

export const jsonAnswer = (c: Context<AppEnv>, value: unknown, lastModified: string): Promise<Response> =>
  respond(c.req.raw, { body: json(value), type: 'application/json', lastModified })

/**
 * A page of a list, the same shape for articles and stories: {items,
 * next_cursor, total}, its items kept (items.ts) unless `fields` picks some of
 * each item's fields, and then rendered.
 */
async function listAnswer(
  c: Context<AppEnv>,
  list: ItemList,
  selection: Selection,
  render: (positions: number[]) => Promise<object[]>,
  lastModified: string,
): Promise<Response> {
  const { catalog, site, filters } = c.var.checked
  const envelope = apiListEnvelope(selection.next ? encodeCursor(selection.next) : null, selection.total)
  const kept = filters.fields.length === 0 ? await keptItems(c.env.ASSETS, catalog, site, list, 'api', selection.positions) : undefined
  const answer = kept
    ? assembleKept(envelope, kept, site)
    : { body: assemble(envelope, (await render(selection.positions)).map((item) => json(pickFields(item, filters.fields)))) }
  return respond(c.req.raw, { ...answer, utf8: true, type: 'application/json', lastModified })
}

export const articles: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters } = c.var.checked
  const selection = await selectArticles(c.env.ASSETS, catalog, filters)
  const render = async (positions: number[]) => (await loadArticles(c.env.ASSETS, catalog, positions)).map((a) => apiArticle(site.url, a))
  return listAnswer(c, 'articles', selection, render, newestModified(catalog, selection.positions))
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
  const render = async (positions: number[]) => (await loadStories(c.env.ASSETS, catalog, positions)).map((s) => apiStory(site.url, s))
  return listAnswer(c, 'stories', selection, render, newestStoryEnd(catalog, selection.positions))
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
