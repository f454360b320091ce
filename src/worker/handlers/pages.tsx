/** HTML pages: home, topic, article, stories, story. Server-rendered, readable without JavaScript: select, load, render. */
import type { Context, Handler } from 'hono'
import { newest } from '../../dates.ts'
import { renderArticlePage } from '../../render/pages/article.tsx'
import { renderHomePage } from '../../render/pages/home.tsx'
import { renderStoriesPage } from '../../render/pages/stories.tsx'
import { renderStoryPage } from '../../render/pages/story.tsx'
import { renderTopicPage } from '../../render/pages/topic.tsx'
import { loadArticles, loadStories, loadStoryViews } from '../../served/read.ts'
import type { AppEnv } from '../env.ts'
import { htmlError } from '../errors.ts'
import { respond } from '../http.ts'
import { selectArticles, selectStories } from '../select.ts'

/** How many of the latest stories the unfiltered home page shows. */
const HOME_STORIES = 3

/** A page; its security headers (no script, no framing) are set for every page path in security.ts. */
export const html = (c: Context<AppEnv>, body: string, lastModified: string) => respond(c.req.raw, { body, type: 'text/html', lastModified })

export const homePage: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters, query } = c.var.checked
  const selection = await selectArticles(c.env.ASSETS, catalog, filters)
  const latestStories = [...Array(Math.min(HOME_STORIES, catalog.stories.count)).keys()]
  const [articles, stories] = await Promise.all([
    loadArticles(c.env.ASSETS, catalog, selection.positions),
    query === '' ? loadStories(c.env.ASSETS, catalog, latestStories) : [],
  ])
  const body = renderHomePage({ site, articles, topics: catalog.index.topics, query, q: filters.q.typed, total: selection.total, stories })
  return html(c, body, newest([...articles.map((a) => a.modified), ...stories.map((s) => s.dateEnd)]) ?? catalog.newest)
}

export const topicPage: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters, query, topic } = c.var.checked
  const selection = await selectArticles(c.env.ASSETS, catalog, filters, topic!.slug)
  const articles = await loadArticles(c.env.ASSETS, catalog, selection.positions)
  const body = renderTopicPage({ site, topic: topic!, articles, topics: catalog.index.topics, query })
  return html(c, body, newest(articles.map((a) => a.modified)) ?? catalog.newest)
}

export const articlePage: Handler<AppEnv> = async (c) => {
  const { catalog, site } = c.var.checked
  const id = c.req.param('id')!
  const position = catalog.articles.find(id)
  if (position < 0) return htmlError(404, site, catalog.index.topics, `There is no article ${JSON.stringify(id)}.`)
  const [article] = await loadArticles(c.env.ASSETS, catalog, [position])
  const storyPosition = catalog.articles.story[position]! - 1
  const [story] = storyPosition >= 0 ? await loadStories(c.env.ASSETS, catalog, [storyPosition]) : []
  const body = renderArticlePage({ site, article: article!, topics: catalog.index.topics, ...(story ? { story } : {}) })
  // The story's title and size are shown too: a report joining it changes the page.
  return html(c, body, newest([article!.modified, ...(story ? [story.dateEnd] : [])])!)
}

export const storiesPage: Handler<AppEnv> = async (c) => {
  const { catalog, site, filters, query } = c.var.checked
  const selection = await selectStories(c.env.ASSETS, catalog, filters)
  const stories = await loadStories(c.env.ASSETS, catalog, selection.positions)
  const body = renderStoriesPage({ site, stories, topics: catalog.index.topics, query, q: filters.q.typed, total: selection.total })
  return html(c, body, newest(stories.map((s) => s.dateEnd)) ?? catalog.newestStory)
}

export const storyPage: Handler<AppEnv> = async (c) => {
  const { catalog, site } = c.var.checked
  const id = c.req.param('id')!
  const position = catalog.stories.find(id)
  if (position < 0) return htmlError(404, site, catalog.index.topics, `There is no story ${JSON.stringify(id)}.`)
  const [view] = await loadStoryViews(c.env.ASSETS, catalog, await loadStories(c.env.ASSETS, catalog, [position]))
  const body = renderStoryPage({ site, view: view!, topics: catalog.index.topics })
  // The page shows each article's title and summary too.
  return html(c, body, newest([view!.story.dateEnd, ...view!.articles.map((a) => a.modified)])!)
}
