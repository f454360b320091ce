/** RSS, Atom and JSON Feed of all articles, of each topic, and of stories: select, load, render. */
import type { Handler } from 'hono'
import type { Article, Topic } from '../../model.ts'
import { atomEntry, atomEnvelope, atomStoryEntry } from '../../render/atom.ts'
import { atomUpdated } from '../../render/dates.ts'
import { assemble, type Envelope, type FeedChannel, type ItemContext } from '../../render/feed-model.ts'
import { jsonFeedEnvelope, jsonFeedItem, jsonFeedStoryItem } from '../../render/json-feed.ts'
import { rssEnvelope, rssItem, rssStoryItem } from '../../render/rss.ts'
import type { StoryView } from '../../render/story-content.ts'
import { STORIES_DESCRIPTION, STORIES_TITLE } from '../../render/story-content.ts'
import { feedUrl, homeUrl, storiesUrl, storyFeedUrl, topicUrl } from '../../render/urls.ts'
import { isoOf, loadArticles, loadStories, loadStoryViews, newestModified, newestStoryEnd, type ServedList } from '../../served/read.ts'
import { type AppEnv, hubOf } from '../env.ts'
import { type Representation, respond } from '../http.ts'
import type { Filters } from '../params.ts'
import { FEED_TYPES, type FeedFormat } from '../routes.ts'
import { assembleKept, keptItems } from '../items.ts'
import { selectArticles, selectStories } from '../select.ts'

/**
 * Each format's envelope, read from the index's columns alone: `updated` is
 * the column an Atom entry's `updated` comes from (an article's `modified`, a
 * story's `dateEnd`).
 */
const ENVELOPES: Record<FeedFormat, (doc: FeedChannel, list: ServedList, updated: Float64Array, positions: number[]) => Envelope> = {
  rss: (doc) => rssEnvelope(doc),
  atom: (doc, list, updated, positions) => atomEnvelope(doc, positions.map((p) => atomUpdated(isoOf(updated[p]!), list.id(p)))),
  json: (doc) => jsonFeedEnvelope(doc),
}

/** Each format's item (the renderers' own), for the rendering path. */
const ARTICLE_ITEMS: Record<FeedFormat, (ctx: ItemContext, a: Article) => string> = { rss: rssItem, atom: atomEntry, json: jsonFeedItem }
const STORY_ITEMS: Record<FeedFormat, (ctx: ItemContext, v: StoryView) => string> = { rss: rssStoryItem, atom: atomStoryEntry, json: jsonFeedStoryItem }

/** The all-articles feed, or a topic's when the route names one (/topics/{slug}/…). */
export const articleFeed =
  (format: FeedFormat): Handler<AppEnv> =>
  async (c) => {
    const { catalog, site, filters, query, topic } = c.var.checked
    const { positions } = await selectArticles(c.env.ASSETS, catalog, filters, topic?.slug)
    const updated = newestModified(catalog, positions)
    const suffix = query ? `?${query}` : ''
    const doc: FeedChannel = {
      site: site.url,
      title: (topic ? `${site.title}: ${topic.title}` : site.title) + describeFilters(filters, catalog.index.topics),
      publisher: site.title,
      description: topic ? topic.description : site.description,
      language: site.language,
      selfUrl: feedUrl(site.url, format, topic?.slug) + suffix,
      pageUrl: (topic ? topicUrl(site.url, topic.slug) : homeUrl(site.url)) + suffix,
      updated,
      topics: catalog.index.topics,
      hub: hubOf(c.env),
    }
    const envelope = ENVELOPES[format](doc, catalog.articles, catalog.articles.modified, positions)
    const kept = await keptItems(c.env.ASSETS, catalog, site, 'articles', format, positions)
    const answer = kept
      ? assembleKept(envelope, kept, site)
      : { body: assemble(envelope, (await loadArticles(c.env.ASSETS, catalog, positions)).map((a) => ARTICLE_ITEMS[format](doc, a))) }
    return respond(c.req.raw, { ...answer, utf8: true, type: FEED_TYPES[format], lastModified: updated, ...feedHttp(doc, format) })
  }

/** One entry per story; the same filters as the all-articles feeds, applied to stories (see select.ts). */
export const storyFeed =
  (format: FeedFormat): Handler<AppEnv> =>
  async (c) => {
    const { catalog, site, filters, query } = c.var.checked
    const { positions } = await selectStories(c.env.ASSETS, catalog, filters)
    const updated = newestStoryEnd(catalog, positions)
    const suffix = query ? `?${query}` : ''
    const doc: FeedChannel = {
      site: site.url,
      title: `${site.title}: ${STORIES_TITLE}${describeFilters(filters, catalog.index.topics)}`,
      publisher: site.title,
      description: STORIES_DESCRIPTION,
      language: site.language,
      selfUrl: storyFeedUrl(site.url, format) + suffix,
      pageUrl: storiesUrl(site.url) + suffix,
      updated,
      topics: catalog.index.topics,
      hub: hubOf(c.env),
    }
    const envelope = ENVELOPES[format](doc, catalog.stories, catalog.stories.date, positions)
    const kept = await keptItems(c.env.ASSETS, catalog, site, 'stories', format, positions)
    const views = async () => loadStoryViews(c.env.ASSETS, catalog, await loadStories(c.env.ASSETS, catalog, positions))
    const answer = kept ? assembleKept(envelope, kept, site) : { body: assemble(envelope, (await views()).map((v) => STORY_ITEMS[format](doc, v))) }
    return respond(c.req.raw, { ...answer, utf8: true, type: FEED_TYPES[format], lastModified: updated, ...feedHttp(doc, format) })
  }

/**
 * XML feeds may be opened in a browser (http.ts `forBrowser`). With a hub,
 * WebSub §4 discovery in HTTP too: "the publisher MUST include at least one
 * Link Header [RFC5988] with rel=hub (a hub link header) as well as exactly
 * one Link Header [RFC5988] with rel=self (the self link header)".
 */
function feedHttp(doc: FeedChannel, format: FeedFormat): Pick<Representation, 'browsable' | 'extraHeaders'> {
  return {
    ...(format !== 'json' ? { browsable: true } : {}),
    ...(doc.hub ? { extraHeaders: { Link: `<${doc.hub}>; rel="hub", <${doc.selfUrl}>; rel="self"` } } : {}),
  }
}

/** A filtered feed says so in its title, so two subscriptions never look alike in a reader. */
function describeFilters(f: Filters, topics: Topic[]): string {
  const title = (slug: string) => topics.find((t) => t.slug === slug)?.title ?? slug
  const parts = [
    ...(f.topic.length > 0 ? [f.topic.map(title).join(' or ')] : []),
    ...(f.exclude.length > 0 ? [`without ${f.exclude.map(title).join(', ')}`] : []),
    ...(f.q.words.length > 0 ? [`“${f.q.typed}”`] : []),
    ...(f.since ? [`since ${f.since.from.slice(0, f.since.day ? 10 : 20)}`] : []),
    ...(f.until ? [`until ${f.until.day ? f.until.to.slice(0, 10) : f.until.to}`] : []),
  ]
  return parts.length > 0 ? ` (${parts.join('; ')})` : ''
}
